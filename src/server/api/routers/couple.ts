import { coupleProcedure, createTRPCRouter, NO_INPUT } from "@/server/api/trpc";
import { endCouple } from "@/server/couple";
import { queuePartnerNews } from "@/server/mail/partner-news";

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
    await ctx.db.$transaction(async (tx) => {
      for (const statement of endCouple(tx, ctx.couple, ctx.user, now)) await statement;
      await queuePartnerNews(tx, {
        userId: ctx.couple.partner.id,
        actorId: ctx.user.id,
        kind: "partner-unlinked",
        now,
      });
    });
    return { ok: true as const };
  }),
});
