import { TRPCError } from "@trpc/server";
import { ZChangePasswordInput, ZUpdateProfileInput } from "@/domain/auth/schemas";
import { createTRPCRouter, NO_INPUT, protectedProcedure, rateLimit } from "@/server/api/trpc";
import { hashPassword, verifyPassword } from "@/server/auth/password";

export const userRouter = createTRPCRouter({
  me: protectedProcedure.input(NO_INPUT).query(({ ctx }) => {
    const { sessionVersion: _omit, ...profile } = ctx.user;
    return profile;
  }),

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
      await ctx.db.user.update({
        where: { id: ctx.user.id },
        data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
      });
      return { ok: true as const };
    }),

  signOutEverywhere: protectedProcedure.input(NO_INPUT).mutation(async ({ ctx }) => {
    await ctx.db.user.update({ where: { id: ctx.user.id }, data: { sessionVersion: { increment: 1 } } });
    return { ok: true as const };
  }),
});
