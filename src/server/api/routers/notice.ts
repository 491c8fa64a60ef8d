import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { createTRPCRouter, NO_INPUT, protectedProcedure } from "@/server/api/trpc";

export const noticeRouter = createTRPCRouter({
  list: protectedProcedure.input(NO_INPUT).query(({ ctx }) =>
    ctx.db.notice.findMany({
      where: { userId: ctx.user.id, readAt: null },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, kind: true, createdAt: true },
    }),
  ),

  dismiss: protectedProcedure
    .input(z.strictObject({ id: z.string().trim().min(1).max(40) }))
    .mutation(async ({ ctx, input }) => {
      const { count } = await ctx.db.notice.updateMany({
        where: { id: input.id, userId: ctx.user.id, readAt: null },
        data: { readAt: new Date() },
      });
      // Dismissing twice is fine; someone else's notice doesn't exist for you.
      if (count === 0) {
        const mine = await ctx.db.notice.findFirst({
          where: { id: input.id, userId: ctx.user.id },
          select: { id: true },
        });
        if (!mine) throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that notice." });
      }
      return { ok: true as const };
    }),
});
