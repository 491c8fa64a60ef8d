import { ZUpdateMailSettingsInput } from "@/domain/mail/schemas";
import {
  MAIL_CATEGORIES,
  MAIL_CATEGORY_NAMES,
  type MailChoices,
  parseMailChoices,
  wantsMail,
} from "@/domain/mail/settings";
import { createTRPCRouter, NO_INPUT, protectedProcedure } from "@/server/api/trpc";
import { mailEnabled } from "@/server/mail/transport";

export const mailRouter = createTRPCRouter({
  /** The person's mail choices, and whether this server sends mail at all. */
  settings: protectedProcedure.input(NO_INPUT).query(async ({ ctx }) => {
    const row = await ctx.db.user.findUniqueOrThrow({
      where: { id: ctx.user.id },
      select: { email: true, emailVerifiedAt: true, mailSettings: true },
    });
    const choices = parseMailChoices(row.mailSettings);
    return {
      enabled: mailEnabled(),
      email: row.email,
      verified: row.emailVerifiedAt !== null,
      titles: choices.titles === true,
      categories: MAIL_CATEGORY_NAMES.map((category) => ({
        category,
        label: MAIL_CATEGORIES[category].label,
        hint: MAIL_CATEGORIES[category].hint,
        on: wantsMail(category, choices),
      })),
    };
  }),

  updateSettings: protectedProcedure.input(ZUpdateMailSettingsInput).mutation(async ({ ctx, input }) => {
    // Only what differs from the default is kept, as for notifications.
    const choices: MailChoices = {};
    for (const category of MAIL_CATEGORY_NAMES) {
      if (input.choices[category] !== MAIL_CATEGORIES[category].defaultOn)
        choices[category] = input.choices[category];
    }
    if (input.titles) choices.titles = true;
    await ctx.db.user.update({ where: { id: ctx.user.id }, data: { mailSettings: JSON.stringify(choices) } });
    return { ok: true as const };
  }),
});
