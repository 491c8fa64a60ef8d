import { TRPCError } from "@trpc/server";
import { ZUpdateMailSettingsInput } from "@/domain/mail/schemas";
import {
  allowsTitles,
  MAIL_CATEGORIES,
  MAIL_CATEGORY_NAMES,
  type MailChoices,
  parseMailChoices,
  wantsMail,
} from "@/domain/mail/settings";
import { createTRPCRouter, NO_INPUT, protectedProcedure, rateLimit } from "@/server/api/trpc";
import { mailEnabled } from "@/server/mail/transport";
import { queueVerification } from "@/server/mail/verify";

export const mailRouter = createTRPCRouter({
  /** The person's mail choices, and whether this server sends mail at all. */
  settings: protectedProcedure.input(NO_INPUT).query(async ({ ctx }) => {
    const row = await ctx.db.user.findUniqueOrThrow({
      where: { id: ctx.user.id },
      select: {
        email: true,
        emailVerifiedAt: true,
        mailSettings: true,
        reminderTime: true,
        quietFrom: true,
        quietTo: true,
        weeklySummaryDay: true,
      },
    });
    const choices = parseMailChoices(row.mailSettings);
    return {
      enabled: mailEnabled(),
      email: row.email,
      verified: row.emailVerifiedAt !== null,
      titles: allowsTitles(choices),
      reminderTime: row.reminderTime,
      quietFrom: row.quietFrom,
      quietTo: row.quietTo,
      weeklySummaryDay: row.weeklySummaryDay,
      categories: MAIL_CATEGORY_NAMES.map((category) => ({
        category,
        label: MAIL_CATEGORIES[category].label,
        hint: MAIL_CATEGORIES[category].hint,
        on: wantsMail(category, choices),
      })),
    };
  }),

  /** Sends the confirmation mail again, to the account's current address. */
  resendVerification: protectedProcedure
    .input(NO_INPUT)
    .use(rateLimit((ctx) => [["verifyResendUser", ctx.claims?.userId ?? ""]]))
    .mutation(async ({ ctx }) => {
      if (!mailEnabled())
        throw new TRPCError({ code: "BAD_REQUEST", message: "Mail is off on this Kept server." });
      const user = await ctx.db.user.findUniqueOrThrow({
        where: { id: ctx.user.id },
        select: { id: true, email: true, emailVerifiedAt: true },
      });
      if (user.emailVerifiedAt) return { ok: true as const };
      await queueVerification(ctx.db, user, `resend:${user.id}:${Date.now()}`);
      return { ok: true as const };
    }),

  updateSettings: protectedProcedure.input(ZUpdateMailSettingsInput).mutation(async ({ ctx, input }) => {
    // Only what differs from the default is kept, as for notifications.
    const choices: MailChoices = {};
    for (const category of MAIL_CATEGORY_NAMES) {
      if (input.choices[category] !== MAIL_CATEGORIES[category].defaultOn)
        choices[category] = input.choices[category];
    }
    if (input.titles) choices.titles = true;
    await ctx.db.user.update({
      where: { id: ctx.user.id },
      data: {
        mailSettings: JSON.stringify(choices),
        reminderTime: input.reminderTime,
        quietFrom: input.quietFrom,
        quietTo: input.quietTo,
        weeklySummaryDay: input.weeklySummaryDay,
      },
    });
    return { ok: true as const };
  }),
});
