// Issue #19, "verification on change": user.changeEmail against a real SMTP server. The new
// address starts unconfirmed and gets its own link; the old address is told; links for the old
// address stop working; reminders wait for the new one; a taken address answers like a free one.
import { describe, expect, it, vi } from "vitest";
import { localDate } from "@/domain/commitment/schedule";
import { zonedInstant } from "@/domain/mail/reminders";
import { authenticate } from "@/server/auth/credentials";
import { queueDueReminders } from "@/server/mail/reminders";
import { verifyUrl } from "@/server/mail/verify";
import { callerFor, failure, randomIp, signUp, type TestUser } from "../support/callers";
import { linkedPair } from "../support/couples";
import { mailWorld, sendDue } from "../support/mail";

vi.hoisted(() => {
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  process.env.APP_URL = "https://kept.example.test";
});

const world = mailWorld();
const as = (u: TestUser) => callerFor(world.db, u.claims);
const CONFIRM = "Confirm your address for Kept";
const CHANGED = "Your Kept address was changed";
const fresh = (name: string) => `${name}-${Math.random().toString(36).slice(2)}@example.test`;

/** The confirmation link's parts, from a mail's text. */
function linkIn(text: string | undefined) {
  const match = /https:\/\/kept\.example\.test\/verify-email\/([A-Za-z0-9_-]{43})\?u=(\S+)/.exec(text ?? "");
  if (!match?.[1] || !match[2]) throw new Error("no confirmation link");
  return { token: match[1], userId: decodeURIComponent(match[2]) };
}

describe("user.changeEmail", () => {
  it("refuses a wrong password and changes nothing", async () => {
    const user = await signUp(world.db);
    const refused = await failure(
      as(user).user.changeEmail({ email: fresh("moved"), currentPassword: "not my password at all" }),
    );
    expect(refused).toEqual({ code: "BAD_REQUEST", message: "Your current password is not right." });
    const row = await world.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.email).toBe(user.email);
    expect(await world.db.mailOutbox.count({ where: { userId: user.id, kind: "email-changed" } })).toBe(0);
  });

  it("moves the account to an unconfirmed address, mails its link there and tells the old one", async () => {
    const user = await signUp(world.db);
    await sendDue(world);
    const [first] = await world.smtp.waitFor(user.email, { subject: CONFIRM });
    const oldLink = linkIn(first?.text);
    await callerFor(world.db).auth.verifyEmail(oldLink);
    expect((await as(user).mail.settings()).verified).toBe(true);

    const typed = `  Moved-${Math.random().toString(36).slice(2)}@Example.TEST `;
    const next = typed.trim().toLowerCase();
    const answer = await as(user).user.changeEmail({ email: typed, currentPassword: user.password });
    expect(answer).toEqual({ mailEnabled: true });
    const settings = await as(user).mail.settings();
    expect(settings.email).toBe(next);
    expect(settings.verified).toBe(false);
    // Sign-in goes by the new address now.
    expect((await authenticate(world.db, { email: next, password: user.password }, randomIp())).ok).toBe(
      true,
    );

    await sendDue(world);
    const [notice] = await world.smtp.waitFor(user.email, { subject: CHANGED });
    expect(notice?.text).toContain(`Your Kept address was changed to ${next}.`);
    expect(notice?.headerLines.some((h) => h.key.startsWith("list-"))).toBe(false);
    // The old address gets no new confirmation link; the new one does.
    expect(await world.smtp.waitFor(user.email, { subject: CONFIRM })).toHaveLength(1);
    const [mail] = await world.smtp.waitFor(next, { subject: CONFIRM });
    const newLink = linkIn(mail?.text);
    expect(newLink.userId).toBe(user.id);

    // The link mailed for the old address confirms nothing now.
    const stale = await failure(callerFor(world.db).auth.verifyEmail(oldLink));
    expect(stale.code).toBe("BAD_REQUEST");
    expect((await as(user).mail.settings()).verified).toBe(false);

    await callerFor(world.db).auth.verifyEmail(newLink);
    expect((await as(user).mail.settings()).verified).toBe(true);
    // And a link for the new address stops working if the account moves back.
    await as(user).user.changeEmail({ email: user.email, currentPassword: user.password });
    expect((await failure(callerFor(world.db).auth.verifyEmail(newLink))).code).toBe("BAD_REQUEST");
    expect(verifyUrl(user.id, user.email)).toContain(oldLink.token);
  });

  it("answers a taken address like a free one, changes nothing, and tells its owner", async () => {
    const owner = await signUp(world.db);
    const mover = await signUp(world.db);
    const taken = await as(mover).user.changeEmail({
      email: owner.email.toUpperCase(),
      currentPassword: mover.password,
    });
    const free = await as(mover).user.changeEmail({ email: fresh("free"), currentPassword: mover.password });
    expect(taken).toEqual(free);
    expect((await world.db.user.findUniqueOrThrow({ where: { id: owner.id } })).email).toBe(owner.email);
    await sendDue(world);
    const [mail] = await world.smtp.waitFor(owner.email, { subject: "You already have a Kept account" });
    expect(mail?.text).toContain("tried to move another Kept account to this address");
    // Nothing about the mover reached the owner, and the owner's sign-in still works.
    expect(await world.db.mailOutbox.count({ where: { to: owner.email, kind: "verify-email" } })).toBe(1);
    expect(
      (await authenticate(world.db, { email: owner.email, password: owner.password }, randomIp())).ok,
    ).toBe(true);
  });

  it("refuses its own current address and a malformed one, with a clear message", async () => {
    const user = await signUp(world.db);
    const same = await failure(
      as(user).user.changeEmail({ email: user.email.toUpperCase(), currentPassword: user.password }),
    );
    expect(same).toEqual({ code: "BAD_REQUEST", message: "This is already your address." });
    const bad = await failure(as(user).user.changeEmail({ email: "not an address", currentPassword: "x" }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.message).toContain("Enter a valid email address.");
  });

  it("sends no reminder to a changed address until it is confirmed", async () => {
    const zone = "Europe/Berlin";
    const { a: user } = await linkedPair(world.db);
    await world.db.user.update({ where: { id: user.id }, data: { timeZone: zone } });
    await as(user).commitment.create({ title: "Daily walk", who: "me", cadence: { kind: "daily" } });
    await as(user).mail.updateSettings({
      choices: { "partner-news": true, reminders: true, "weekly-summary": false },
      titles: false,
      reminderTime: "08:00",
      quietFrom: "22:00",
      quietTo: "07:00",
      weeklySummaryDay: 0,
    });
    // Confirmed first (as if the link had been opened), then moved.
    await world.db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    const next = fresh("remind");
    await as(user).user.changeEmail({ email: next, currentPassword: user.password });
    const eight = zonedInstant(localDate(new Date(), zone), "08:00", zone);
    const at = new Date(eight.getTime() + 5 * 60_000);
    expect(await queueDueReminders(world.db, at)).toBe(0);
    expect(await world.db.mailOutbox.count({ where: { userId: user.id, kind: "reminder" } })).toBe(0);

    await sendDue(world);
    const [mail] = await world.smtp.waitFor(next, { subject: CONFIRM });
    await callerFor(world.db).auth.verifyEmail(linkIn(mail?.text));
    expect(await queueDueReminders(world.db, at)).toBe(1);
    expect(await world.db.mailOutbox.count({ where: { to: next, kind: "reminder" } })).toBe(1);
  });
});
