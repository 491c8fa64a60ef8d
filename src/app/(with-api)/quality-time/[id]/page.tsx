import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { formatDay } from "@/domain/commitment/format-day";
import { ReflectForm } from "@/features/quality-time/components/reflect-form";
import { statusLabel } from "@/features/quality-time/labels";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Quality time" };

function Answer({ who, answer }: { who: React.ReactNode; answer: { moment: string; closeness: number } }) {
  return (
    <div className="flex flex-col gap-2 rounded-xl bg-stone-50 p-4">
      <h3 className="text-sm font-semibold text-stone-700">{who}</h3>
      <p dir="auto" className="whitespace-pre-line text-stone-900 [overflow-wrap:anywhere]">
        {answer.moment}
      </p>
      <p className="text-sm text-stone-600">How close I felt: {answer.closeness} of 5</p>
    </div>
  );
}

export default async function QualityTimeDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(`/quality-time/${encodeURIComponent(id)}`);
  const caller = await getCaller();
  const time = await caller.qualityTime.get({ id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    throw error;
  });
  if (!time) notFound();
  const partner = <bdi>{time.partnerName}</bdi>;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={<bdi className="[overflow-wrap:anywhere]">{time.title}</bdi>}
        back={{ href: "/quality-time", label: "Quality time" }}
      >
        <p className="text-stone-700">
          {formatDay(time.day, { weekday: "long", year: "numeric" })}, put on the day by{" "}
          {time.scheduledBy === "me" ? "you" : partner}. It's a{" "}
          <TextLink href={`/commitments/${time.commitmentId}`}>shared commitment</TextLink> for you both.
        </p>
        <p className="text-sm font-medium text-stone-700">{statusLabel(time.status, time.partnerName)}</p>
      </PageHeader>
      {time.status === "upcoming" ? (
        <Card>
          <p className="text-stone-700">
            On the day, each of you answers two small questions: a moment you liked, and how close you felt.
            Your answers stay private until you've both given them.
          </p>
        </Card>
      ) : null}
      {time.status === "answer" || time.status === "partner-answered" ? (
        <Card title="Two small questions" headingId="questions">
          <ReflectForm id={time.id} partnerName={time.partnerName} />
        </Card>
      ) : null}
      {time.mine && !time.partner ? (
        <Card title="Your answers" headingId="yours">
          <Answer who="You" answer={time.mine} />
        </Card>
      ) : null}
      {time.mine && time.partner ? (
        <Card title="What you each liked" headingId="both">
          <div className="grid gap-3 sm:grid-cols-2">
            <Answer who="You" answer={time.mine} />
            <Answer who={partner} answer={time.partner} />
          </div>
          <p className="mt-3 text-sm text-stone-600">
            Each one's own feeling, not a score: it stays in your journey.
          </p>
        </Card>
      ) : null}
    </div>
  );
}
