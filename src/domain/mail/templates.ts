// Every mail Kept sends, as content for the layout. What may be in a mail (docs/security.md):
// that something happened and a link to it behind sign-in; the partner's display name; never a
// boundary's text, a note, or (unless the person allowed titles) a commitment's or boundary's
// title. Pure: links are built from `appUrl`.
import { NOTIFICATION_KINDS, type NotificationKind } from "@/domain/notification/kinds";
import { type RenderedMail, renderMail } from "./layout";

const link = (appUrl: string, path: string) => new URL(path, appUrl).toString();

export function passwordResetMail(p: { appUrl: string; token: string }): RenderedMail {
  return renderMail({
    subject: "Reset your Kept password",
    heading: "A new password for Kept",
    paragraphs: [
      "Someone, hopefully you, asked to reset the password of the Kept account for this address.",
      "The link works once, for one hour. Using it signs your account out on every device.",
    ],
    action: { label: "Choose a new password", url: link(p.appUrl, `/reset-password/${p.token}`) },
    footer: ["If you didn't ask for this, you can ignore this mail: your password stays as it is."],
  });
}

export function verifyEmailMail(p: { url: string }): RenderedMail {
  return renderMail({
    subject: "Confirm your address for Kept",
    heading: "Is this your address?",
    paragraphs: ["Confirm it, and Kept can send you reminders and news here. Your account works either way."],
    action: { label: "Confirm this address", url: p.url },
    footer: ["If you didn't sign up for Kept, you can ignore this mail."],
  });
}

/** The kinds of in-app notification that also go out by mail as partner news. */
const PARTNER_NEWS_KINDS = [
  "boundary-proposed",
  "boundary-edited",
  "boundary-countered",
  "boundary-revision-asked",
  "boundary-retirement-asked",
  "check-in-noticed",
  "check-in-answered",
  "partner-unlinked",
] as const satisfies readonly NotificationKind[];
export type PartnerNewsKind = (typeof PARTNER_NEWS_KINDS)[number];
export const isPartnerNewsKind = (kind: string): kind is PartnerNewsKind =>
  (PARTNER_NEWS_KINDS as readonly string[]).includes(kind);

export type NewsItem = {
  kind: PartnerNewsKind;
  actorName: string;
  title?: string | null;
  /** What it is about, so a request answered before the mail goes can be left out of it. */
  object?: { type: string; id: string };
};

/** One sentence per event; the title only when given (the recipient allowed titles). */
function newsSentence(item: NewsItem): string {
  const sentence = NOTIFICATION_KINDS[item.kind].sentence.replace("{actor}", item.actorName);
  return item.title ? `${sentence} (“${item.title}”)` : sentence;
}

export function partnerNewsMail(p: {
  appUrl: string;
  items: NewsItem[];
  unsubscribeUrl: string;
}): RenderedMail {
  const first = p.items[0];
  const subject =
    p.items.length === 1 && first
      ? first.kind === "partner-unlinked"
        ? `${first.actorName} ended your link on Kept`
        : `News from ${first.actorName} on Kept`
      : `${p.items.length} things happened on Kept`;
  return renderMail({
    subject,
    heading: p.items.length === 1 ? "Something happened on Kept" : "A few things happened on Kept",
    paragraphs: p.items.map(newsSentence),
    action: { label: "Open Kept", url: link(p.appUrl, "/notifications") },
    footer: [
      "You get this because partner news is on in your Kept settings.",
      `Stop partner news: ${p.unsubscribeUrl}`,
    ],
  });
}

export function reminderMail(p: { appUrl: string; unlogged: number; unsubscribeUrl: string }): RenderedMail {
  const things = p.unlogged === 1 ? "One thing due today is" : `${p.unlogged} things due today are`;
  return renderMail({
    subject: "A reminder from Kept",
    heading: "Today's check-in",
    paragraphs: [`${things} not logged yet. A minute is enough, whenever suits you.`],
    action: { label: "Open today", url: link(p.appUrl, "/today") },
    footer: [
      "You get this because reminders are on in your Kept settings, at the hour you chose.",
      `Stop reminders: ${p.unsubscribeUrl}`,
    ],
  });
}

/** To the old address after a change: that it changed, to what, and nothing else. Essential. */
export function emailChangedMail(p: { newEmail: string }): RenderedMail {
  return renderMail({
    subject: "Your Kept address was changed",
    heading: "Your Kept address was changed",
    paragraphs: [`Your Kept address was changed to ${p.newEmail}.`],
  });
}

/**
 * To the owner of an address someone tried to sign up with again, or to move another account to
 * (both answer the same as for a free address).
 */
export function accountExistsMail(p: { appUrl: string; tried?: "sign-up" | "change" }): RenderedMail {
  const tried =
    p.tried === "change"
      ? "Someone, probably you, tried to move another Kept account to this address."
      : "Someone, probably you, tried to create a Kept account with this address.";
  return renderMail({
    subject: "You already have a Kept account",
    heading: "You already have an account",
    paragraphs: [
      `${tried} It already has one, so nothing changed.`,
      "Sign in with your password, or choose a new one if you have forgotten it.",
    ],
    action: { label: "Sign in", url: link(p.appUrl, "/sign-in") },
    footer: [
      `Forgot your password? ${link(p.appUrl, "/forgot-password")}`,
      "If it wasn't you, you can ignore this mail.",
    ],
  });
}

export type WeekNumbers = { name: string; checkIns: number; kept: number };

/** Both partners' last seven days in numbers: nothing else (no titles, no notes, no outcomes by day). */
export function weeklySummaryMail(p: {
  appUrl: string;
  me: WeekNumbers;
  partner: WeekNumbers | null;
  unsubscribeUrl: string;
}): RenderedMail {
  const line = (w: WeekNumbers, you: boolean) =>
    `${you ? "You" : w.name}: ${w.checkIns} check-in${w.checkIns === 1 ? "" : "s"}, ${w.kept} kept.`;
  return renderMail({
    subject: "Your week on Kept",
    heading: "The last seven days",
    paragraphs: [line(p.me, true), ...(p.partner ? [line(p.partner, false)] : [])],
    action: { label: "See the dashboard", url: link(p.appUrl, "/dashboard") },
    footer: [
      "You get this because the weekly summary is on in your Kept settings.",
      `Stop the weekly summary: ${p.unsubscribeUrl}`,
    ],
  });
}

/** An invitation sent by mail: the inviter's display name, the link and the code. */
export function inviteMail(p: { inviterName: string; url: string; code: string }): RenderedMail {
  return renderMail({
    subject: `${p.inviterName} invites you to Kept`,
    heading: `${p.inviterName} would like to link with you on Kept`,
    paragraphs: [
      "Kept is a quiet place for two people to agree on boundaries and keep track of what they promised each other.",
      `Open the link to answer. Or, if you already use Kept, enter this code: ${p.code}. It works for 7 days.`,
    ],
    action: { label: "See the invitation", url: p.url },
    footer: ["If you don't know who this is, you can ignore this mail: nothing happens without your answer."],
  });
}
