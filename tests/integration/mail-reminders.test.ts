// Issue #19: address verification and reminders, with an injected clock, against a real SMTP
// server. Reminders go only to a confirmed address, at the person's local hour, only when
// something due that day is unlogged, never in quiet hours, at most once a day.
import { describe, expect, it, vi } from "vitest";
import { addDays, dayOfWeek, localDate } from "@/domain/commitment/schedule";
import { zonedInstant } from "@/domain/mail/reminders";
import { queueDueReminders } from "@/server/mail/reminders";
import { queueWeeklySummaries } from "@/server/mail/weekly-summary";
import { callerFor, failure, type TestUser } from "../support/callers";
import { linkedPair } from "../support/couples";
import { mailWorld, sendDue } from "../support/mail";

vi.hoisted(() => {
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  process.env.APP_URL = "https://kept.example.test";
});

const world = mailWorld();

const as = (u: TestUser) => callerFor(world.db, u.claims);
const send = () => sendDue(world);
const ZONE = "Europe/Berlin";

async function confirm(u: TestUser) {
  const [mail] = await world.smtp.waitFor(u.email, { subject: "Confirm your address for Kept" });
  const match = /https:\/\/kept\.example\.test\/verify-email\/([A-Za-z0-9_-]{43})\?u=([^\s]+)/.exec(
    mail?.text ?? "",
  );
  if (!match?.[1] || !match[2]) throw new Error("no confirmation link");
  await callerFor(world.db).auth.verifyEmail({ userId: decodeURIComponent(match[2]), token: match[1] });
}

const reminderSettings = (time = "08:00") => ({
  choices: { "partner-news": true, reminders: true, "weekly-summary": false },
  titles: false,
  reminderTime: time,
  quietFrom: "22:00",
  quietTo: "07:00",
  weeklySummaryDay: 0,
});

describe("address verification", () => {
  it("mails a confirmation link at sign-up that confirms only the current address", async () => {
    const { a } = await linkedPair(world.db);
    await send();
    const [mail] = await world.smtp.waitFor(a.email, { subject: "Confirm your address for Kept" });
    expect(mail?.subject).toBe("Confirm your address for Kept");
    expect((await as(a).mail.settings()).verified).toBe(false);
    const forged = await failure(
      callerFor(world.db).auth.verifyEmail({ userId: a.id, token: "B".repeat(43) }),
    );
    expect(forged.code).toBe("BAD_REQUEST");
    await confirm(a);
    expect((await as(a).mail.settings()).verified).toBe(true);
  });
});

describe("reminders", () => {
  it("come at the local hour to a confirmed address, once, only for what is still unlogged", async () => {
    const { a, b } = await linkedPair(world.db);
    await world.db.user.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { timeZone: ZONE } });
    const { id } = await as(a).commitment.create({
      title: "C19TITLE walk",
      who: "both",
      cadence: { kind: "daily" },
    });
    await as(a).mail.updateSettings(reminderSettings());
    await as(b).mail.updateSettings(reminderSettings());
    const today = localDate(new Date(), ZONE);
    const eight = zonedInstant(today, "08:00", ZONE);
    const at = (minutes: number) => new Date(eight.getTime() + minutes * 60_000);

    // Nobody has confirmed yet: no reminder.
    expect(await queueDueReminders(world.db, at(5))).toBe(0);
    await send();
    await confirm(a);
    await confirm(b);
    // Before the hour: nothing.
    expect(await queueDueReminders(world.db, at(-1))).toBe(0);
    // A logged today, B didn't: only B.
    await as(a).commitment.checkIn({ commitmentId: id, day: today, outcome: "kept", noteShared: false });
    expect(await queueDueReminders(world.db, at(5))).toBe(1);
    // At most one a day, however often the scheduler runs (and after a restart).
    expect(await queueDueReminders(world.db, at(6))).toBe(0);
    expect(await queueDueReminders(world.db, at(90))).toBe(0);
    await send();
    const [mail] = await world.smtp.waitFor(b.email, { subject: "A reminder from Kept" });
    expect(mail?.text).toContain("One thing due today is not logged yet.");
    expect(mail?.text).not.toContain("C19TITLE");
    expect(mail?.headerLines.some((h) => h.key === "list-unsubscribe-post")).toBe(true);
    expect(await world.db.mailOutbox.count({ where: { userId: a.id, kind: "reminder" } })).toBe(0);

    // Tomorrow, hours after the hour (the server was down): too late, skipped.
    const tomorrowEight = zonedInstant(addDays(today, 1), "08:00", ZONE).getTime();
    expect(await queueDueReminders(world.db, new Date(tomorrowEight + 4 * 3_600_000))).toBe(0);
    // Still relevant: sent once.
    expect(await queueDueReminders(world.db, new Date(tomorrowEight + 2 * 3_600_000))).toBe(2);
  });

  it("never in quiet hours, not when reminders are off, not during a break", async () => {
    const { a } = await linkedPair(world.db);
    await world.db.user.updateMany({ where: { id: a.id }, data: { timeZone: ZONE } });
    await as(a).commitment.create({ title: "Daily", who: "me", cadence: { kind: "daily" } });
    await send();
    await confirm(a);
    const today = localDate(new Date(), ZONE);
    await as(a).mail.updateSettings(reminderSettings("23:00"));
    const late = zonedInstant(today, "23:00", ZONE);
    expect(await queueDueReminders(world.db, new Date(late.getTime() + 60_000))).toBe(0);
    await as(a).mail.updateSettings({
      ...reminderSettings("09:00"),
      choices: { "partner-news": true, reminders: false, "weekly-summary": false },
    });
    expect(await queueDueReminders(world.db, zonedInstant(today, "09:01", ZONE))).toBe(0);
    // On, but during a break: none (issue #22).
    await as(a).mail.updateSettings(reminderSettings("09:00"));
    await as(a).sharingBreak.start({ days: 3 });
    expect(await queueDueReminders(world.db, zonedInstant(today, "09:01", ZONE))).toBe(0);
    await as(a).sharingBreak.end();
    expect(await queueDueReminders(world.db, zonedInstant(today, "09:01", ZONE))).toBe(1);
  });
});

describe("weekly summary", () => {
  it("comes on the chosen day, once, with both partners' numbers (not the days of a break) and nothing else", async () => {
    const { a, b } = await linkedPair(world.db, ["Ava", "Ben"]);
    await world.db.user.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { timeZone: ZONE } });
    const { id } = await as(a).commitment.create({
      title: "C19TITLE walk",
      who: "both",
      cadence: { kind: "daily" },
    });
    const today = localDate(new Date(), ZONE);
    await as(a).commitment.checkIn({
      commitmentId: id,
      day: today,
      outcome: "kept",
      note: "C19NOTE",
      noteShared: true,
    });
    // Ben checks in on a day of his break: not Ava's to see, in the summary either.
    await as(b).sharingBreak.start({ days: 1 });
    await as(b).commitment.checkIn({ commitmentId: id, day: today, outcome: "kept", noteShared: false });
    await send();
    await confirm(a);
    const tomorrow = addDays(today, 1);
    await as(a).mail.updateSettings({
      ...reminderSettings(),
      choices: { "partner-news": true, reminders: false, "weekly-summary": true },
      weeklySummaryDay: dayOfWeek(tomorrow),
    });
    const at = new Date(zonedInstant(tomorrow, "08:00", ZONE).getTime() + 5 * 60_000);
    // Not on another weekday.
    expect(await queueWeeklySummaries(world.db, new Date(at.getTime() - 86_400_000))).toBe(0);
    expect(await queueWeeklySummaries(world.db, at)).toBe(1);
    expect(await queueWeeklySummaries(world.db, new Date(at.getTime() + 60_000))).toBe(0);
    await send();
    const [mail] = await world.smtp.waitFor(a.email, { subject: "Your week on Kept" });
    expect(mail?.text).toContain("You: 1 check-in, 1 kept.");
    expect(mail?.text).toContain("Ben: 0 check-ins, 0 kept.");
    expect(mail?.text).not.toContain("C19");
    expect(mail?.html).not.toContain("C19");
  });
});
