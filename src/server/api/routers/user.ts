import { TRPCError } from "@trpc/server";
import { ZChangeEmailInput, ZChangePasswordInput, ZUpdateProfileInput } from "@/domain/auth/schemas";
import { ZSetThemeInput } from "@/domain/user/theme";
import { createTRPCRouter, NO_INPUT, protectedProcedure, rateLimit } from "@/server/api/trpc";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { endAllSessions } from "@/server/auth/sessions";
import type { Db } from "@/server/db";
import { changeEmail } from "@/server/mail/change-email";

// The same limits as a password change: both try the current password.
const passwordTries = rateLimit((ctx) => [
  ["passwordAccount", ctx.claims?.userId ?? ""],
  ["passwordIp", ctx.ip],
]);

async function requirePassword(ctx: { db: Db; user: { id: string } }, password: string) {
  const user = await ctx.db.user.findUniqueOrThrow({
    where: { id: ctx.user.id },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Your current password is not right." });
  }
}

export const userRouter = createTRPCRouter({
  me: protectedProcedure.input(NO_INPUT).query(({ ctx }) => ctx.user),

  updateProfile: protectedProcedure.input(ZUpdateProfileInput).mutation(async ({ ctx, input }) => {
    return ctx.db.user.update({
      where: { id: ctx.user.id },
      data: input,
      select: { id: true, name: true, timeZone: true, weekStartsOn: true, showStreaks: true },
    });
  }),

  setTheme: protectedProcedure
    .input(ZSetThemeInput)
    .mutation(({ ctx, input }) =>
      ctx.db.user.update({ where: { id: ctx.user.id }, data: input, select: { theme: true } }),
    ),

  // Every session ends, this one included: the client signs in again with the new password.
  changePassword: protectedProcedure
    .input(ZChangePasswordInput)
    .use(passwordTries)
    .mutation(async ({ ctx, input }) => {
      await requirePassword(ctx, input.currentPassword);
      const passwordHash = await hashPassword(input.newPassword);
      await ctx.db.$transaction([
        ctx.db.user.update({ where: { id: ctx.user.id }, data: { passwordHash } }),
        ctx.db.session.deleteMany({ where: { userId: ctx.user.id } }),
      ]);
      return { ok: true as const };
    }),

  /**
   * A new address, unconfirmed until its link is opened; the old address is told. With mail on,
   * an address another account uses answers the same as a free one (docs/security.md).
   */
  changeEmail: protectedProcedure
    .input(ZChangeEmailInput)
    .use(passwordTries)
    .mutation(async ({ ctx, input }) => {
      await requirePassword(ctx, input.currentPassword);
      return changeEmail(ctx.db, ctx.user, input.email);
    }),

  signOutEverywhere: protectedProcedure.input(NO_INPUT).mutation(async ({ ctx }) => {
    await endAllSessions(ctx.db, ctx.user.id);
    return { ok: true as const };
  }),
});
