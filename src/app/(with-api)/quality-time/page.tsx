import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDay } from "@/domain/commitment/format-day";
import { IDEA_KINDS } from "@/domain/quality-time/ideas";
import { LinkFirst } from "@/features/partners/components/link-first";
import { AddIdeaForm } from "@/features/quality-time/components/add-idea-form";
import { IdeaMark } from "@/features/quality-time/components/idea-mark";
import { ScheduleForm } from "@/features/quality-time/components/schedule-form";
import { effortLabel, kindLabel, statusLabel } from "@/features/quality-time/labels";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Quality time" };

const notLinked = (error: unknown) => {
  if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
  throw error;
};

export default async function QualityTimePage() {
  await requireUser("/quality-time");
  const caller = await getCaller();
  const [ideas, times] = await Promise.all([
    caller.qualityTime.ideas().catch(notLinked),
    caller.qualityTime.list().catch(notLinked),
  ]);
  if (!ideas || !times) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title="Quality time" />
        <LinkFirst>Time together is for two. Once you're linked, your ideas are here.</LinkFirst>
      </div>
    );
  }
  const partner = ideas.partnerName;
  const marked = ideas.ideas.filter((i) => i.mine !== null).length;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Quality time">
        <p className="text-stone-700">
          Mark each idea yes, maybe or not now. Your marks are yours alone: only the ideas you both want show
          up, and <bdi>{partner}</bdi> never sees a “not now”. Put one on a day, and afterwards each of you
          says what you liked.
        </p>
      </PageHeader>

      <Card title="You both want" headingId="both-want">
        {ideas.bothWant.length === 0 ? (
          <EmptyState>
            Nothing yet. When you and <bdi>{partner}</bdi> both say yes to an idea (or one yes and one maybe),
            it appears here.
          </EmptyState>
        ) : (
          <ul className="flex flex-col divide-y divide-stone-200">
            {ideas.bothWant.map((w) => (
              <li key={w.key} className="flex flex-col gap-3 py-4">
                <div className="flex flex-col gap-0.5">
                  <p dir="auto" className="font-medium text-stone-900 [overflow-wrap:anywhere]">
                    {w.title}
                  </p>
                  <p className="text-sm text-stone-600">
                    {w.strength === "both-yes" ? "You both said yes" : "A yes and a maybe"} ·{" "}
                    {kindLabel(w.kind)} · {effortLabel(w.effort)}
                  </p>
                </div>
                <ScheduleForm ideaKey={w.key} title={w.title} today={times.today} />
              </li>
            ))}
          </ul>
        )}
      </Card>

      {times.upcoming.length + times.past.length > 0 ? (
        <Card title="Your times together" headingId="times">
          <ul className="flex flex-col divide-y divide-stone-200">
            {[...times.upcoming, ...times.past].map((q) => (
              <li key={q.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-3">
                <Link
                  href={`/quality-time/${q.id}`}
                  className="min-w-0 font-medium text-sage-800 [overflow-wrap:anywhere] hover:underline"
                >
                  <bdi>{q.title}</bdi>
                </Link>
                <span className="text-sm text-stone-600">
                  {formatDay(q.day)} · {statusLabel(q.status, partner)}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card title="Ideas" headingId="ideas">
        <p className="mb-2 text-sm text-stone-600">
          You've marked {marked} of {ideas.ideas.length}. Take your time; change a mark whenever you like.
        </p>
        <div className="flex flex-col gap-2">
          {IDEA_KINDS.map((k) => {
            const inKind = ideas.ideas.filter((i) => i.kind === k.value);
            if (inKind.length === 0) return null;
            return (
              <details
                key={k.value}
                className="group rounded-xl border border-stone-200 px-3 sm:px-4"
                open={k.value === "at-home"}
              >
                <summary className="flex min-h-12 cursor-pointer items-center justify-between gap-3 font-medium text-stone-900">
                  {k.label}
                  <span className="text-sm font-normal text-stone-600">
                    {inKind.filter((i) => i.mine !== null).length} of {inKind.length} marked
                  </span>
                </summary>
                <div className="flex flex-col divide-y divide-stone-100 pb-2">
                  {inKind.map((i) => (
                    <IdeaMark
                      key={i.key}
                      ideaKey={i.key}
                      title={i.title}
                      mine={i.mine}
                      detail={`${effortLabel(i.effort)}${i.by === "me" ? " · your idea" : i.by === "partner" ? ` · ${partner}'s idea` : ""}`}
                    />
                  ))}
                </div>
              </details>
            );
          })}
        </div>
      </Card>

      <Card title="Add your own idea" headingId="add-idea">
        <AddIdeaForm partnerName={partner} />
      </Card>
    </div>
  );
}
