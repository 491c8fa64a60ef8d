// "Days, not minutes" (docs/security.md) for mail: one of every kind the app sends (the list comes
// from src/domain/mail/templates.ts itself, so a new kind without a row fails this file) is made
// by the code that really sends it, goes through the outbox worker to a real SMTP server, and is
// walked, headers and bodies, for an instant finer than a day and for an id that holds its
// creation time (a cuid v1, decoded). The Date header is the one time a mail carries: the moment
// it left, which the recipient's own mail server records on arrival anyway.
import type { ParsedMail } from "mailparser";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { addDays, dayOfWeek, localDate } from "@/domain/commitment/schedule";
import { zonedInstant } from "@/domain/mail/reminders";
import * as templates from "@/domain/mail/templates";
import { NEWS_GATHER_MS } from "@/server/mail/partner-news";
import { queueDueReminders } from "@/server/mail/reminders";
import { queueWeeklySummaries } from "@/server/mail/weekly-summary";
import { callerFor, signUp, type TestUser } from "../support/callers";
import { linkedPair } from "../support/couples";
import { timeBearingIds } from "../support/instants";
import { mailWorld, sendDue } from "../support/mail";

vi.hoisted(() => {
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  process.env.APP_URL = "https://kept.example.test";
});

const world = mailWorld();
const as = (u: TestUser) => callerFor(world.db, u.claims);
const ZONE = "Europe/Berlin";
const settings = (choices: Record<string, boolean>, weeklySummaryDay = 0) => ({
  choices: { "partner-news": false, reminders: false, "weekly-summary": false, ...choices },
  titles: true,
  reminderTime: "08:00",
  quietFrom: "22:00",
  quietTo: "07:00",
  weeklySummaryDay,
});

let a: TestUser;
let b: TestUser;
const fresh = (tag: string) => `${tag}-${Math.random().toString(36).slice(2, 10)}@example.test`;

/** Each kind: how the app comes to send it (to whom), and the subject it goes out with. */
const MAILS: Record<string, { to: () => string; make: () => Promise<unknown>; subject: RegExp }> = {
  verifyEmailMail: { to: () => b.email, make: async () => undefined, subject: /^Confirm your address/ },
  passwordResetMail: {
    to: () => a.email,
    make: () => callerFor(world.db).auth.requestPasswordReset({ email: a.email }),
    subject: /password/i,
  },
  partnerNewsMail: {
    to: () => b.email,
    make: async () => {
      await as(b).mail.updateSettings(settings({ "partner-news": true }));
      await as(a).boundary.propose({
        title: "Phones away",
        description: "At dinner",
        category: "communication",
        owner: "ours",
      });
    },
    subject: /Kept/,
  },
  reminderMail: {
    to: () => a.email,
    make: async () => {
      await as(a).mail.updateSettings(settings({ reminders: true }));
      await as(a).commitment.create({ title: "Walk", who: "me", cadence: { kind: "daily" } });
      const eight = zonedInstant(localDate(new Date(), ZONE), "08:00", ZONE);
      await queueDueReminders(world.db, new Date(eight.getTime() + 5 * 60_000));
    },
    subject: /^A reminder from Kept$/,
  },
  weeklySummaryMail: {
    to: () => a.email,
    make: async () => {
      const tomorrow = addDays(localDate(new Date(), ZONE), 1);
      await as(a).mail.updateSettings(settings({ "weekly-summary": true }, dayOfWeek(tomorrow)));
      await queueWeeklySummaries(
        world.db,
        new Date(zonedInstant(tomorrow, "08:00", ZONE).getTime() + 300_000),
      );
    },
    subject: /^Your week on Kept$/,
  },
  inviteMail: {
    to: () => "invited@example.test",
    make: async () => {
      const loner = await signUp(world.db, { name: "Lee" });
      await world.db.user.update({ where: { id: loner.id }, data: { emailVerifiedAt: new Date() } });
      await as(loner).invite.sendByEmail({ email: "invited@example.test" });
    },
    subject: /invites you to Kept$/,
  },
  accountExistsMail: {
    to: () => a.email,
    make: () =>
      callerFor(world.db).auth.signUp({
        name: "Someone",
        email: a.email,
        password: "a calm and long passphrase",
        timeZone: ZONE,
      }),
    subject: /Kept/,
  },
  emailChangedMail: {
    to: () => b.email,
    make: () => as(b).user.changeEmail({ email: fresh("moved"), currentPassword: b.password }),
    subject: /Kept/,
  },
};

const received: Record<string, ParsedMail> = {};

beforeAll(async () => {
  ({ a, b } = await linkedPair(world.db, ["Ava", "Ben"]));
  await world.db.user.updateMany({
    where: { id: { in: [a.id, b.id] } },
    data: { emailVerifiedAt: new Date(), timeZone: ZONE },
  });
  // Each kind in turn, sent before the next is made (the change of address comes last: it moves
  // Ben's mail elsewhere).
  for (const [name, mail] of Object.entries(MAILS)) {
    const to = mail.to();
    const before = world.smtp.inbox.length;
    await mail.make();
    await sendDue(world, new Date(Date.now() + NEWS_GATHER_MS + 60_000));
    // The worker's round returns once the server took each mail (it is in the inbox by then).
    const arrived = world.smtp.inbox
      .slice(before)
      .find((m) => JSON.stringify(m.to ?? "").includes(to) && mail.subject.test(m.subject ?? ""));
    if (!arrived) throw new Error(`no ${name}`);
    received[name] = arrived;
  }
}, 120_000);

/** What in a mail tells a time of day: an ISO time, or a clock time, in any header or body. */
function timesIn(mail: ParsedMail): string[] {
  const headers = mail.headerLines.filter((h) => h.key !== "date").map((h) => h.line);
  const text = [
    ...headers,
    mail.subject ?? "",
    mail.text ?? "",
    typeof mail.html === "string" ? mail.html : "",
  ];
  return text.flatMap((t) => [
    ...(t.match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g) ?? []),
    ...(t.match(/\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\b/gi) ?? []),
    ...timeBearingIds(t, "mail"),
  ]);
}

describe("every mail kind carries days, never times", () => {
  it("lists every mail kind the app has", () => {
    const kinds = Object.keys(templates).filter((k) => k.endsWith("Mail"));
    expect(kinds.filter((k) => !(k in MAILS))).toEqual([]);
    expect(Object.keys(MAILS).filter((k) => !kinds.includes(k))).toEqual([]);
  });

  it("finds a time when there is one (the walker works)", () => {
    const v1 = `c${Date.now().toString(36)}0000abcdefghijkl`;
    const mail = {
      headerLines: [{ key: "message-id", line: `Message-ID: <${v1}@kept>` }],
      subject: "At 10:42",
      text: "2026-12-01T10:00:00Z",
      html: false,
    } as unknown as ParsedMail;
    expect(timesIn(mail)).toHaveLength(3);
  });

  it("in each one's headers, subject, text and HTML: no time of day, no time-bearing id", () => {
    for (const [name, mail] of Object.entries(MAILS)) {
      const got = received[name];
      expect(got?.subject, name).toMatch(mail.subject);
      expect(timesIn(got as ParsedMail), name).toEqual([]);
      expect(got?.messageId, name).toMatch(/^<[a-f0-9]{32}@kept\.example\.test>$/);
    }
  });
});
