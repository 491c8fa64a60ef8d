// One step from words to something kept: an amends' "what I'll do differently", a weekly talk's
// request or a repair conversation's plan becomes a commitment of one's own or a boundary
// proposal, through those features' own code (their rules, notifications and dashboard writes),
// never a copy of it.
import { TRPCError } from "@trpc/server";
import type { TFollowThrough } from "@/domain/amends/schemas";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import { proposeBoundary } from "@/server/boundary/write";
import type { CoupleCtx } from "@/server/commitment/access";
import { createCommitment } from "@/server/commitment/manage";

export type Made = { commitmentId: string | null; boundaryId: string | null };

/**
 * `claim` marks the source as turned (an `updateMany … where commitmentId and boundaryId are null`)
 * in the new commitment's or boundary's own transaction. Two submits at the same moment both get
 * past the callers' checks; the second claim then finds the row taken (it waits for the first's
 * row lock on PostgreSQL, the write lock on SQLite), and throwing rolls its commitment back.
 */
export async function followThrough(
  ctx: CoupleCtx,
  input: Pick<TFollowThrough, "as" | "title">,
  description: string,
  claim: (tx: Prisma.TransactionClient, made: Made) => Promise<{ count: number }>,
): Promise<Made> {
  // The longest description either feature takes is 2000 characters.
  const text = description.length > 2000 ? `${description.slice(0, 1999)}…` : description;
  const claimOrUndo = async (tx: Prisma.TransactionClient, made: Made) => {
    const { count } = await claim(tx, made);
    if (count !== 1) {
      throw new TRPCError({ code: "CONFLICT", message: "This already has a commitment or a boundary." });
    }
  };
  if (input.as === "commitment") {
    const { id } = await createCommitment(
      ctx,
      { title: input.title, description: text, who: "me", cadence: { kind: "conditional" } },
      (tx, id) => claimOrUndo(tx, { commitmentId: id, boundaryId: null }),
    );
    return { commitmentId: id, boundaryId: null };
  }
  const { id } = await proposeBoundary(
    ctx,
    { title: input.title, description: text, category: "communication", owner: "mine", note: undefined },
    (tx, id) => claimOrUndo(tx, { commitmentId: null, boundaryId: id }),
  );
  return { commitmentId: null, boundaryId: id };
}

/** The claim every source uses: only while nothing was made of it yet. */
export const unturned = { commitmentId: null, boundaryId: null } as const;
