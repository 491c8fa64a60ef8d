// One step from words to something kept: an amends' "what I'll do differently" or a weekly talk's
// request becomes a commitment of one's own or a boundary proposal, through those features' own
// code (their rules, notifications and dashboard writes), never a copy of it.
import type { TFollowThrough } from "@/domain/amends/schemas";
import { proposeBoundary } from "@/server/boundary/write";
import type { CoupleCtx } from "@/server/commitment/access";
import { createCommitment } from "@/server/commitment/manage";

export async function followThrough(
  ctx: CoupleCtx,
  input: Pick<TFollowThrough, "as" | "title">,
  description: string,
): Promise<{ commitmentId: string | null; boundaryId: string | null }> {
  // The longest description either feature takes is 2000 characters.
  const text = description.length > 2000 ? `${description.slice(0, 1999)}…` : description;
  if (input.as === "commitment") {
    const { id } = await createCommitment(ctx, {
      title: input.title,
      description: text,
      who: "me",
      cadence: { kind: "conditional" },
    });
    return { commitmentId: id, boundaryId: null };
  }
  const { id } = await proposeBoundary(ctx, {
    title: input.title,
    description: text,
    category: "communication",
    owner: "mine",
    note: undefined,
  });
  return { commitmentId: null, boundaryId: id };
}
