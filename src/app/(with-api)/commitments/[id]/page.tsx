import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Card } from "@/components/ui/card";
import { formatDay } from "@/domain/commitment/format-day";
import { AckControls } from "@/features/commitments/components/ack-controls";
import { CheckInSummary } from "@/features/commitments/components/check-in-summary";
import { CommitmentActions, PauseControls } from "@/features/commitments/components/commitment-manage";
import { PersonPanel } from "@/features/consistency/components/person-panel";
import { formatDate } from "@/lib/format";
import { getCaller, requireUser } from "@/trpc/server";

type Params = Promise<{ id: string }>;

// One read per request, shared by the page and its title.
const load = cache(async (id: string) => {
  const caller = await getCaller();
  return caller.commitment.get({ id }).catch((error: unknown) => {
    // Signed out: the page itself sends them to sign in; the title just stays generic.
    if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST", "UNAUTHORIZED"].includes(error.code))
      return null;
    throw error;
  });
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const commitment = await load((await params).id);
  return { title: commitment?.title ?? "Commitment" };
}

export default async function CommitmentPage({ params }: { params: Params }) {
  const { id } = await params;
  const user = await requireUser(`/commitments/${encodeURIComponent(id)}`);
  const caller = await getCaller();
  const commitment = await load(id);
  if (!commitment) notFound();
  // The same views as the dashboard, for this commitment only (while linked).
  const consistency = commitment.linked
    ? await caller.consistency.dashboard({ commitmentId: id, range: "12w", person: "both" }).catch(() => null)
    : null;
  const boundaries = commitment.canManage ? await caller.commitment.boundaryOptions().catch(() => []) : [];
  const c = commitment;
  const archived = c.archivedAt !== null;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link
          href="/commitments"
          className="inline-flex min-h-11 items-center self-start text-sm text-sage-700 underline"
        >
          All commitments
        </Link>
        <h1 className="text-2xl font-semibold text-stone-900">{c.title}</h1>
        <p className="text-stone-700" data-testid="commitment-summary">
          {c.who === "both"
            ? "Shared: you both check in"
            : c.who === "me"
              ? "Your commitment"
              : `${c.ownerName}'s commitment`}
          {" · "}
          {c.cadenceLabel}
          {archived ? " · archived" : ""}
        </p>
        {c.description ? <p className="whitespace-pre-line text-stone-800">{c.description}</p> : null}
        {c.boundary?.title ? (
          <p className="text-sm text-stone-600">
            Serves the boundary{" "}
            <Link href={`/boundaries/${c.boundary.id}`} className="text-sage-700 underline">
              {c.boundary.title}
            </Link>
          </p>
        ) : null}
      </div>

      {!c.linked ? (
        <p
          role="note"
          className="rounded-lg border border-stone-300 bg-stone-50 px-3 py-2 text-sm text-stone-800"
        >
          You're no longer linked; this is a read-only record of your own check-ins.
        </p>
      ) : null}

      {c.canCheckIn && !archived && (c.cadences[0]?.from ?? c.today) <= c.today ? (
        <Link
          href="/today"
          className="inline-flex min-h-11 items-center self-start rounded-lg bg-sage-600 px-4 text-sm font-medium text-white hover:bg-sage-700"
        >
          Check in on Today
        </Link>
      ) : null}

      {consistency ? (
        <div
          className={`grid gap-6 ${consistency.people.filter((p) => p.hasCommitments).length > 1 ? "md:grid-cols-2" : ""}`}
        >
          {consistency.people
            .filter((p) => p.hasCommitments)
            .map((person) => (
              <PersonPanel
                key={person.id}
                person={person}
                showStreaks={user.showStreaks}
                showCommitments={false}
              />
            ))}
        </div>
      ) : null}

      <Card title="Check-ins" headingId="check-ins">
        {c.checkIns.length === 0 ? (
          <p className="text-stone-600">
            No check-ins yet. Days without a check-in show as “not logged”, never as a miss.
          </p>
        ) : (
          <ul className="flex flex-col divide-y divide-stone-100">
            {c.checkIns.map((checkIn) => {
              const mine = checkIn.acks.find((a) => a.byMe);
              return (
                <li key={checkIn.id} className="flex flex-col gap-3 py-3">
                  <CheckInSummary checkIn={checkIn} partnerName={c.partnerName} timeZone={user.timeZone} />
                  {!checkIn.mine && c.canAcknowledge ? (
                    <AckControls
                      checkInId={checkIn.id}
                      authorName={checkIn.authorName}
                      dayLabel={formatDay(checkIn.day)}
                      mine={mine ? { kind: mine.kind, note: mine.note } : null}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </Card>

      <Card title="Schedule" headingId="schedule">
        <ul className="flex flex-col gap-1 text-sm text-stone-800">
          {c.cadences.map((p) => (
            <li key={p.from}>
              {p.future ? "From" : "Since"} {formatDay(p.from, { year: "numeric" })}: {p.label}
            </li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-stone-500">
          Made on {formatDate(c.createdAt, user.timeZone)}. A change of schedule applies from the next week,
          so past weeks stay as they were.
        </p>
      </Card>

      {c.canManage && !archived ? (
        <Card title="Pause" headingId="pause">
          <p className="mb-3 text-sm text-stone-700">
            Travelling or unwell? Paused days aren't due and don't count
            {c.who === "both" ? "; a pause is yours only" : ""}.
          </p>
          <PauseControls commitmentId={c.id} today={c.today} pauses={c.pauses} />
        </Card>
      ) : null}
      {c.canManage ? (
        <Card title={archived ? "Archived" : "Change"} headingId="change">
          <CommitmentActions
            initial={{
              id: c.id,
              title: c.title,
              description: c.description,
              cadence: c.cadence ?? { kind: "daily" },
              boundaryId: c.boundary?.id ?? null,
            }}
            archived={archived}
            partnerName={c.partnerName}
            today={c.today}
            boundaries={boundaries}
          />
        </Card>
      ) : null}
    </div>
  );
}
