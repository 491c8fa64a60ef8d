import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { SummaryView } from "@/features/counselor/components/summary-view";
import { formatLocalDay } from "@/lib/format";
import { getCaller } from "@/trpc/server";

// A counselor's read-only view, by the link's token alone (no account). src/proxy.ts sends it with
// noindex, no-referrer and no-store; every opening is logged for both partners to see.
export const metadata: Metadata = {
  title: "Summary for a counselor",
  robots: { index: false, follow: false },
};

type Params = Promise<{ token: string }>;

export default async function SharedSummaryPage({ params }: { params: Params }) {
  const { token } = await params;
  const summary = await (await getCaller()).counselor.view({ token }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return null;
    throw error;
  });
  if (!summary) {
    return (
      <div className="flex flex-col gap-4">
        <PageHeader title="This link isn't available" />
        <Alert tone="note">
          It was revoked, it expired, or it never existed. Ask the couple for a new one.
        </Alert>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Summary for a counselor">
        <p className="text-sm text-stone-600" data-no-print>
          Shared by both partners, read-only, until {formatLocalDay(summary.expiresOn)}.{" "}
          <a className="text-sage-700 underline" href={`/c/${token}/pdf`} download>
            Download as PDF
          </a>
        </p>
      </PageHeader>
      <SummaryView summary={summary} />
    </div>
  );
}
