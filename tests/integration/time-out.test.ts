// Time-outs (src/domain/time-out): one running per person, the partner told with the return time
// its taker shared, "I'm back" by the taker only, a reminder shortly before that fires once across
// instances, and a time-out that runs out ending once with a gentle note to both.
import { beforeAll, describe, expect, it } from "vitest";
import { allChoices } from "@/domain/notification/schemas";
import { GRACE_MINUTES, REMINDER_LEAD_MINUTES } from "@/domain/time-out/time-out";
import type { Db } from "@/server/db";
import { timeOutRound } from "@/server/time-out/time-out";
import { callerFor, failure, signUp, type TestUser } from "../support/callers";
import { linkedPair, tokenOf } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const as = (u: TestUser) => callerFor(db, u.claims);
const kinds = async (u: TestUser, kind: string) =>
  (await as(u).notification.list()).filter((n) => n.kind === kind);
const minutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);

describe("a time-out", () => {
  it("tells the partner the return time, and 'I'm back' is its taker's alone", async () => {
    const { a, b } = await linkedPair(db);
    const before = Date.now();
    const { returnAt } = await as(a).timeOut.start({ minutes: 30 });
    expect(returnAt.getTime() - before).toBeGreaterThanOrEqual(30 * 60_000 - 1000);

    const bens = await as(b).timeOut.get();
    expect(bens.partner).toEqual({ name: "Ava", returnAt });
    expect(bens.mine).toBeNull();
    expect((await as(a).timeOut.get()).mine).toMatchObject({ returnAt, due: false });
    expect((await as(a).timeOut.get()).left).toBe(2);
    const told = await kinds(b, "time-out-started");
    expect(told.map((n) => n.href)).toEqual(["/time-out"]);

    expect(await failure(as(a).timeOut.start({ minutes: 20 }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/already on a time-out/),
    });
    // Ben has no time-out to come back from; Ava's isn't his.
    expect((await failure(as(b).timeOut.back())).code).toBe("NOT_FOUND");
    await as(a).timeOut.back();
    expect((await as(b).timeOut.get()).partner).toBeNull();
    expect((await kinds(b, "time-out-returned")).length).toBe(1);
    expect((await failure(as(a).timeOut.back())).code).toBe("NOT_FOUND");
  });

  it("refuses a length outside 20 minutes to 24 hours, with a reason", async () => {
    const { a } = await linkedPair(db);
    expect(await failure(as(a).timeOut.start({ minutes: 5 }))).toMatchObject({ code: "BAD_REQUEST" });
    expect(await failure(as(a).timeOut.start({ minutes: 25 * 60 }))).toMatchObject({ code: "BAD_REQUEST" });
  });

  it("one runs at a time even when two taps race", async () => {
    const { a } = await linkedPair(db);
    const results = await Promise.all([1, 2, 3, 4].map(() => failure(as(a).timeOut.start({ minutes: 20 }))));
    expect(results.filter((r) => r.code === "OK")).toHaveLength(1);
    expect(results.filter((r) => r.code === "CONFLICT")).toHaveLength(3);
    expect(await db.timeOut.count({ where: { userId: a.id } })).toBe(1);
  });

  it("allows three a week: it can't hold off a conversation for ever", async () => {
    const { a } = await linkedPair(db);
    for (let i = 0; i < 3; i++) {
      await as(a).timeOut.start({ minutes: 20 });
      await as(a).timeOut.back();
    }
    expect(await failure(as(a).timeOut.start({ minutes: 20 }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/weekly talk/),
    });
    expect((await as(a).timeOut.get()).left).toBe(0);
  });

  it("reminds its taker once shortly before, even when instances run the same minute", async () => {
    const { a, b } = await linkedPair(db);
    const { returnAt } = await as(a).timeOut.start({ minutes: 45 });
    await timeOutRound(db, minutes(returnAt, -REMINDER_LEAD_MINUTES - 1));
    expect(await kinds(a, "time-out-reminder")).toEqual([]);
    const due = minutes(returnAt, -REMINDER_LEAD_MINUTES + 1);
    const rounds = await Promise.all([1, 2, 3].map(() => timeOutRound(db, due)));
    expect(rounds.reduce((n, r) => n + r.reminded, 0)).toBe(1);
    await timeOutRound(db, minutes(returnAt, 5));
    expect((await kinds(a, "time-out-reminder")).map((n) => n.href)).toEqual(["/time-out"]);
    expect(await kinds(b, "time-out-reminder")).toEqual([]);
  });

  it("turned off, its reminder is written by no round and wakes no page", async () => {
    const { a } = await linkedPair(db);
    await as(a).notification.updateSettings({ choices: { ...allChoices(true), "time-out-reminder": false } });
    const { returnAt } = await as(a).timeOut.start({ minutes: 45 });
    const events = await db.liveEvent.count();
    for (const m of [-REMINDER_LEAD_MINUTES + 1, -REMINDER_LEAD_MINUTES + 2, 1]) {
      expect((await timeOutRound(db, minutes(returnAt, m))).reminded).toBe(0);
    }
    expect(await kinds(a, "time-out-reminder")).toEqual([]);
    expect(await db.liveEvent.count()).toBe(events);
  });

  it("that runs out just ends, once, with a gentle note to both", async () => {
    const { a, b } = await linkedPair(db);
    const { returnAt } = await as(a).timeOut.start({ minutes: 20 });
    await timeOutRound(db, minutes(returnAt, GRACE_MINUTES - 1));
    expect((await as(b).timeOut.get()).partner).not.toBeNull();
    const over = minutes(returnAt, GRACE_MINUTES);
    // Three instances' rounds in the same minute (other tests' time-outs end in them too).
    await Promise.all([1, 2, 3].map(() => timeOutRound(db, over)));
    await timeOutRound(db, minutes(over, 1));
    expect(await kinds(a, "time-out-ended")).toHaveLength(1);
    expect(await kinds(b, "time-out-ended")).toHaveLength(1);
    expect((await failure(as(a).timeOut.back())).code).toBe("NOT_FOUND");
    const row = await db.timeOut.findFirstOrThrow({ where: { userId: a.id } });
    expect(row).toMatchObject({ returnedAt: null, openUserId: null });
    expect(row.endedAt).not.toBeNull();
  });

  it("after an unlink it ends quietly and never blocks a time-out in a new couple", async () => {
    const { a } = await linkedPair(db);
    const first = await as(a).timeOut.start({ minutes: 20 });
    await as(a).couple.unlink();
    const newPartner = await signUp(db, { name: "Cai" });
    const invite = await as(a).invite.create();
    await as(newPartner).invite.accept({ token: tokenOf(invite.url) });
    await as(a).timeOut.start({ minutes: 240 });
    expect((await as(newPartner).timeOut.get()).partner).not.toBeNull();
    await timeOutRound(db, minutes(first.returnAt, GRACE_MINUTES));
    expect(await kinds(a, "time-out-ended")).toEqual([]);
    expect(await db.timeOut.count({ where: { userId: a.id, endedAt: null } })).toBe(1);
  });

  it("is in its taker's export, and goes with their account", async () => {
    const { a, b } = await linkedPair(db);
    await as(a).timeOut.start({ minutes: 20 });
    expect((await as(a).account.export()).timeOuts).toHaveLength(1);
    expect((await as(b).account.export()).timeOuts).toHaveLength(0);
    await as(a).account.delete({ password: a.password });
    expect(await db.timeOut.count({ where: { userId: a.id } })).toBe(0);
  });
});
