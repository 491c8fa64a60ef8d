import { TRPCError } from "@trpc/server";
import { RESET_REQUESTED_MESSAGE } from "@/domain/auth/reset";
import {
  ZRequestPasswordResetInput,
  ZResetPasswordInput,
  ZSignUpInput,
  ZVerifyEmailInput,
} from "@/domain/auth/schemas";
import { createTRPCRouter, publicProcedure, rateLimit } from "@/server/api/trpc";
import { hashPassword } from "@/server/auth/password";
import { atLeast, requestPasswordReset, resetPassword } from "@/server/auth/password-reset";
import { consume } from "@/server/auth/rate-limit";
import { isUniqueViolation } from "@/server/db-errors";
import { tellOwnerAccountExists } from "@/server/mail/account-exists";
import { mailEnabled } from "@/server/mail/transport";
import { queueVerification, verifyEmail } from "@/server/mail/verify";

/** Both paths of a reset request take at least this long, so timing doesn't tell them apart. */
const RESET_REQUEST_MIN_MS = 400;

const RESET_REFUSED = {
  used: "This link has already been used. Ask for a new one if you still need it.",
  expired: "This link has expired: links work for one hour. Ask for a new one.",
  unknown: "This link doesn't work. Open it again from the mail, or ask for a new one.",
} as const;

export const authRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(ZSignUpInput)
    .use(rateLimit((ctx) => [["signUpIp", ctx.ip]]))
    .mutation(async ({ ctx, input }) => {
      const passwordHash = await hashPassword(input.password);
      try {
        // The confirmation mail is queued with the account, in one transaction.
        const user = await ctx.db.$transaction(async (tx) => {
          const created = await tx.user.create({
            data: { email: input.email, name: input.name, timeZone: input.timeZone, passwordHash },
            select: { id: true, email: true },
          });
          await queueVerification(tx, created, `signup:${created.id}`);
          return created;
        });
        return mailEnabled() ? {} : { id: user.id };
      } catch (error) {
        if (isUniqueViolation(error) && mailEnabled()) {
          // With mail on, sign-up doesn't say the address has an account: the owner is told by mail
          // (at most once an hour) and the answer is the same as for a new account.
          await tellOwnerAccountExists(ctx.db, input.email);
          return {};
        }
        if (isUniqueViolation(error)) {
          throw new TRPCError({
            code: "CONFLICT",
            message: "An account with this email already exists. Sign in instead.",
          });
        }
        throw error;
      }
    }),

  /** Same answer, in about the same time, whether or not the address has an account. */
  requestPasswordReset: publicProcedure
    .input(ZRequestPasswordResetInput)
    .use(rateLimit((ctx) => [["resetRequestIp", ctx.ip]]))
    .mutation(async ({ ctx, input }) => {
      const startedAt = Date.now();
      // Per address typed, known or not: the limit answers alike for both.
      const limited = await consume(ctx.db, [["resetRequestAccount", input.email]]);
      if (limited.ok) await requestPasswordReset(ctx.db, input.email);
      await atLeast(startedAt, RESET_REQUEST_MIN_MS);
      return { message: RESET_REQUESTED_MESSAGE };
    }),

  /** The link of the confirmation mail: no sign-in needed, the link itself is the proof. */
  verifyEmail: publicProcedure
    .input(ZVerifyEmailInput)
    .use(rateLimit((ctx) => [["resetUseIp", ctx.ip]]))
    .mutation(async ({ ctx, input }) => {
      if (!(await verifyEmail(ctx.db, input.userId, input.token))) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "This link doesn't confirm your current address. Send a new one from Settings.",
        });
      }
      return { ok: true as const };
    }),

  resetPassword: publicProcedure
    .input(ZResetPasswordInput)
    .use(rateLimit((ctx) => [["resetUseIp", ctx.ip]]))
    .mutation(async ({ ctx, input }) => {
      const result = await resetPassword(ctx.db, input.token, input.password);
      if (!result.ok) throw new TRPCError({ code: "BAD_REQUEST", message: RESET_REFUSED[result.reason] });
      return { ok: true as const };
    }),
});
