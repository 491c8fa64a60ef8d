import { coupleProcedure, createTRPCRouter, NO_INPUT } from "@/server/api/trpc";

export const PARTNER_UNLINKED = "partner-unlinked";

export const coupleRouter = createTRPCRouter({
  get: coupleProcedure.input(NO_INPUT).query(({ ctx }) => ({
    linkedAt: ctx.couple.linkedAt,
    partner: { name: ctx.couple.partner.name },
  })),

  /**
   * Either partner can end the link alone, at once. Nothing is deleted: each keeps what they
   * wrote, and what was agreed together stays with the ended couple as a read-only archive.
   */
  unlink: coupleProcedure.input(NO_INPUT).mutation(async ({ ctx }) => {
    const now = new Date();
    await ctx.db.$transaction([
      ctx.db.couple.updateMany({
        where: { id: ctx.couple.id, endedAt: null },
        data: { endedAt: now, endedById: ctx.user.id },
      }),
      ctx.db.coupleMember.updateMany({ where: { coupleId: ctx.couple.id }, data: { activeUserId: null } }),
      ctx.db.notice.create({
        data: { userId: ctx.couple.partner.id, kind: PARTNER_UNLINKED, createdAt: now },
      }),
    ]);
    return { ok: true as const };
  }),
});
