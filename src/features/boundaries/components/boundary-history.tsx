import { Card } from "@/components/ui/card";
import { formatLocalDay } from "@/lib/format";
import type { TBoundaryDetail } from "../types";
import { agreeingDoes, historySentence, nameInSentence } from "../wording";
import { BoundaryVersionText } from "./boundary-version";

/** The version (or the retiring) waiting for an answer, and whose answer it waits for. */
export function PendingProposal({ boundary }: { boundary: TBoundaryDetail }) {
  const { pending, archived, partnerName } = boundary;
  if (!pending) return null;
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
          {pending.byMe ? "You" : partnerName} proposed{" "}
          {pending.kind === "retire" ? "retiring this boundary" : `version ${pending.version?.number}`}
          {pending.version && pending.kind !== "retire"
            ? ` on ${formatLocalDay(pending.version.createdOn)}`
            : ""}
          .{" "}
          {archived
            ? "It was still waiting for an answer when the link ended."
            : `${agreeingDoes(pending.kind)} ${pending.byMe ? `${partnerName} answers it.` : "It's your answer."}`}
        </p>
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
  return (
    <>
      <Card title="History" headingId="history">
        <ol className="flex flex-col gap-3 text-sm">
          {boundary.history.map((event) => (
            <li key={event.id} className="border-l-2 border-sage-200 pl-3">
              <p className="text-stone-900">
                {historySentence(event.kind, event.actor, event.versionNumber)}
              </p>
              <p className="text-stone-500">{formatLocalDay(event.on)}</p>
              {event.note ? (
                <p className="text-stone-700">
                  Note from {nameInSentence(event.actor)}: “{event.note}”
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
                  : {version.title}
                </summary>
                <div className="pb-2 pt-1">
                  <BoundaryVersionText version={version} />
                </div>
              </details>
            ))}
        </div>
      </Card>
    </>
  );
}
