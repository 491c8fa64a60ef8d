// Issue #7, suite 1: every tRPC procedure × {anonymous, self, partner, stranger, ex-partner}.
// The procedures come from the router itself, so a new procedure without a row fails this file.
// Each row gets a fresh world; "self" is Ava, linked with Ben (partner); Sam and Tess are another
// couple (stranger = Sam); Eli was Ava's partner before Ben (ex-partner). Ava and Ben's couple
// data carries the word C1SECRET, Ava's private note C1PRIVATE: neither may reach anyone who
// shouldn't see it, through any answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/domain/commitment/schedule";
import { allChoices } from "@/domain/notification/schemas";
import { appRouter } from "@/server/api/root";
import type { Db } from "@/server/db";
import { decodeLiveEventId } from "@/server/live/event-id";
import { callerFor, failure, signIn, type TestUser } from "../support/callers";
import { createTestDb } from "../support/test-db";
import { ACTORS, type Actor, type World, world } from "../support/world";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

type Outcome = "OK" | "UNAUTHORIZED" | "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "BAD_REQUEST";

// Streams (notification.onChange) opened by the matrix end with the file.
const streams = new AbortController();
afterAll(() => streams.abort());
const as = (u: TestUser | null) => callerFor(db, u?.claims ?? null, undefined, streams.signal);

type Row = {
  /** The call, as each actor makes it (the same ids for everyone unless the input is personal). */
  call: (caller: ReturnType<typeof as>, w: World, actor: Actor) => Promise<unknown>;
  expect: Record<Actor, Outcome>;
};

const ANON = { anonymous: "UNAUTHORIZED" } as const;
/** Couple data: members may, nobody else can tell it exists. */
const MEMBERS = { ...ANON, stranger: "NOT_FOUND", ex: "NOT_FOUND", partner: "OK", self: "OK" } as const;
/** Anything that needs a current couple: the stranger acts in their own couple, the ex has none. */
const LINKED = { ...ANON, stranger: "OK", ex: "NOT_FOUND", partner: "OK", self: "OK" } as const;
/** Each person's own account. */
const OWN = { ...ANON, stranger: "OK", ex: "OK", partner: "OK", self: "OK" } as const;
/** Only Ava may (her own thing); Ben is told it isn't his; the rest can't see it. */
const SELF_ONLY = { ...MEMBERS, partner: "FORBIDDEN" } as const;
/** Only Ben may (answering what Ava did); Ava is told she can't answer herself. */
const PARTNER_ONLY = { ...MEMBERS, self: "BAD_REQUEST" } as const;

const boundaryText = {
  title: "A new boundary",
  description: "What it means in practice",
  category: "communication" as const,
  owner: "ours" as const,
};
const amendsText = { whatIDid: "What I did", impact: "The impact", different: "What I'll do" };
const talkAnswers = { appreciation: "a", wentWell: "w", hard: "h", request: "r", submit: true };
/** A public procedure refusing a made-up link alike for everyone. */
const ALL_REFUSED = {
  anonymous: "BAD_REQUEST",
  stranger: "BAD_REQUEST",
  ex: "BAD_REQUEST",
  partner: "BAD_REQUEST",
  self: "BAD_REQUEST",
} as const;
const fresh = () => `x${Math.random().toString(36).slice(2)}@example.test`;

const MATRIX: Record<string, Row> = {
  "auth.signUp": {
    call: (c) =>
      c.auth.signUp({ name: "New", email: fresh(), password: "a calm and long passphrase", timeZone: "UTC" }),
    expect: { anonymous: "OK", stranger: "OK", ex: "OK", partner: "OK", self: "OK" },
  },
  // Public: the same answer for everyone, with an account or not.
  "auth.requestPasswordReset": {
    call: (c, w, actor) => c.auth.requestPasswordReset({ email: w.users[actor]?.email ?? fresh() }),
    expect: { anonymous: "OK", stranger: "OK", ex: "OK", partner: "OK", self: "OK" },
  },
  // A link nobody was given works for nobody, signed in or not.
  "auth.resetPassword": {
    call: (c) => c.auth.resetPassword({ token: "A".repeat(43), password: "a brand new passphrase" }),
    expect: ALL_REFUSED,
  },
  "mail.settings": { call: (c) => c.mail.settings(), expect: OWN },
  "mail.updateSettings": {
    call: (c) =>
      c.mail.updateSettings({
        choices: { "partner-news": false, reminders: false, "weekly-summary": false },
        titles: false,
        reminderTime: "08:00",
        quietFrom: "22:00",
        quietTo: "07:00",
        weeklySummaryDay: 0,
      }),
    expect: OWN,
  },
  // Mail is off in this suite (no SMTP_URL): each person is told so; tests/integration/mail-reminders.test.ts sends.
  "mail.resendVerification": {
    call: (c) => c.mail.resendVerification(),
    expect: { ...ALL_REFUSED, ...ANON },
  },
  // A link nobody was given confirms nothing, signed in or not.
  "auth.verifyEmail": {
    call: (c, w, actor) =>
      c.auth.verifyEmail({ userId: w.users[actor]?.id ?? "nobody", token: "A".repeat(43) }),
    expect: ALL_REFUSED,
  },
  "user.me": { call: (c) => c.user.me(), expect: OWN },
  "account.export": { call: (c) => c.account.export(), expect: OWN },
  "account.delete": {
    call: (c, w, actor) =>
      c.account.delete({ password: w.users[actor]?.password ?? "a calm and long passphrase" }),
    expect: OWN,
  },
  "user.updateProfile": {
    call: (c, w, actor) =>
      c.user.updateProfile({
        name: w.users[actor]?.name ?? "Nobody",
        timeZone: "Europe/Berlin",
        weekStartsOn: 1,
      }),
    expect: OWN,
  },
  "user.changePassword": {
    call: (c, w, actor) =>
      c.user.changePassword({
        currentPassword: w.users[actor]?.password ?? "a calm and long passphrase",
        newPassword: "another long passphrase",
      }),
    expect: OWN,
  },
  // Each actor moves their own account to a free address: nobody reaches another's.
  "user.changeEmail": {
    call: (c, w, actor) =>
      c.user.changeEmail({
        email: `moved-${actor}-${Math.random().toString(36).slice(2)}@example.test`,
        currentPassword: w.users[actor]?.password ?? "a calm and long passphrase",
      }),
    expect: OWN,
  },
  "user.setTheme": { call: (c) => c.user.setTheme({ theme: "dark" }), expect: OWN },
  "user.signOutEverywhere": { call: (c) => c.user.signOutEverywhere(), expect: OWN },
  "session.list": { call: (c) => c.session.list(), expect: OWN },
  // Everyone tries to sign Ava's device out: only Ava can; for anyone else it doesn't exist.
  "session.end": {
    call: (c, w) => c.session.end({ id: w.users.self?.claims.sessionId ?? "none" }),
    expect: {
      anonymous: "UNAUTHORIZED",
      stranger: "NOT_FOUND",
      ex: "NOT_FOUND",
      partner: "NOT_FOUND",
      self: "OK",
    },
  },
  "notification.list": { call: (c) => c.notification.list(), expect: OWN },
  "notification.count": { call: (c) => c.notification.count(), expect: OWN },
  "notification.listWaiting": { call: (c) => c.notification.listWaiting(), expect: OWN },
  "notification.markRead": {
    call: (c, w) => c.notification.markRead({ id: w.eliNotification }),
    expect: { ...ANON, stranger: "NOT_FOUND", ex: "OK", partner: "NOT_FOUND", self: "NOT_FOUND" },
  },
  "notification.markAllRead": { call: (c) => c.notification.markAllRead(), expect: OWN },
  "notification.settings": { call: (c) => c.notification.settings(), expect: OWN },
  "notification.updateSettings": {
    call: (c) => c.notification.updateSettings({ choices: allChoices(false) }),
    expect: OWN,
  },
  "invite.current": { call: (c) => c.invite.current(), expect: OWN },
  "invite.create": {
    call: (c) => c.invite.create(),
    expect: { ...ANON, stranger: "CONFLICT", ex: "OK", partner: "CONFLICT", self: "CONFLICT" },
  },
  // Mail is off in this suite: the one person free to invite is told so (mail-invite in mail-news.test.ts sends).
  "invite.sendByEmail": {
    call: (c) => c.invite.sendByEmail({ email: fresh() }),
    expect: { ...ANON, stranger: "CONFLICT", ex: "BAD_REQUEST", partner: "CONFLICT", self: "CONFLICT" },
  },
  "invite.revoke": { call: (c) => c.invite.revoke(), expect: OWN },
  "invite.preview": { call: (c, w) => c.invite.preview({ token: w.inviteToken }), expect: OWN },
  "invite.accept": {
    call: (c, w) => c.invite.accept({ token: w.inviteToken }),
    expect: { ...ANON, stranger: "CONFLICT", ex: "OK", partner: "CONFLICT", self: "CONFLICT" },
  },
  "invite.decline": { call: (c, w) => c.invite.decline({ token: w.inviteToken }), expect: OWN },
  "couple.get": { call: (c) => c.couple.get(), expect: LINKED },
  "couple.unlink": { call: (c) => c.couple.unlink(), expect: LINKED },
  "boundary.list": { call: (c) => c.boundary.list({ view: "all" }), expect: LINKED },
  "boundary.archive": { call: (c) => c.boundary.archive(), expect: OWN },
  "boundary.get": { call: (c, w) => c.boundary.get({ id: w.pending.id }), expect: MEMBERS },
  "boundary.propose": { call: (c) => c.boundary.propose(boundaryText), expect: LINKED },
  "boundary.agree": {
    call: (c, w) => c.boundary.agree({ ...w.pending, versionNumber: 1 }),
    // Not your turn (a proposal waits on the other person) is a state, not a permission.
    expect: { ...MEMBERS, self: "CONFLICT" },
  },
  "boundary.edit": {
    // The author amends their proposal; the partner's edit is a counter-proposal.
    call: (c, w) => c.boundary.edit({ ...w.pending, text: boundaryText }),
    expect: MEMBERS,
  },
  "boundary.decline": {
    call: (c, w) => c.boundary.decline(w.pending),
    expect: { ...MEMBERS, self: "CONFLICT" },
  },
  "boundary.withdraw": {
    call: (c, w) => c.boundary.withdraw(w.pending),
    expect: { ...MEMBERS, partner: "CONFLICT" },
  },
  "boundary.proposeRevision": {
    call: (c, w) => c.boundary.proposeRevision({ id: w.active.id, rev: 1, text: boundaryText }),
    expect: MEMBERS,
  },
  "boundary.proposeRetire": {
    call: (c, w) => c.boundary.proposeRetire({ id: w.active.id, rev: 1 }),
    expect: MEMBERS,
  },
  "boundary.setReview": {
    call: (c, w) => c.boundary.setReview({ id: w.active.id, rev: 1, reviewOn: addDays(w.today, 90) }),
    expect: MEMBERS,
  },
  "boundary.review": {
    call: (c, w) => c.boundary.review({ id: w.active.id, rev: 1, answer: "keep" }),
    expect: MEMBERS,
  },
  "boundary.respect": {
    call: (c, w) => c.boundary.respect({ id: w.active.id, respected: true }),
    expect: MEMBERS,
  },
  "commitment.list": { call: (c) => c.commitment.list({ view: "active" }), expect: LINKED },
  "commitment.boundaryOptions": { call: (c) => c.commitment.boundaryOptions(), expect: LINKED },
  "commitment.today": { call: (c) => c.commitment.today({}), expect: LINKED },
  "commitment.get": { call: (c, w) => c.commitment.get({ id: w.avasOwn }), expect: MEMBERS },
  "commitment.create": {
    call: (c) => c.commitment.create({ title: "Something new", who: "me", cadence: { kind: "daily" } }),
    expect: LINKED,
  },
  "commitment.edit": {
    call: (c, w) => c.commitment.edit({ id: w.avasOwn, title: "Changed", cadence: { kind: "daily" } }),
    expect: SELF_ONLY,
  },
  "commitment.archive": {
    call: (c, w) => c.commitment.archive({ id: w.avasOwn, archived: true }),
    expect: SELF_ONLY,
  },
  "commitment.pause": {
    call: (c, w) => c.commitment.pause({ commitmentId: w.avasOwn, from: w.today, to: w.today }),
    expect: SELF_ONLY,
  },
  "commitment.unpause": {
    call: (c, w) => c.commitment.unpause({ id: w.avasPause }),
    expect: { ...MEMBERS, partner: "NOT_FOUND" },
  },
  "commitment.checkIn": {
    call: (c, w) =>
      c.commitment.checkIn({ commitmentId: w.avasOwn, day: w.today, outcome: "missed", noteShared: false }),
    expect: SELF_ONLY,
  },
  // Only Ava can take back her own check-in (made moments ago); for anyone else it doesn't exist.
  "commitment.undoCheckIn": {
    call: (c, w) => c.commitment.undoCheckIn({ id: w.avasCheckIn }),
    expect: { ...MEMBERS, partner: "NOT_FOUND" },
  },
  "commitment.acknowledge": {
    call: (c, w) => c.commitment.acknowledge({ checkInId: w.avasCheckIn, kind: "noticed" }),
    expect: PARTNER_ONLY,
  },
  "commitment.unacknowledge": {
    call: (c, w) => c.commitment.unacknowledge({ id: w.bensCheckIn }),
    expect: { ...MEMBERS, partner: "BAD_REQUEST" },
  },
  "consistency.dashboard": { call: (c) => c.consistency.dashboard({}), expect: LINKED },
  // Issue #21. Ava's draft doesn't exist for Ben; her shared amends is the couple's.
  "amends.list": { call: (c) => c.amends.list(), expect: LINKED },
  "amends.get": { call: (c, w) => c.amends.get({ id: w.avasAmends }), expect: MEMBERS },
  "amends.archive": { call: (c) => c.amends.archive(), expect: OWN },
  "amends.create": { call: (c) => c.amends.create(amendsText), expect: LINKED },
  "amends.edit": {
    call: (c, w) => c.amends.edit({ id: w.avasDraft, rev: 0, ...amendsText }),
    expect: { ...MEMBERS, partner: "NOT_FOUND" },
  },
  "amends.share": {
    call: (c, w) => c.amends.share({ id: w.avasDraft, rev: 0 }),
    expect: { ...MEMBERS, partner: "NOT_FOUND" },
  },
  "amends.deleteDraft": {
    call: (c, w) => c.amends.deleteDraft({ id: w.avasDraft }),
    expect: { ...MEMBERS, partner: "NOT_FOUND" },
  },
  "amends.answer": {
    call: (c, w) => c.amends.answer({ id: w.avasAmends, answer: "received" }),
    expect: PARTNER_ONLY,
  },
  "amends.followUp": {
    call: (c, w) => c.amends.followUp({ id: w.avasAmends, note: "More" }),
    expect: MEMBERS,
  },
  "amends.markTalked": { call: (c, w) => c.amends.markTalked({ id: w.avasAmends }), expect: MEMBERS },
  "amends.followThrough": {
    call: (c, w) => c.amends.followThrough({ id: w.avasAmends, as: "commitment", title: "Ask first" }),
    expect: SELF_ONLY,
  },
  "talk.get": { call: (c) => c.talk.get({}), expect: LINKED },
  "talk.list": { call: (c) => c.talk.list(), expect: LINKED },
  "talk.archive": { call: (c) => c.talk.archive(), expect: OWN },
  "talk.setDay": { call: (c) => c.talk.setDay({ day: 3 }), expect: LINKED },
  // Ava already shared this week's answers; the other couple has no talk day yet.
  "talk.save": {
    call: (c, w) => c.talk.save({ week: w.today, ...talkAnswers }),
    expect: { ...LINKED, self: "CONFLICT", stranger: "CONFLICT" },
  },
  "talk.skip": {
    call: (c, w) => c.talk.skip({ week: w.today, skipped: true }),
    expect: { ...LINKED, stranger: "CONFLICT" },
  },
  "talk.reflect": {
    call: (c, w) => c.talk.reflect({ answerId: w.avasLastTalk, prompt: "request", text: "I heard" }),
    expect: PARTNER_ONLY,
  },
  "talk.confirm": {
    call: (c, w) => c.talk.confirm({ reflectionId: w.bensReflection, verdict: "yes" }),
    expect: { ...MEMBERS, partner: "BAD_REQUEST" },
  },
  "talk.followThrough": {
    call: (c, w) => c.talk.followThrough({ id: w.avasLastTalk, as: "commitment", title: "Call if late" }),
    expect: SELF_ONLY,
  },
  "journey.get": { call: (c) => c.journey.get({}), expect: LINKED },
  "sharingBreak.get": { call: (c) => c.sharingBreak.get(), expect: LINKED },
  "counselor.summary": { call: (c) => c.counselor.summary({ includeMyNotes: true }), expect: LINKED },
  "counselor.shares": { call: (c) => c.counselor.shares(), expect: LINKED },
  "counselor.propose": { call: (c) => c.counselor.propose({}), expect: LINKED },
  // Ava proposes; only Ben can confirm.
  "counselor.approve": {
    call: async (c, w) => {
      const { id } = await as(w.users.self).counselor.propose({});
      return c.counselor.approve({ id, includeMyNotes: false });
    },
    expect: { ...MEMBERS, self: "FORBIDDEN" },
  },
  "counselor.revoke": {
    call: async (c, w) => {
      const { id } = await as(w.users.self).counselor.propose({});
      return c.counselor.revoke({ id });
    },
    expect: MEMBERS,
  },
  // The link is the credential (no account): anyone holding a token reads that summary, and it is
  // only its own couple's. Here Sam and Tess's link: nothing of Ava and Ben's is in it.
  "counselor.view": {
    call: async (c, w) => {
      const sam = w.users.stranger;
      const { id } = await as(sam).counselor.propose({});
      const tess = await db.coupleMember.findFirstOrThrow({
        where: {
          userId: { not: sam?.id },
          activeUserId: { not: null },
          couple: { members: { some: { userId: sam?.id } } },
        },
      });
      const { url } = await callerFor(db, await signIn(db, tess.userId)).counselor.approve({
        id,
        includeMyNotes: true,
      });
      return c.counselor.view({ token: url.split("/c/")[1] ?? "" });
    },
    expect: { anonymous: "OK", stranger: "OK", ex: "OK", partner: "OK", self: "OK" },
  },
  "sharingBreak.start": { call: (c) => c.sharingBreak.start({ days: 2 }), expect: LINKED },
  // Ava is on a break: only she can end it.
  "sharingBreak.end": {
    call: async (c, w) => {
      await as(w.users.self)
        .sharingBreak.start({ days: 2 })
        .catch(() => null);
      return c.sharingBreak.end();
    },
    expect: { ...MEMBERS, partner: "NOT_FOUND" },
  },
  // Ava has shared how she felt in the open conversation; the earlier one went through every step.
  "repairTalk.list": { call: (c) => c.repairTalk.list(), expect: LINKED },
  "repairTalk.archive": { call: (c) => c.repairTalk.archive(), expect: OWN },
  "repairTalk.linkOptions": { call: (c) => c.repairTalk.linkOptions(), expect: LINKED },
  "repairTalk.get": { call: (c, w) => c.repairTalk.get({ id: w.repairTalk }), expect: MEMBERS },
  "repairTalk.start": { call: (c) => c.repairTalk.start({ about: "The argument" }), expect: LINKED },
  "repairTalk.save": {
    call: (c, w) =>
      c.repairTalk.save({ id: w.repairTalk, step: "felt", feelings: ["sad"], text: "t", share: true }),
    expect: { ...MEMBERS, self: "CONFLICT" },
  },
  "repairTalk.hearAgain": {
    call: (c, w) => c.repairTalk.hearAgain({ id: w.repairTalk, text: "I heard" }),
    expect: { ...MEMBERS, self: "CONFLICT", partner: "CONFLICT" },
  },
  "repairTalk.confirm": {
    call: (c, w) => c.repairTalk.confirm({ answerId: w.avasHeard, verdict: "yes" }),
    expect: PARTNER_ONLY,
  },
  "repairTalk.stop": {
    call: (c, w) => c.repairTalk.stop({ id: w.repairTalk, to: "weekly-talk" }),
    expect: MEMBERS,
  },
  "repairTalk.followThrough": {
    call: (c, w) => c.repairTalk.followThrough({ id: w.avasPlan, as: "commitment", title: "Pause first" }),
    expect: SELF_ONLY,
  },
  // Both want the walk Ben put on today; Ava has answered about it; her own idea is the couple's.
  "qualityTime.ideas": { call: (c) => c.qualityTime.ideas(), expect: LINKED },
  "qualityTime.list": { call: (c) => c.qualityTime.list(), expect: LINKED },
  "qualityTime.get": { call: (c, w) => c.qualityTime.get({ id: w.qualityTime }), expect: MEMBERS },
  "qualityTime.mark": {
    call: (c, w) => c.qualityTime.mark({ ideaKey: w.avasIdea, choice: "maybe" }),
    expect: MEMBERS,
  },
  "qualityTime.addIdea": {
    call: (c) => c.qualityTime.addIdea({ title: "Tea on the roof", kind: "at-home", effort: "small" }),
    expect: LINKED,
  },
  // The stranger's couple doesn't want the walk (yet): only an idea both want goes on a day.
  "qualityTime.schedule": {
    call: (c, w) => c.qualityTime.schedule({ ideaKey: w.walk, day: addDays(w.today, 1) }),
    expect: { ...LINKED, stranger: "CONFLICT" },
  },
  "qualityTime.reflect": {
    call: (c, w) => c.qualityTime.reflect({ id: w.qualityTime, moment: "The light", closeness: 3 }),
    expect: { ...MEMBERS, self: "CONFLICT" },
  },
  "repairTalk.makeAmends": {
    call: (c, w) =>
      c.repairTalk.makeAmends({ id: w.avasPart, whatIDid: "w", impact: "i", different: "d", share: true }),
    expect: SELF_ONLY,
  },
  "timeOut.get": { call: (c) => c.timeOut.get(), expect: LINKED },
  // Ava is on a time-out already; only she can come back from it.
  "timeOut.start": { call: (c) => c.timeOut.start({ minutes: 20 }), expect: { ...LINKED, self: "CONFLICT" } },
  "timeOut.back": { call: (c) => c.timeOut.back(), expect: { ...MEMBERS, partner: "NOT_FOUND" } },
  // The live stream, replayed from the first event: each person's own stream; outsiders get
  // nothing of Ava and Ben's couple (and nothing addressed to them).
  "notification.onChange": {
    call: async (c, w, actor) => {
      const iterator = (
        (await c.notification.onChange({ lastEventId: "0" })) as AsyncIterable<[string, unknown]>
      )[Symbol.asyncIterator]();
      // The backlog comes at once; the stream then waits (closed with the file's streams).
      // Each stream's ids are its own (encrypted per person): decoded with the actor's key.
      const me = w.users[actor]?.id ?? "";
      const ids: number[] = [];
      for (;;) {
        const quiet = new Promise<"quiet">((r) => setTimeout(() => r("quiet"), 300));
        const got = await Promise.race([iterator.next(), quiet]);
        if (got === "quiet" || got.done) break;
        ids.push(decodeLiveEventId(me, got.value[0]) ?? -1);
      }
      const events = await db.liveEvent.findMany({ where: { id: { in: ids } } });
      const c1 = await db.coupleMember.findFirstOrThrow({
        where: { userId: w.users.self?.id, activeUserId: { not: null } },
      });
      const ava = [w.users.self?.id, w.users.partner?.id];
      if (actor === "stranger" || actor === "ex") {
        expect(events.filter((e) => e.coupleId === c1.coupleId || ava.includes(e.userId ?? ""))).toEqual([]);
      } else {
        expect(events.some((e) => e.coupleId === c1.coupleId)).toBe(true);
      }
      return { events: ids.length };
    },
    expect: OWN,
  },
};

const procedures = Object.keys(appRouter._def.procedures).sort();
const results: { procedure: string; actor: Actor; outcome: string }[] = [];

describe("authorization matrix", () => {
  it("has a row for every procedure the router serves, and no row for one it doesn't", () => {
    expect(procedures.filter((p) => !(p in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((p) => !procedures.includes(p))).toEqual([]);
  });

  it.each(procedures.filter((p) => p in MATRIX))("%s", { timeout: 60_000 }, async (procedure) => {
    const row = MATRIX[procedure];
    if (!row) throw new Error(`no row for ${procedure}`);
    const w = await world(db);
    // Ava with a cookie whose session has since been ended (signed out on that device, a
    // password change, "sign out everywhere"), and with one that names a session that never was:
    // whatever needs a session is refused as if she were signed out, couple or not.
    const self = w.users.self;
    if (row.expect.anonymous === "UNAUTHORIZED" && self) {
      const signedOut = await signIn(db, self.id);
      await db.session.delete({ where: { id: signedOut.sessionId } });
      for (const [what, claims] of [
        ["a signed-out session", signedOut],
        ["an unknown session", { userId: self.id, sessionId: "never-issued" }],
      ] as const) {
        expect(
          (await failure(row.call(callerFor(db, claims, undefined, streams.signal), w, "self"))).code,
          `${procedure} with ${what}`,
        ).toBe("UNAUTHORIZED");
      }
    }
    const seen: Record<string, Outcome | string> = {};
    // Those expected to fail go first, so a success can't change what the others meet; actors
    // expected to succeed each get a world of their own when more than one would.
    const order = [...ACTORS].sort((x, y) => Number(row.expect[x] === "OK") - Number(row.expect[y] === "OK"));
    let first = true;
    for (const actor of order) {
      const expected = row.expect[actor];
      const here = expected === "OK" && !first ? await world(db) : w;
      if (expected === "OK") first = false;
      const user = here.users[actor];
      const outcome = await failure(
        row.call(as(user), here, actor).then((value) => {
          const text = JSON.stringify(value ?? null);
          // Zero cross-couple reads: nothing of Ava and Ben's reaches outsiders, and Ava's
          // private note never reaches Ben.
          if (actor !== "self" && actor !== "partner")
            expect(text, `${procedure} as ${actor}`).not.toContain("C1SECRET");
          if (actor !== "self") expect(text, `${procedure} as ${actor}`).not.toContain("C1PRIVATE");
          return value;
        }),
      );
      seen[actor] = outcome.code;
      results.push({ procedure, actor, outcome: outcome.code });
    }
    expect(seen).toEqual(row.expect);
  });
});

afterAll(() => {
  const calls = results.length;
  const crossCouple = results.filter(
    (r) => (r.actor === "stranger" || r.actor === "ex" || r.actor === "anonymous") && r.outcome === "OK",
  ).length;
  process.stdout.write(
    `\nAuthorization matrix: ${new Set(results.map((r) => r.procedure)).size} procedures × ${ACTORS.length} actors = ${calls} calls; ` +
      `${crossCouple} outsider calls answered (each checked to carry none of the couple's data)\n`,
  );
});
