import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { BoundaryActions } from "@/features/boundaries/components/boundary-actions";
import { BoundaryVersionText } from "@/features/boundaries/components/boundary-version";
import { RespectCheckIn } from "@/features/boundaries/components/respect-check-in";
import { agreeingDoes, historySentence, nameInSentence, statusSentence } from "@/features/boundaries/wording";
import { formatDate, formatDateTime } from "@/lib/format";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Boundary" };

/** A "YYYY-MM-DD" week start, read as a calendar day (no zone to convert). */
const weekOf = (day: string) => formatDate(new Date(`${day}T12:00:00Z`), "UTC");

export default async function BoundaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/boundaries/${encodeURIComponent(id)}`);
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
  const canCheckIn =
    !archived && active !== null && ["active", "revising", "retiring"].includes(boundary.status);
  const pendingTitle =
    pending?.kind === "create"
      ? "Proposal waiting for an answer"
      : pending?.kind === "revise"
        ? "Proposed change"
        : "Proposal to retire it";

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
          You're no longer linked; this is a read-only archive of what you and {partnerName} agreed.
        </Alert>
      ) : null}

      {active ? (
        <Card title="Agreed version" headingId="agreed-version">
          <BoundaryVersionText version={active} timeZone={user.timeZone} />
        </Card>
      ) : null}

      {pending ? (
        <Card title={pendingTitle} headingId="pending-version">
          <div className="flex flex-col gap-4">
            <p className="text-sm text-stone-700">
              {pending.byMe ? "You" : partnerName} proposed{" "}
              {pending.kind === "retire" ? "retiring this boundary" : `version ${pending.version?.number}`}
              {pending.version && pending.kind !== "retire"
                ? ` on ${formatDate(pending.version.createdAt, user.timeZone)}`
                : ""}
              .{" "}
              {archived
                ? "It was still waiting for an answer when the link ended."
                : `${agreeingDoes(pending.kind)} ${pending.byMe ? `${partnerName} answers it.` : "It's your answer."}`}
            </p>
            {pending.version && pending.kind !== "retire" ? (
              <BoundaryVersionText version={pending.version} timeZone={user.timeZone} />
            ) : null}
          </div>
        </Card>
      ) : null}

      {archived ? null : <BoundaryActions boundary={boundary} />}

      {canCheckIn || boundary.respect.entries.length > 0 ? (
        <Card title="Respect check-ins" headingId="respect">
          <div className="flex flex-col gap-5">
            {canCheckIn ? (
              <>
                <p className="text-sm text-stone-700">
                  Once a week, each of you can say how this boundary felt. It's a conversation starter, not a
                  score.
                </p>
                <RespectCheckIn boundaryId={boundary.id} mine={boundary.respect.mine} />
              </>
            ) : null}
            {boundary.respect.entries.length > 0 ? (
              <div className="flex flex-col gap-2">
                <h3 className="font-medium text-stone-900">What you've both said</h3>
                <ul className="flex flex-col gap-2 text-sm">
                  {boundary.respect.entries.map((entry) => (
                    <li
                      key={`${entry.weekStart}-${entry.who}`}
                      className="rounded-lg border border-stone-200 px-3 py-2"
                    >
                      <span className="text-stone-500">Week of {weekOf(entry.weekStart)} · </span>
                      {entry.who ?? "Someone"} felt it was {entry.respected ? "respected" : "not respected"}.
                      {entry.note ? <span className="block text-stone-700">“{entry.note}”</span> : null}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        </Card>
      ) : null}

      <Card title="History" headingId="history">
        <ol className="flex flex-col gap-3 text-sm">
          {boundary.history.map((event) => (
            <li key={event.id} className="border-l-2 border-sage-200 pl-3">
              <p className="text-stone-900">
                {historySentence(event.kind, event.actor, event.versionNumber)}
              </p>
              <p className="text-stone-500">{formatDateTime(event.at, user.timeZone)}</p>
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
                  <BoundaryVersionText version={version} timeZone={user.timeZone} />
                </div>
              </details>
            ))}
        </div>
      </Card>
    </div>
  );
}
