import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";

export const noticeRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) =>
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
      await ctx.db.notice.updateMany({
        where: { id: input.id, userId: ctx.user.id, readAt: null },
        data: { readAt: new Date() },
      });
      return { ok: true as const };
    }),
});
