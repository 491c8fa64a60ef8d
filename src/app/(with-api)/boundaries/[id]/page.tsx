import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { BoundaryActions } from "@/features/boundaries/components/boundary-actions";
import { BoundaryHistory, PendingProposal } from "@/features/boundaries/components/boundary-history";
import { BoundaryVersionText } from "@/features/boundaries/components/boundary-version";
import { RespectSection } from "@/features/boundaries/components/respect-section";
import { ReviewPanel } from "@/features/boundaries/components/review-panel";
import { statusSentence } from "@/features/boundaries/wording";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Boundary" };

export default async function BoundaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(`/boundaries/${encodeURIComponent(id)}`);
  const caller = await getCaller();
  const boundary = await caller.boundary.get({ id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      return null;
    }
    throw error;
  });
  if (!boundary) notFound();

  const { active, pending, archived, partnerName } = boundary;
  const shown = active ?? pending?.version ?? boundary.versions.at(-1) ?? null;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={shown?.title ?? "Boundary"} back={{ href: "/boundaries", label: "All boundaries" }}>
        <p className="text-stone-700" data-testid="boundary-status">
          {archived
            ? boundary.status === "retired"
              ? "Retired while you were linked."
              : active
                ? "Agreed while you were linked."
                : "Never agreed while you were linked."
            : statusSentence(boundary.status, pending, partnerName)}
        </p>
      </PageHeader>

      {archived ? (
        <Alert tone="note">
          You're no longer linked; this is a read-only archive of what you and <bdi>{partnerName}</bdi>{" "}
          agreed.
        </Alert>
      ) : null}

      {/* A proposal waiting for an answer comes first, with its answers right under it, so on a
          phone Agree is not below the agreed text; the changes are marked in the proposal. */}
      <PendingProposal boundary={boundary} />

      {archived ? null : <BoundaryActions boundary={boundary} />}

      {active && !archived && boundary.status === "active" ? (
        <Card title={boundary.review?.due ? "Up for review" : "Review date"} headingId="boundary-review">
          <ReviewPanel
            id={boundary.id}
            rev={boundary.rev}
            review={boundary.review}
            active={active}
            waiting={pending !== null}
            partnerName={partnerName}
          />
        </Card>
      ) : null}

      {active ? (
        <Card title="Agreed version" headingId="agreed-version">
          <BoundaryVersionText version={active} />
        </Card>
      ) : null}

      <RespectSection boundary={boundary} />
      <BoundaryHistory boundary={boundary} />
    </div>
  );
}
