import { TRPCError } from "@trpc/server";
import { ZEndSessionInput } from "@/domain/auth/schemas";
import { localDate } from "@/domain/commitment/schedule";
import { createTRPCRouter, NO_INPUT, protectedProcedure } from "@/server/api/trpc";
import { endSession } from "@/server/auth/sessions";

// "Where you're signed in": the person's own session rows only (the where clause names them).
export const sessionRouter = createTRPCRouter({
  list: protectedProcedure.input(NO_INPUT).query(async ({ ctx }) => {
    const rows = await ctx.db.session.findMany({
      where: { userId: ctx.user.id },
      select: { id: true, device: true, createdAt: true, lastSeenAt: true },
      orderBy: { lastSeenAt: "desc" },
    });
    // Days, not times: when a device was used is nobody's minute-by-minute record.
    return rows.map((r) => ({
      id: r.id,
      device: r.device,
      signedInOn: localDate(r.createdAt, ctx.user.timeZone),
      lastSeenOn: localDate(r.lastSeenAt, ctx.user.timeZone),
      current: r.id === ctx.sessionId,
    }));
  }),

  /** Signs one of the person's devices out; another person's session id just isn't found. */
  end: protectedProcedure.input(ZEndSessionInput).mutation(async ({ ctx, input }) => {
    const { count } = await endSession(ctx.db, input.id, ctx.user.id);
    if (count === 0)
      throw new TRPCError({ code: "NOT_FOUND", message: "That device is already signed out." });
    return { current: input.id === ctx.sessionId };
  }),
});
