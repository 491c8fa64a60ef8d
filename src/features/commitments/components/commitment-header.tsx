import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import type { TCommitmentDetail } from "../types";

/** Its title, whose it is, how often, what it means and the boundary it serves. */
export function CommitmentHeader({ commitment: c }: { commitment: TCommitmentDetail }) {
  return (
    <PageHeader title={c.title} back={{ href: "/commitments", label: "All commitments" }}>
      <p className="text-stone-700" data-testid="commitment-summary">
        {c.who === "both" ? (
          "Shared: you both check in"
        ) : c.who === "me" ? (
          "Your commitment"
        ) : (
          <>
            <bdi>{c.ownerName}</bdi>'s commitment
          </>
        )}
        {" · "}
        {c.cadenceLabel}
        {c.archivedOn !== null ? " · archived" : ""}
      </p>
      {c.description ? (
        <p dir="auto" className="whitespace-pre-line text-stone-800">
          {c.description}
        </p>
      ) : null}
      {c.boundary?.title ? (
        <p className="text-sm text-stone-600">
          Serves the boundary{" "}
          <TextLink href={`/boundaries/${c.boundary.id}`}>
            <bdi>{c.boundary.title}</bdi>
          </TextLink>
        </p>
      ) : null}
    </PageHeader>
  );
}
