import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, requireUser } from "@/trpc/server";
import { OwnAnswers, RevealedAnswers } from "./revealed";
import { talkDate } from "./talk-view";

const STATUS = {
  open: "Not answered",
  "partner-answered": "Only your partner answered",
  "waiting-for-partner": "Only you answered",
  revealed: "Talked",
  skipped: "Skipped",
} as const;

/** Past talks of the active couple, and the read-only archive of talks from couples that ended. */
export async function PastTalks() {
  await requireUser("/talk/past");
  const caller = await getCaller();
  const [list, archive] = await Promise.all([
    caller.talk.list().catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
      throw error;
    }),
    caller.talk.archive(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Past talks" back={{ href: "/talk", label: "This week's talk" }} />
      {list ? (
        <Card>
          {list.length === 0 ? (
            <EmptyState>Your talks will be listed here, week by week.</EmptyState>
          ) : (
            <ul className="flex flex-col gap-2">
              {list.map((t) => (
                <li key={t.week}>
                  <Link
                    href={`/talk/${t.week}`}
                    className="flex min-h-11 flex-wrap items-center justify-between gap-2 rounded-xl border border-stone-200 px-4 py-2 hover:border-sage-600"
                  >
                    <span className="font-medium text-stone-900">{talkDate(t.week)}</span>
                    <span className="text-sm text-stone-600">{STATUS[t.status]}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ) : null}
      {archive.map((c) => (
        <Card
          key={c.coupleId}
          title={`With ${c.partnerName} (ended, read-only)`}
          headingId={`archive-${c.coupleId}`}
        >
          <div className="flex flex-col gap-6">
            {c.talks.map((t) => (
              <details key={t.week} className="rounded-xl border border-stone-200 p-3">
                <summary className="min-h-11 cursor-pointer py-2 font-medium">
                  {talkDate(t.week)} · {t.revealed ? "Talked" : t.skipped ? "Skipped" : "Not both answered"}
                </summary>
                {t.revealed && t.mine && t.partner ? (
                  <RevealedAnswers mine={t.mine} partner={t.partner} partnerName={c.partnerName} readOnly />
                ) : t.mine ? (
                  <OwnAnswers text={t.mine.text} />
                ) : null}
              </details>
            ))}
          </div>
        </Card>
      ))}
    </div>
  );
}
