import { Card } from "@/components/ui/card";
import { formatLocalDay } from "@/lib/format";
import type { TBoundaryDetail } from "../types";
import { agreeingDoes, historySentence, nameInSentence } from "../wording";
import { BoundaryVersionText } from "./boundary-version";
import { VersionDiff } from "./version-diff";

/** The version (or the retiring) waiting for an answer, and whose answer it waits for. */
export function PendingProposal({ boundary }: { boundary: TBoundaryDetail }) {
  const { pending, archived, partnerName } = boundary;
  if (!pending) return null;
  const before = pending.version
    ? boundary.versions.find((v) => v.number === (pending.version?.number ?? 0) - 1)
    : undefined;
  const title =
    pending.kind === "create"
      ? "Proposal waiting for an answer"
      : pending.kind === "revise"
        ? "Proposed change"
        : "Proposal to retire it";
  return (
    <Card title={title} headingId="pending-version">
      <div className="flex flex-col gap-4">
        <p className="text-sm text-stone-700">
          {pending.byMe ? "You" : <bdi>{partnerName}</bdi>}{" "}
          {pending.kind === "retire"
            ? "proposed retiring this boundary"
            : `wrote version ${pending.version?.number}`}
          {pending.version && pending.kind !== "retire"
            ? ` on ${formatLocalDay(pending.version.createdOn)}`
            : ""}
          .{" "}
          {archived
            ? "It was still waiting for an answer when the link ended."
            : `${agreeingDoes(pending.kind)} ${pending.byMe ? `${partnerName} answers it.` : "It's your answer."}`}
        </p>
        {pending.version && pending.kind !== "retire" && before ? (
          <VersionDiff before={before} after={pending.version} />
        ) : null}
        {pending.version && pending.kind !== "retire" ? (
          <BoundaryVersionText version={pending.version} />
        ) : null}
      </div>
    </Card>
  );
}

/** Every step, told from the viewer's side, and every version's text. */
export function BoundaryHistory({ boundary }: { boundary: TBoundaryDetail }) {
  const { active, pending } = boundary;
  const previous = (n: number) => boundary.versions.find((v) => v.number === n - 1);
  return (
    <>
      <Card title="History" headingId="history">
        <ol className="flex flex-col gap-3 text-sm">
          {boundary.history.map((event) => (
            <li key={event.id} className="border-s-2 border-sage-200 ps-3">
              <p className="text-stone-900">
                {historySentence(event.kind, event.actor, event.versionNumber)}
              </p>
              <p className="text-stone-500">{formatLocalDay(event.on)}</p>
              {event.note ? (
                <p className="text-stone-700">
                  Note from {nameInSentence(event.actor)}: “<bdi>{event.note}</bdi>”
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </Card>

      <Card title="Every version" headingId="versions">
        <div className="flex flex-col gap-2">
          {boundary.versions
            .slice()
            .reverse()
            .map((version) => (
              <details key={version.number} className="rounded-lg border border-stone-200 px-3 py-2">
                <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-stone-800">
                  Version {version.number}
                  {version.number === active?.number ? " (agreed)" : ""}
                  {version.number === pending?.version?.number && pending?.kind !== "retire"
                    ? " (waiting for an answer)"
                    : ""}
                  : <bdi>{version.title}</bdi>
                </summary>
                <div className="flex flex-col gap-3 pb-2 pt-1">
                  {previous(version.number) ? (
                    <VersionDiff before={previous(version.number) ?? version} after={version} />
                  ) : null}
                  <BoundaryVersionText version={version} />
                </div>
              </details>
            ))}
        </div>
      </Card>
    </>
  );
}
