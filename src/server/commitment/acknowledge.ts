// The partner's responses to a check-in; a response never changes the check-in itself.
import type { z } from "zod";
import type { ZAck } from "@/domain/commitment/schemas";
import { type CoupleCtx, findPartnerCheckIn } from "@/server/commitment/access";
import { notify } from "@/server/notification/write";

/** "I noticed" or "I see it differently" (with a note), changeable. */
export async function acknowledge(ctx: CoupleCtx, input: z.infer<typeof ZAck>) {
  const checkIn = await findPartnerCheckIn(ctx, input.checkInId);
  const data = { kind: input.kind, note: input.note ?? null };
  await ctx.db.$transaction(async (tx) => {
    const before = await tx.checkInAck.findUnique({
      where: { checkInId_userId: { checkInId: checkIn.id, userId: ctx.user.id } },
      select: { kind: true, note: true },
    });
    await tx.checkInAck.upsert({
      where: { checkInId_userId: { checkInId: checkIn.id, userId: ctx.user.id } },
      create: { checkInId: checkIn.id, userId: ctx.user.id, ...data },
      update: data,
    });
    // The same answer again (a double click) tells the promiser nothing new.
    if (before?.kind === data.kind && before.note === data.note) return;
    await notify(tx, {
      userId: checkIn.userId,
      actorId: ctx.user.id,
      kind: input.kind === "differ" ? "check-in-answered" : "check-in-noticed",
      object: { type: "commitment", id: checkIn.commitmentId },
      coupleId: ctx.couple.id,
    });
  });
  return { checkInId: checkIn.id, ...data };
}

/** Undo an acknowledgement. */
export async function unacknowledge(ctx: CoupleCtx, checkInId: string) {
  const checkIn = await findPartnerCheckIn(ctx, checkInId);
  await ctx.db.checkInAck.deleteMany({ where: { checkInId: checkIn.id, userId: ctx.user.id } });
  return { checkInId: checkIn.id };
}
