// The partner's responses to a check-in; a response never changes the check-in itself.
import type { z } from "zod";
import type { ZAck } from "@/domain/commitment/schemas";
import { type CoupleCtx, findPartnerCheckIn } from "@/server/commitment/access";

/** "I noticed" or "I see it differently" (with a note), changeable. */
export async function acknowledge(ctx: CoupleCtx, input: z.infer<typeof ZAck>) {
  const checkIn = await findPartnerCheckIn(ctx, input.checkInId);
  const data = { kind: input.kind, note: input.note ?? null };
  await ctx.db.checkInAck.upsert({
    where: { checkInId_userId: { checkInId: checkIn.id, userId: ctx.user.id } },
    create: { checkInId: checkIn.id, userId: ctx.user.id, ...data },
    update: data,
  });
  return { checkInId: checkIn.id, ...data };
}

/** Undo an acknowledgement. */
export async function unacknowledge(ctx: CoupleCtx, checkInId: string) {
  const checkIn = await findPartnerCheckIn(ctx, checkInId);
  await ctx.db.checkInAck.deleteMany({ where: { checkInId: checkIn.id, userId: ctx.user.id } });
  return { checkInId: checkIn.id };
}
