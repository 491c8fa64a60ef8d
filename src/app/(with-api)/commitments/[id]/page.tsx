import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/text-link";
import { CommitmentHeader } from "@/features/commitments/components/commitment-header";
import { CheckInHistory, ScheduleHistory } from "@/features/commitments/components/commitment-history";
import { CommitmentActions, PauseControls } from "@/features/commitments/components/commitment-manage";
import { PersonPanel } from "@/features/consistency/components/person-panel";
import { cn } from "@/lib/cn";
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
  const c = await load(id);
  if (!c) notFound();
  // The same views as the dashboard, for this commitment only (while linked).
  const consistency = c.linked
    ? await caller.consistency.dashboard({ commitmentId: id, range: "12w", person: "both" }).catch(() => null)
    : null;
  const people = consistency?.people.filter((p) => p.hasCommitments) ?? [];
  const boundaries = c.canManage ? await caller.commitment.boundaryOptions().catch(() => []) : [];
  const archived = c.archivedOn !== null;

  return (
    <div className="flex flex-col gap-6">
      <CommitmentHeader commitment={c} />

      {!c.linked ? (
        <Alert tone="note">You're no longer linked; this is a read-only record of your own check-ins.</Alert>
      ) : null}

      {c.canCheckIn && !archived && (c.cadences[0]?.from ?? c.today) <= c.today ? (
        <ButtonLink href="/today" className="self-start">
          Check in on Today
        </ButtonLink>
      ) : null}

      {consistency ? (
        <div className={cn("grid grid-cols-1 gap-6", people.length > 1 && "md:grid-cols-2")}>
          {people.map((person) => (
            <PersonPanel
              key={person.id}
              person={person}
              showStreaks={user.showStreaks}
              showCommitments={false}
            />
          ))}
        </div>
      ) : null}

      <CheckInHistory commitment={c} />
      <ScheduleHistory commitment={c} />

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
            today={c.today}
            boundaries={boundaries}
          />
        </Card>
      ) : null}
    </div>
  );
}
