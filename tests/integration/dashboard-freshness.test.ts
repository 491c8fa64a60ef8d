// Issue 16: the dashboard cache can't be forgotten. Every mutation procedure the router serves
// (enumerated from the router itself, as the authorization matrix does, so a new mutation without
// a row fails this file) is called after both partners' dashboards were computed and cached; then
// each dashboard as served must equal one computed afresh. A write of dashboard data that doesn't
// go through writeCoupleData (src/server/couple.ts) leaves the old answer in the cache and fails.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/domain/commitment/schedule";
import { allChoices } from "@/domain/notification/schemas";
import { appRouter } from "@/server/api/root";
import { createResetLink } from "@/server/auth/password-reset";
import { forgetComputedDashboards } from "@/server/consistency/dashboard-cache";
import type { Db } from "@/server/db";
import { verifyUrl } from "@/server/mail/verify";
import { callerFor, failure, signIn, type TestUser } from "../support/callers";
import { createTestDb } from "../support/test-db";
import { type World, world } from "../support/world";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

type Caller = ReturnType<typeof callerFor>;
const as = (u: TestUser | null) => callerFor(db, u?.claims ?? null);

type Row = {
  /** A call of the mutation that succeeds in a fresh world. */
  call: (w: World) => Promise<unknown>;
  /** The mutation changes what Ava's dashboard shows: the fresh answer must differ from the first. */
  changes?: true;
};

const boundaryText = {
  title: "A new boundary",
  description: "What it means in practice",
  category: "communication" as const,
  owner: "ours" as const,
};

const ava = (w: World) => as(w.users.self);
const ben = (w: World) => as(w.users.partner);
const eli = (w: World) => as(w.users.ex);

const MUTATIONS: Record<string, Row> = {
  "auth.signUp": {
    call: () =>
      as(null).auth.signUp({
        name: "New",
        email: `x${Math.random().toString(36).slice(2)}@example.test`,
        password: "a calm and long passphrase",
        timeZone: "UTC",
      }),
  },
  "account.delete": {
    call: (w) => ben(w).account.delete({ password: w.users.partner?.password ?? "" }),
    changes: true,
  },
  // Issue #20: Undo of a one-tap answer takes Ava's check-in back.
  "commitment.undoCheckIn": {
    call: (w) => ava(w).commitment.undoCheckIn({ id: w.avasCheckIn }),
    changes: true,
  },
  "user.updateProfile": {
    call: (w) => ben(w).user.updateProfile({ name: "Benjamin", timeZone: "Asia/Tokyo", weekStartsOn: 3 }),
    changes: true,
  },
  "user.changePassword": {
    call: (w) =>
      ava(w).user.changePassword({
        currentPassword: w.users.self?.password ?? "",
        newPassword: "another long passphrase",
      }),
  },
  "user.changeEmail": {
    call: (w) =>
      ava(w).user.changeEmail({
        email: "ava-moved@example.test",
        currentPassword: w.users.self?.password ?? "",
      }),
  },
  // A theme is how a page looks to its reader: no figure moves.
  "user.setTheme": { call: (w) => ben(w).user.setTheme({ theme: "dark" }) },
  "user.signOutEverywhere": { call: (w) => ben(w).user.signOutEverywhere() },
  "session.end": {
    // Ben signs out a second device of his, so his dashboard can still be asked for afterwards.
    call: async (w) => {
      const claims = await signIn(db, w.users.partner?.id ?? "");
      return callerFor(db, claims).session.end({ id: claims.sessionId });
    },
  },
  "notification.markRead": { call: (w) => eli(w).notification.markRead({ id: w.eliNotification }) },
  "notification.markAllRead": { call: (w) => ben(w).notification.markAllRead() },
  "notification.updateSettings": {
    call: (w) => ben(w).notification.updateSettings({ choices: allChoices(true) }),
  },
  "invite.create": { call: (w) => eli(w).invite.create() },
  // Mail is off in this file: these two are refused, and change nothing either way.
  "invite.sendByEmail": {
    call: (w) =>
      eli(w)
        .invite.sendByEmail({ email: "p@example.test" })
        .catch(() => null),
  },
  "mail.resendVerification": {
    call: (w) =>
      ava(w)
        .mail.resendVerification()
        .catch(() => null),
  },
  "mail.updateSettings": {
    call: (w) =>
      ava(w).mail.updateSettings({
        choices: { "partner-news": true, reminders: true, "weekly-summary": true },
        titles: true,
        reminderTime: "09:00",
        quietFrom: "22:00",
        quietTo: "07:00",
        weeklySummaryDay: 1,
      }),
  },
  "auth.requestPasswordReset": {
    call: (w) => as(null).auth.requestPasswordReset({ email: w.users.self?.email ?? "" }),
  },
  "auth.resetPassword": {
    call: async (w) => {
      const { token } = await createResetLink(db, w.users.self?.id ?? "");
      return as(null).auth.resetPassword({ token, password: "a brand new long passphrase" });
    },
  },
  "auth.verifyEmail": {
    call: (w) => {
      const url = new URL(verifyUrl(w.users.self?.id ?? "", w.users.self?.email ?? ""));
      return as(null).auth.verifyEmail({
        userId: url.searchParams.get("u") ?? "",
        token: url.pathname.split("/").pop() ?? "",
      });
    },
  },
  "invite.revoke": { call: (w) => ava(w).invite.revoke() },
  "invite.accept": { call: (w) => eli(w).invite.accept({ token: w.inviteToken }) },
  "invite.decline": { call: (w) => ava(w).invite.decline({ token: w.inviteToken }) },
  "couple.unlink": { call: (w) => ava(w).couple.unlink(), changes: true },
  "boundary.propose": { call: (w) => ava(w).boundary.propose(boundaryText) },
  "boundary.agree": { call: (w) => ben(w).boundary.agree({ ...w.pending, versionNumber: 1 }) },
  "boundary.edit": { call: (w) => ava(w).boundary.edit({ ...w.pending, text: boundaryText }) },
  "boundary.decline": { call: (w) => ben(w).boundary.decline(w.pending) },
  "boundary.withdraw": { call: (w) => ava(w).boundary.withdraw(w.pending) },
  "boundary.proposeRevision": {
    call: (w) => ava(w).boundary.proposeRevision({ id: w.active.id, rev: 1, text: boundaryText }),
  },
  "boundary.proposeRetire": { call: (w) => ava(w).boundary.proposeRetire({ id: w.active.id, rev: 1 }) },
  "boundary.setReview": {
    call: (w) => ava(w).boundary.setReview({ id: w.active.id, rev: 1, reviewOn: addDays(w.today, 90) }),
  },
  "boundary.review": { call: (w) => ava(w).boundary.review({ id: w.active.id, rev: 1, answer: "keep" }) },
  "boundary.respect": { call: (w) => ava(w).boundary.respect({ id: w.active.id, respected: true }) },
  "commitment.create": {
    call: (w) => ava(w).commitment.create({ title: "Something new", who: "me", cadence: { kind: "daily" } }),
    changes: true,
  },
  "commitment.edit": {
    call: (w) => ava(w).commitment.edit({ id: w.avasOwn, title: "Changed", cadence: { kind: "daily" } }),
    changes: true,
  },
  "commitment.archive": {
    call: (w) => ava(w).commitment.archive({ id: w.avasOwn, archived: true }),
    changes: true,
  },
  "commitment.pause": {
    call: (w) => ava(w).commitment.pause({ commitmentId: w.shared, from: w.today, to: w.today }),
    changes: true,
  },
  "commitment.unpause": { call: (w) => ava(w).commitment.unpause({ id: w.avasPause }), changes: true },
  "commitment.checkIn": {
    call: (w) =>
      ava(w).commitment.checkIn({
        commitmentId: w.avasOwn,
        day: w.today,
        outcome: "missed",
        noteShared: false,
      }),
    changes: true,
  },
  "commitment.acknowledge": {
    call: (w) => ben(w).commitment.acknowledge({ checkInId: w.avasCheckIn, kind: "noticed" }),
  },
  "commitment.unacknowledge": { call: (w) => ava(w).commitment.unacknowledge({ id: w.bensCheckIn }) },
  // Issue #21: amends and talks are never on the dashboard; a follow-through makes a commitment.
  "amends.create": {
    call: (w) => ava(w).amends.create({ whatIDid: "w", impact: "i", different: "d", share: true }),
  },
  "amends.edit": {
    call: (w) => ava(w).amends.edit({ id: w.avasDraft, rev: 0, whatIDid: "w", impact: "i", different: "d" }),
  },
  "amends.share": { call: (w) => ava(w).amends.share({ id: w.avasDraft, rev: 0 }) },
  "amends.deleteDraft": { call: (w) => ava(w).amends.deleteDraft({ id: w.avasDraft }) },
  "amends.answer": { call: (w) => ben(w).amends.answer({ id: w.avasAmends, answer: "received" }) },
  "amends.followUp": { call: (w) => ben(w).amends.followUp({ id: w.avasAmends, note: "n" }) },
  "amends.markTalked": { call: (w) => ben(w).amends.markTalked({ id: w.avasAmends }) },
  "amends.followThrough": {
    call: (w) => ava(w).amends.followThrough({ id: w.avasAmends, as: "commitment", title: "Ask first" }),
    changes: true,
  },
  "talk.setDay": { call: (w) => ben(w).talk.setDay({ day: 2 }) },
  "talk.save": {
    call: (w) =>
      ben(w).talk.save({
        week: w.today,
        appreciation: "a",
        wentWell: "w",
        hard: "h",
        request: "r",
        submit: true,
      }),
  },
  "talk.skip": { call: (w) => ben(w).talk.skip({ week: w.today, skipped: true }) },
  "talk.reflect": {
    call: (w) => ben(w).talk.reflect({ answerId: w.avasLastTalk, prompt: "request", text: "heard" }),
  },
  "talk.confirm": { call: (w) => ava(w).talk.confirm({ reflectionId: w.bensReflection, verdict: "yes" }) },
  "talk.followThrough": {
    call: (w) => ava(w).talk.followThrough({ id: w.avasLastTalk, as: "commitment", title: "Call if late" }),
    changes: true,
  },
  // Ava's break makes her today's check-in count for neither of them and tells Ben she's away.
  // Links for a counselor show nothing on the dashboard.
  "counselor.propose": { call: (w) => ava(w).counselor.propose({}) },
  "counselor.approve": {
    call: async (w) => {
      const { id } = await ava(w).counselor.propose({});
      return ben(w).counselor.approve({ id, includeMyNotes: false });
    },
  },
  "counselor.revoke": {
    call: async (w) => {
      const { id } = await ava(w).counselor.propose({});
      return ben(w).counselor.revoke({ id });
    },
  },
  "sharingBreak.start": { call: (w) => ava(w).sharingBreak.start({ days: 3 }), changes: true },
  "sharingBreak.end": {
    call: async (w) => {
      await ava(w).sharingBreak.start({ days: 3 });
      return ava(w).sharingBreak.end();
    },
  },
  // A repair conversation changes no figure; its plan as a commitment does.
  "repairTalk.start": { call: (w) => ben(w).repairTalk.start({ about: "What happened" }) },
  "repairTalk.save": {
    call: (w) =>
      ben(w).repairTalk.save({ id: w.repairTalk, step: "felt", feelings: ["sad"], text: "t", share: true }),
  },
  "repairTalk.hearAgain": {
    call: (w) =>
      ava(w)
        .repairTalk.hearAgain({ id: w.repairTalk, text: "t" })
        .catch(() => null),
  },
  "repairTalk.confirm": { call: (w) => ben(w).repairTalk.confirm({ answerId: w.avasHeard, verdict: "yes" }) },
  "repairTalk.stop": { call: (w) => ben(w).repairTalk.stop({ id: w.repairTalk, to: "weekly-talk" }) },
  "repairTalk.followThrough": {
    call: (w) => ava(w).repairTalk.followThrough({ id: w.avasPlan, as: "commitment", title: "Pause first" }),
    changes: true,
  },
  // Marks, ideas and answers change no figure; a time put on a day is a shared commitment.
  "qualityTime.mark": { call: (w) => ben(w).qualityTime.mark({ ideaKey: w.avasIdea, choice: "yes" }) },
  "qualityTime.addIdea": {
    call: (w) => ben(w).qualityTime.addIdea({ title: "Tea on the roof", kind: "at-home", effort: "small" }),
  },
  "qualityTime.schedule": {
    call: (w) => ben(w).qualityTime.schedule({ ideaKey: w.walk, day: addDays(w.today, 2) }),
    changes: true,
  },
  "qualityTime.reflect": {
    call: (w) => ben(w).qualityTime.reflect({ id: w.qualityTime, moment: "The light", closeness: 3 }),
  },
  "repairTalk.makeAmends": {
    call: (w) =>
      ava(w).repairTalk.makeAmends({
        id: w.avasPart,
        whatIDid: "w",
        impact: "i",
        different: "d",
        share: true,
      }),
  },
  // A time-out changes no figure (Ava is on one in the world).
  "timeOut.start": { call: (w) => ben(w).timeOut.start({ minutes: 20 }) },
  "timeOut.back": { call: (w) => ava(w).timeOut.back() },
};

/** A procedure's kind ("query", "mutation"), read from its definition. */
const kindOf = (procedure: unknown) => (procedure as { _def?: { type?: string } })._def?.type;
const mutations = Object.entries(appRouter._def.procedures)
  .filter(([, procedure]) => kindOf(procedure) === "mutation")
  .map(([path]) => path)
  .sort();

/** The dashboards each partner may ask for: the default view, one commitment, one person. */
const VIEWS = (w: World) => [
  {},
  { commitmentId: w.shared },
  { person: "partner" as const, range: "6m" as const },
];

const answer = (caller: Caller, input: Parameters<Caller["consistency"]["dashboard"]>[0]) =>
  caller.consistency.dashboard(input).then(
    (dashboard) => ({ dashboard }),
    async (error: unknown) => ({ error: (await failure(Promise.reject(error))).code }),
  );

describe("the dashboard reflects every mutation", () => {
  it("has a row for every mutation the router serves, and no row for one it doesn't", () => {
    expect(mutations.length).toBeGreaterThan(20);
    expect(mutations.filter((p) => !(p in MUTATIONS))).toEqual([]);
    expect(Object.keys(MUTATIONS).filter((p) => !mutations.includes(p))).toEqual([]);
  });

  it.each(mutations.filter((p) => p in MUTATIONS))("%s", { timeout: 60_000 }, async (procedure) => {
    const row = MUTATIONS[procedure];
    if (!row) throw new Error(`no row for ${procedure}`);
    const w = await world(db);
    const viewers = [ava(w), ben(w)];
    const before = [];
    for (const viewer of viewers) {
      for (const view of VIEWS(w)) {
        const first = await answer(viewer, view);
        // Computed once, then served from the cache: the same answer.
        expect(await answer(viewer, view)).toEqual(first);
        before.push(first);
      }
    }
    await row.call(w);
    const served = [];
    for (const viewer of viewers) for (const view of VIEWS(w)) served.push(await answer(viewer, view));
    forgetComputedDashboards();
    const fresh = [];
    for (const viewer of viewers) for (const view of VIEWS(w)) fresh.push(await answer(viewer, view));
    expect(served, `${procedure}: the dashboard as served after it, against a fresh computation`).toEqual(
      fresh,
    );
    if (row.changes)
      expect(fresh[0], `${procedure} changes what Ava's dashboard shows`).not.toEqual(before[0]);
  });
});
