import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ZPeriod } from "@/domain/counselor/summary";
import { SharePanel } from "@/features/counselor/components/share-panel";
import { SummaryView } from "@/features/counselor/components/summary-view";
import { LinkFirst } from "@/features/partners/components/link-first";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Counselor summary" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const input = "min-h-11 rounded-lg border border-stone-300 bg-white px-3 py-2 text-base";

export default async function CounselorPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const parsed = ZPeriod.safeParse({ from: first(params.from), to: first(params.to) });
  const period = parsed.success ? parsed.data : {};
  const includeMyNotes = first(params.notes) === "1";
  await requireUser("/counselor");
  const caller = await getCaller();
  const summary = await caller.counselor.summary({ ...period, includeMyNotes }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return { problem: error.message };
    throw error;
  });
  if (summary === null) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title="Counselor summary" />
        <LinkFirst>The counselor summary shows both of you side by side, so it needs a partner.</LinkFirst>
      </div>
    );
  }
  const [shares, couple] = await Promise.all([caller.counselor.shares(), caller.couple.get()]);
  const pdf = new URLSearchParams({
    ...("problem" in summary ? {} : { from: summary.from, to: summary.to }),
    ...(includeMyNotes ? { notes: "1" } : {}),
  });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Counselor summary">
        <p className="text-stone-700" data-no-print>
          What you agreed, what you promised and how consistently each of you kept it, side by side, for a
          period you choose. Private notes are never in it.
        </p>
      </PageHeader>
      <form method="get" className="flex flex-wrap items-end gap-3" data-no-print>
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
          From
          <input
            type="date"
            name="from"
            defaultValue={"problem" in summary ? period.from : summary.from}
            className={input}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
          To
          <input
            type="date"
            name="to"
            defaultValue={"problem" in summary ? period.to : summary.to}
            className={input}
          />
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" name="notes" value="1" defaultChecked={includeMyNotes} className="size-5" />
          Include my shared notes and the words of my shared amends
        </label>
        <button
          type="submit"
          className="min-h-11 rounded-lg border border-stone-300 bg-white px-4 text-sm font-medium"
        >
          Show
        </button>
      </form>
      {"problem" in summary ? (
        <Alert>{summary.problem}</Alert>
      ) : (
        <>
          <p className="text-sm" data-no-print>
            <a className="text-sage-700 underline" href={`/api/counselor/pdf?${pdf}`} download>
              Download as PDF
            </a>{" "}
            · or print this page (its print layout leaves the app's menus out).
          </p>
          <SummaryView summary={summary} />
          <div data-no-print>
            <Card title="Share with a counselor" headingId="share">
              <SharePanel
                shares={shares}
                period={{ from: summary.from, to: summary.to }}
                partnerName={couple.partner.name}
              />
            </Card>
          </div>
        </>
      )}
    </div>
  );
}
