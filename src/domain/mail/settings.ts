import { booleanEntries } from "@/domain/json-settings";

// Which mails a person gets. Pure: no database, no HTTP.
//
// Essential mails (password reset, address verification) always go out: the person asked for
// them. Every other category can be turned off in Settings or with the one-click link in the mail
// itself (RFC 8058), and changing one never touches another.

export const MAIL_CATEGORIES = {
  "partner-news": {
    label: "Partner news",
    hint: "When your partner is waiting for your answer, noticed a check-in, or ended the link. Several within 15 minutes come as one mail.",
    defaultOn: true,
  },
  reminders: {
    label: "Reminders",
    hint: "At the hour you choose, only on days when something due is still unlogged.",
    defaultOn: false,
  },
  "weekly-summary": {
    label: "Weekly summary",
    hint: "Your week and your partner's in numbers, on the day you choose.",
    defaultOn: false,
  },
} as const;

export type MailCategory = keyof typeof MAIL_CATEGORIES;
export const MAIL_CATEGORY_NAMES = Object.keys(MAIL_CATEGORIES) as MailCategory[];

export function isMailCategory(value: string): value is MailCategory {
  return Object.hasOwn(MAIL_CATEGORIES, value);
}

/** Only what the person changed from the defaults. `titles`: mails may name what they are about. */
export type MailChoices = Partial<Record<MailCategory, boolean>> & { titles?: boolean };

/** Stored choices are JSON; anything unknown or malformed falls back to the defaults. */
export function parseMailChoices(json: string | null | undefined): MailChoices {
  const choices: MailChoices = {};
  for (const [key, on] of booleanEntries(json)) {
    if (isMailCategory(key)) choices[key] = on;
    if (key === "titles") choices.titles = on;
  }
  return choices;
}

export function wantsMail(category: MailCategory, choices: MailChoices): boolean {
  return choices[category] ?? MAIL_CATEGORIES[category].defaultOn;
}

/** Titles (a boundary's or a commitment's) appear in mails only when the person allowed it. */
export const allowsTitles = (choices: MailChoices) => choices.titles === true;
