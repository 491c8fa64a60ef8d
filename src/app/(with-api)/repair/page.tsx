import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDay } from "@/domain/commitment/format-day";
import { LinkFirst } from "@/features/partners/components/link-first";
import { StartRepairTalkForm } from "@/features/repair-talk/components/start-form";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Talk about what happened" };

const STATUS = { open: "In progress", finished: "Finished", stopped: "Stopped for now" } as const;

export default async function RepairTalksPage() {
  await requireUser("/repair");
  const caller = await getCaller();
  const [talks, couple, archive] = await Promise.all([
    caller.repairTalk.list().catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
      throw error;
    }),
    caller.couple.get().catch(() => null),
    caller.repairTalk.archive(),
  ]);
  const options = talks ? await caller.repairTalk.linkOptions() : [];
  const archived = archive.map((c) => (
    <Card key={c.coupleId} title={`With ${c.partnerName} (ended)`} headingId={`archive-${c.coupleId}`}>
      <TalkList talks={c.talks} />
    </Card>
  ));
  if (!talks || !couple) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title="Talk about what happened" />
        <LinkFirst>A conversation about what happened is for two. Once you're linked, it's here.</LinkFirst>
        {archived}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Talk about what happened">
        <p className="text-stone-700">
          After a fight, once you're both calm: how each of you felt, what you heard, each one's reality, what
          it touched, your own part, and one thing to do differently. Step by step, each answer private until
          you've both shared it.
        </p>
      </PageHeader>
      <Card title="Start a conversation">
        <StartRepairTalkForm partnerName={couple.partner.name} options={options} />
      </Card>
      <Card title="Your conversations">
        {talks.length === 0 ? (
          <EmptyState>None yet. When something happens between you, start one here.</EmptyState>
        ) : (
          <TalkList talks={talks} />
        )}
      </Card>
      {archived}
    </div>
  );
}

type Talks = Awaited<ReturnType<Awaited<ReturnType<typeof getCaller>>["repairTalk"]["list"]>>;

function TalkList({ talks }: { talks: Talks }) {
  return (
    <ul className="flex flex-col divide-y divide-stone-200">
      {talks.map((t) => (
        <li key={t.id} className="flex flex-wrap items-baseline justify-between gap-x-3 py-3">
          <Link
            href={`/repair/${t.id}`}
            className="min-w-0 font-medium text-sage-800 [overflow-wrap:anywhere] hover:underline"
          >
            <bdi>{t.about}</bdi>
          </Link>
          <span className="text-sm text-stone-600">
            {STATUS[t.status as keyof typeof STATUS] ?? t.status} ·{" "}
            {formatDay(t.startedOn, { weekday: undefined })}
          </span>
        </li>
      ))}
    </ul>
  );
}
