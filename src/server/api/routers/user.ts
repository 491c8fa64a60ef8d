import { TRPCError } from "@trpc/server";
import { ZChangePasswordInput, ZUpdateProfileInput } from "@/domain/auth/schemas";
import { createTRPCRouter, NO_INPUT, protectedProcedure, rateLimit } from "@/server/api/trpc";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { endAllSessions } from "@/server/auth/sessions";

export const userRouter = createTRPCRouter({
  me: protectedProcedure.input(NO_INPUT).query(({ ctx }) => ctx.user),

  updateProfile: protectedProcedure.input(ZUpdateProfileInput).mutation(async ({ ctx, input }) => {
    return ctx.db.user.update({
      where: { id: ctx.user.id },
      data: input,
      select: { id: true, name: true, timeZone: true, weekStartsOn: true, showStreaks: true },
    });
  }),

  // Every session ends, this one included: the client signs in again with the new password.
  changePassword: protectedProcedure
    .input(ZChangePasswordInput)
    .use(
      rateLimit((ctx) => [
        ["passwordAccount", ctx.claims?.userId ?? ""],
        ["passwordIp", ctx.ip],
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      const user = await ctx.db.user.findUniqueOrThrow({
        where: { id: ctx.user.id },
        select: { passwordHash: true },
      });
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "Your current password is not right." });
      }
      const passwordHash = await hashPassword(input.newPassword);
      await ctx.db.$transaction([
        ctx.db.user.update({ where: { id: ctx.user.id }, data: { passwordHash } }),
        ctx.db.session.deleteMany({ where: { userId: ctx.user.id } }),
      ]);
      return { ok: true as const };
    }),

  signOutEverywhere: protectedProcedure.input(NO_INPUT).mutation(async ({ ctx }) => {
    await endAllSessions(ctx.db, ctx.user.id);
    return { ok: true as const };
  }),
});
