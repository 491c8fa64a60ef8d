// Issue #19: partner news by mail, against a real SMTP server: gathered into one mail per 15
// minutes, no intimate text by default, titles only when allowed, one-click unsubscribe (RFC 8058)
// that works without signing in and changes only its category.
import { describe, expect, it, vi } from "vitest";
import { localDate } from "@/domain/commitment/schedule";
import { NEWS_GATHER_MS } from "@/server/mail/partner-news";
import { handleUnsubscribe } from "@/server/mail/unsubscribe";
import { callerFor, failure, signUp, type TestUser } from "../support/callers";
import { linkedPair as linkedPairUnconfirmed, tokenOf } from "../support/couples";
import { mailWorld, sendDue } from "../support/mail";

vi.hoisted(() => {
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  process.env.APP_URL = "https://kept.example.test";
});

const world = mailWorld();

/** Partner news goes only to confirmed addresses: both confirm theirs. */
async function linkedPair(names?: [string, string]) {
  const pair = await linkedPairUnconfirmed(world.db, names);
  await world.db.user.updateMany({
    where: { id: { in: [pair.a.id, pair.b.id] } },
    data: { emailVerifiedAt: new Date() },
  });
  return pair;
}

const as = (u: TestUser) => callerFor(world.db, u.claims);
const SECRET = {
  title: "C19TITLE phones away",
  description: "C19DESCRIPTION both of us",
  note: "C19NOTE because",
};
const proposal = {
  title: SECRET.title,
  description: SECRET.description,
  category: "communication",
  owner: "ours",
} as const;

/** Sends what is due at `at` (the worker's clock). */
const sendDueAt = (at: Date) => sendDue(world, at);

/** A header as it was sent (mailparser folds List-* headers into one parsed object). */
const header = (mail: { headerLines: readonly { key: string; line: string }[] } | undefined, name: string) =>
  mail?.headerLines
    .find((h) => h.key === name)
    ?.line.slice(name.length + 1)
    .replace(/\r?\n\s+/g, " ")
    .trim();

const later = () => new Date(Date.now() + NEWS_GATHER_MS + 60_000);

describe("partner news", () => {
  it("gathers what happens within 15 minutes into one mail that holds no intimate text", async () => {
    const { a, b } = await linkedPair();
    const first = await as(a).boundary.propose({ ...proposal, note: SECRET.note });
    await as(a).boundary.propose({ ...proposal, title: `${SECRET.title} 2` });
    await as(a).boundary.withdraw({ id: first.id, rev: 0, note: SECRET.note });
    const rows = await world.db.mailOutbox.findMany({ where: { userId: b.id, kind: "partner-news" } });
    expect(rows).toHaveLength(1);
    // Nothing is sent before the 15 minutes are over.
    await sendDueAt(new Date());
    expect(
      (await world.db.mailOutbox.findFirst({ where: { userId: b.id, kind: "partner-news" } }))?.status,
    ).toBe("pending");
    await sendDueAt(later());
    // The withdrawn proposal no longer asks by the time the mail goes: only the other one is left.
    const [mail] = await world.smtp.waitFor(b.email, { subject: "News from Ava on Kept" });
    if (!mail) throw new Error("no mail");
    expect((mail.text ?? "").match(/Ava proposed a boundary and is waiting for your answer\./g)).toHaveLength(
      1,
    );
    expect(mail.text).toContain("https://kept.example.test/notifications");
    expect(mail.html).toContain("Ava proposed a boundary");
    expect(header(mail, "list-unsubscribe")).toMatch(
      /^<https:\/\/kept\.example\.test\/api\/mail\/unsubscribe\?u=/,
    );
    expect(header(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(mail.messageId).toMatch(/^<[a-z0-9]+@kept\.example\.test>$/);
    const everything = `${mail.subject}\n${mail.text}\n${mail.html}\n${mail.headerLines.map((h) => h.line).join("\n")}`;
    for (const secret of Object.values(SECRET)) expect(everything).not.toContain(secret);
    // The withdrawal is not partner news; the proposer gets nothing by mail.
    expect(await world.db.mailOutbox.count({ where: { userId: a.id, kind: "partner-news" } })).toBe(0);
  });

  it("a request answered before the mail goes drops the mail; one answered in part is rewritten", async () => {
    const { a, b } = await linkedPair(["Noa", "Jordan"]);
    const first = await as(a).boundary.propose(proposal);
    await as(b).boundary.agree({ id: first.id, rev: 0, versionNumber: 1 });
    await sendDueAt(later());
    const dropped = await world.db.mailOutbox.findFirst({ where: { userId: b.id, kind: "partner-news" } });
    expect(dropped).toMatchObject({ status: "dropped", subject: "", text: "", payload: null });

    // Noa proposes two; Jordan suggests an edit to one, Noa suggests one back: one question each.
    const one = await as(a).boundary.propose({ ...proposal, title: "One" });
    const two = await as(a).boundary.propose({ ...proposal, title: "Two" });
    await as(b).boundary.edit({ id: one.id, rev: 0, text: { ...proposal, title: "One, edited" } });
    await as(a).boundary.edit({ id: one.id, rev: 1, text: { ...proposal, title: "One, again" } });
    await as(b).boundary.agree({ id: two.id, rev: 0, versionNumber: 1 });
    await sendDueAt(new Date(Date.now() + 2 * (NEWS_GATHER_MS + 60_000)));
    const [mail] = await world.smtp.waitFor(b.email, { subject: "News from Noa on Kept" });
    expect(mail?.text).toContain("Noa suggested an edit and is waiting for your answer.");
    expect(mail?.text).not.toContain("proposed a boundary");
    expect(`${mail?.text}${mail?.html}`).not.toMatch(/counter/i);
  });

  it("names what it is about only for someone who allowed titles", async () => {
    const { a, b } = await linkedPair();
    await as(b).mail.updateSettings({
      choices: { "partner-news": true, reminders: false, "weekly-summary": false },
      titles: true,
      reminderTime: "08:00",
      quietFrom: "22:00",
      quietTo: "07:00",
      weeklySummaryDay: 0,
    });
    await as(a).boundary.propose({ ...proposal, note: SECRET.note });
    await sendDueAt(later());
    const [mail] = await world.smtp.waitFor(b.email, { subject: "News from Ava on Kept" });
    expect(mail?.text).toContain(SECRET.title);
    expect(mail?.text).not.toContain(SECRET.description);
    expect(mail?.text).not.toContain(SECRET.note);
  });

  it("tells of an acknowledgement and of the end of the link", async () => {
    const { a, b } = await linkedPair(["Cleo", "Dev"]);
    const { id } = await as(a).commitment.create({
      title: SECRET.title,
      who: "me",
      cadence: { kind: "daily" },
    });
    const checkIn = await as(a).commitment.checkIn({
      commitmentId: id,
      day: localDate(new Date(), "Europe/Berlin"),
      outcome: "kept",
      note: SECRET.note,
      noteShared: true,
    });
    await as(b).commitment.acknowledge({ checkInId: checkIn.id, kind: "noticed" });
    await as(b).couple.unlink();
    await sendDueAt(later());
    const [mail] = await world.smtp.waitFor(a.email, { subject: "2 things happened on Kept" });
    expect(mail?.text).toContain("Dev noticed your check-in.");
    expect(mail?.text).toContain("Dev ended your link.");
    expect(mail?.text).not.toContain(SECRET.title);
    expect(mail?.text).not.toContain(SECRET.note);
  });

  it("unsubscribes one category with one click, without signing in", async () => {
    const { a, b } = await linkedPair();
    await as(b).mail.updateSettings({
      choices: { "partner-news": true, reminders: true, "weekly-summary": true },
      titles: false,
      reminderTime: "08:00",
      quietFrom: "22:00",
      quietTo: "07:00",
      weeklySummaryDay: 0,
    });
    await as(a).boundary.propose(proposal);
    await sendDueAt(later());
    const [mail] = await world.smtp.waitFor(b.email, { subject: "News from Ava on Kept" });
    const url = /<(.+)>/.exec(header(mail, "list-unsubscribe") ?? "")?.[1] ?? "";
    const post = (target: string) =>
      handleUnsubscribe(
        world.db,
        new Request(target, {
          method: "POST",
          body: "List-Unsubscribe=One-Click",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
        }),
      );
    // A changed category or a made-up signature changes nothing.
    expect((await post(url.replace("c=partner-news", "c=reminders"))).status).toBe(400);
    expect((await post(url.replace(/t=[^&]+/, "t=forged"))).status).toBe(400);
    expect((await as(b).mail.settings()).categories.every((c) => c.on)).toBe(true);

    expect((await post(url)).status).toBe(200);
    const after = await as(b).mail.settings();
    expect(Object.fromEntries(after.categories.map((c) => [c.category, c.on]))).toEqual({
      "partner-news": false,
      reminders: true,
      "weekly-summary": true,
    });
    await as(a).boundary.propose({ ...proposal, title: "Another" });
    expect(
      await world.db.mailOutbox.count({ where: { userId: b.id, kind: "partner-news", status: "pending" } }),
    ).toBe(0);
  });
});

describe("partner news to an unconfirmed address", () => {
  it("is never queued, and a sent mail keeps its status but not its text, links or id", async () => {
    const { a, b } = await linkedPairUnconfirmed(world.db);
    await as(a).boundary.propose(proposal);
    expect(await world.db.mailOutbox.count({ where: { userId: b.id, kind: "partner-news" } })).toBe(0);
    await world.db.user.update({ where: { id: b.id }, data: { emailVerifiedAt: new Date() } });
    await as(a).boundary.propose({ ...proposal, title: "Another one" });
    await sendDueAt(later());
    const [mail] = await world.smtp.waitFor(b.email);
    const row = await world.db.mailOutbox.findFirstOrThrow({ where: { userId: b.id, kind: "partner-news" } });
    expect(row).toMatchObject({
      status: "sent",
      subject: "",
      html: "",
      text: "",
      headers: "{}",
      payload: null,
    });
    expect(mail?.messageId).not.toContain(row.id);
    expect(mail?.messageId).toMatch(/^<[a-f0-9]{32}@kept\.example\.test>$/);
  });
});

describe("invite by email", () => {
  it("mails the link and code with the inviter's name, and the link works", async () => {
    const ava = await signUp(world.db, { name: "Ava" });
    const to = `partner-${Date.now()}@example.test`;
    // From an unconfirmed address nothing leaves, the free-text name least of all.
    expect(await failure(as(ava).invite.sendByEmail({ email: to }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Confirm your own email address first"),
    });
    expect(await world.db.mailOutbox.count({ where: { to } })).toBe(0);
    await world.db.user.update({ where: { id: ava.id }, data: { emailVerifiedAt: new Date() } });
    const sent = await as(ava).invite.sendByEmail({ email: to });
    await sendDueAt(new Date());
    const [mail] = await world.smtp.waitFor(to, { subject: "Ava invites you to Kept" });
    expect(mail?.text).toContain(sent.url);
    expect(mail?.text).toContain(sent.code);
    const ben = await signUp(world.db, { name: "Ben" });
    await as(ben).invite.accept({ token: tokenOf(sent.url) });
    expect((await as(ben).couple.get()).partner.name).toBe("Ava");
    const own = await failure(as(ben).invite.sendByEmail({ email: ben.email }));
    expect(own.code).toBe("CONFLICT");
  });
});
