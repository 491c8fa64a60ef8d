import { localDate } from "@/domain/commitment/schedule";
import { coupleProcedure, createTRPCRouter, NO_INPUT } from "@/server/api/trpc";
import { endCouple } from "@/server/couple";

export const coupleRouter = createTRPCRouter({
  get: coupleProcedure.input(NO_INPUT).query(({ ctx }) => ({
    linkedOn: localDate(ctx.couple.linkedAt, ctx.user.timeZone),
    partner: { name: ctx.couple.partner.name },
  })),

  /**
   * Either partner can end the link alone, at once. Nothing is deleted: each keeps what they
   * wrote, and what was agreed together stays with the ended couple as a read-only archive.
   */
  unlink: coupleProcedure.input(NO_INPUT).mutation(async ({ ctx }) => {
    await ctx.db.$transaction((tx) => endCouple(tx, ctx.couple, ctx.user, new Date()));
    return { ok: true as const };
  }),
});
