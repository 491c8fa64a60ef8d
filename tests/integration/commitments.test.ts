import { beforeAll, describe, expect, it } from "vitest";
import { CHECK_IN_PROBLEMS } from "@/domain/commitment/commitment";
import { addDays, localDate, nextCadenceStart } from "@/domain/commitment/schedule";
import type { Db } from "@/server/db";
import { callerFor, failure, signUp, type TestUser } from "../support/callers";
import { linkedPair, tokenOf } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const as = (u: TestUser) => callerFor(db, u.claims);
const todayIn = (timeZone: string) => localDate(new Date(), timeZone);

// The partners live far apart: their "today" is often a different calendar date.
const AVA_ZONE = "Pacific/Auckland";
const BEN_ZONE = "America/Los_Angeles";

async function pair() {
  const { a, b } = await linkedPair(db);
  await as(a).user.updateProfile({ name: a.name, timeZone: AVA_ZONE, weekStartsOn: 1 });
  await as(b).user.updateProfile({ name: b.name, timeZone: BEN_ZONE, weekStartsOn: 0 });
  return { a, b };
}

/** Ava's daily commitment, started a week ago so the back-fill window is open. */
async function withDaily() {
  const { a, b } = await pair();
  const { id } = await as(a).commitment.create({
    title: "Text when I'm out late",
    description: "A message before 10 pm saying where I am.",
    who: "me",
    cadence: { kind: "daily" },
    startsOn: addDays(todayIn(AVA_ZONE), -7),
  });
  return { a, b, id };
}

describe("creating and listing", () => {
  it("both partners see each other's and shared commitments, labelled from their own side", async () => {
    const { a, b, id } = await withDaily();
    const { id: shared } = await as(b).commitment.create({
      title: "Phone-free dinners",
      who: "both",
      cadence: { kind: "weekdays", days: [5, 1, 3] },
    });
    const forA = await as(a).commitment.list({});
    expect(forA.items.map((i) => [i.id, i.who, i.cadenceLabel])).toEqual([
      [shared, "both", "Every Mon, Wed, Fri"],
      [id, "me", "Every day"],
    ]);
    const forB = await as(b).commitment.list({});
    expect(forB.items.map((i) => [i.id, i.who])).toEqual([
      [shared, "both"],
      [id, "partner"],
    ]);
    expect(await as(b).commitment.get({ id })).toMatchObject({
      who: "partner",
      ownerName: a.name,
      canCheckIn: false,
    });
  });

  it("a commitment can serve an active boundary of the couple, and only that", async () => {
    const { a, b } = await pair();
    const { id: boundaryId } = await as(a).boundary.propose({
      title: "Late nights",
      description: "We tell each other when we'll be late.",
      category: "communication",
      owner: "ours",
    });
    const input = {
      title: "Say when I'll be late",
      who: "me" as const,
      cadence: { kind: "conditional" as const },
    };
    expect(await failure(as(a).commitment.create({ ...input, boundaryId }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/agreed/),
    });
    await as(b).boundary.agree({ id: boundaryId, rev: 0, versionNumber: 1 });
    const { id } = await as(a).commitment.create({ ...input, boundaryId });
    expect((await as(b).commitment.get({ id })).boundary).toEqual({ id: boundaryId, title: "Late nights" });
    expect(await as(a).commitment.boundaryOptions()).toEqual([{ id: boundaryId, title: "Late nights" }]);

    // Someone else's boundary is not an option.
    const other = await pair();
    expect(await failure(as(other.a).commitment.create({ ...input, boundaryId }))).toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("validates and length-limits input; unknown fields are rejected", async () => {
    const { a, id } = await withDaily();
    const ok = { title: "Walk together", who: "me", cadence: { kind: "daily" } };
    const today = todayIn(AVA_ZONE);
    const bad = [
      { ...ok, title: "" },
      { ...ok, title: "\u200b\u200b\u200b\u200b" },
      { ...ok, title: "x".repeat(121) },
      { ...ok, description: "x".repeat(2001) },
      { ...ok, who: "partner" },
      { ...ok, ownerId: "someone" },
      { ...ok, coupleId: "someone-else" },
      { ...ok, cadence: { kind: "hourly" } },
      { ...ok, cadence: { kind: "weekdays", days: [] } },
      { ...ok, cadence: { kind: "weekdays", days: [1, 1] } },
      { ...ok, cadence: { kind: "weekdays", days: [7] } },
      { ...ok, cadence: { kind: "timesPerWeek", times: 0 } },
      { ...ok, cadence: { kind: "timesPerWeek", times: 2.5 } },
      { ...ok, cadence: { kind: "timesPerWeek", times: 8 } },
      { ...ok, cadence: { kind: "once", due: "2026-02-30" } },
      { ...ok, cadence: { kind: "once", due: addDays(today, -1) } },
      { ...ok, cadence: { kind: "once", due: "9999-12-31" } },
      { ...ok, startsOn: addDays(today, -8) },
      { ...ok, startsOn: "tomorrow" },
    ];
    for (const input of bad) {
      // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed input
      expect(await failure(as(a).commitment.create(input as any)), JSON.stringify(input)).toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    const badCheckIns = [
      { commitmentId: id, day: today, outcome: "great" },
      { commitmentId: id, day: today, outcome: "kept", note: "x".repeat(1001) },
      { commitmentId: id, day: today, outcome: "kept", userId: "someone" },
      { commitmentId: id, day: today, outcome: "kept", excused: true, excuseNote: "why" },
      { commitmentId: id, day: today, outcome: "missed", excused: true },
      { commitmentId: id, day: "2026-13-01", outcome: "kept" },
      { commitmentId: id, day: 20261125, outcome: "kept" },
    ];
    for (const input of badCheckIns) {
      // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed input
      expect(await failure(as(a).commitment.checkIn(input as any)), JSON.stringify(input)).toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    expect((await as(a).commitment.list({})).items).toHaveLength(1);
    expect((await as(a).commitment.get({ id })).checkIns).toEqual([]);
  });
});

describe("checking in", () => {
  it("Today lists what is due on my own local day; the window is today and the 7 days before", async () => {
    const { a, b, id } = await withDaily();
    const { id: shared } = await as(b).commitment.create({
      title: "Say good night",
      who: "both",
      cadence: { kind: "daily" },
    });
    const todayA = todayIn(AVA_ZONE);
    const forA = await as(a).commitment.today({});
    expect(forA).toMatchObject({ today: todayA, day: todayA, timeZone: AVA_ZONE });
    expect(forA.days).toHaveLength(8);
    expect(forA.items.map((i) => i.id).sort()).toEqual([id, shared].sort());
    // Ben's today is his own; Ava's personal commitment isn't on his list.
    const forB = await as(b).commitment.today({});
    expect(forB.today).toBe(todayIn(BEN_ZONE));
    expect(forB.items.map((i) => i.id)).toEqual([shared]);

    expect(await failure(as(a).commitment.today({ day: addDays(todayA, 1) }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await failure(as(a).commitment.today({ day: addDays(todayA, -8) }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    const future = await failure(
      as(a).commitment.checkIn({ commitmentId: id, day: addDays(todayA, 1), outcome: "kept" }),
    );
    expect(future).toEqual({ code: "BAD_REQUEST", message: CHECK_IN_PROBLEMS.future });
    const locked = await failure(
      as(a).commitment.checkIn({ commitmentId: id, day: addDays(todayA, -8), outcome: "kept" }),
    );
    expect(locked).toEqual({ code: "BAD_REQUEST", message: CHECK_IN_PROBLEMS.locked });
    // The oldest day of the window is still open.
    await as(a).commitment.checkIn({ commitmentId: id, day: addDays(todayA, -7), outcome: "kept" });
  });

  it("a double submit (double click, two tabs, retry) is one check-in, never a duplicate or an error", async () => {
    const { a, id } = await withDaily();
    const day = todayIn(AVA_ZONE);
    const input = { commitmentId: id, day, outcome: "kept" as const, note: "Done." };
    const results = await Promise.all(Array.from({ length: 8 }, () => as(a).commitment.checkIn(input)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    expect(results.filter((r) => r.status === "unchanged")).toHaveLength(7);
    expect(await db.checkIn.count({ where: { commitmentId: id } })).toBe(1);
    expect(await db.checkInRevision.count({ where: { checkIn: { commitmentId: id } } })).toBe(0);
  });

  it("concurrent different answers for the same day end as one check-in with the others as its history", async () => {
    const { a, id } = await withDaily();
    const day = addDays(todayIn(AVA_ZONE), -1);
    const outcomes = ["kept", "partly", "missed", "kept", "partly", "missed"] as const;
    const results = await Promise.all(
      outcomes.map((outcome) => failure(as(a).commitment.checkIn({ commitmentId: id, day, outcome }))),
    );
    // Each one either landed or was told to look again: never a 500.
    for (const r of results) expect(["OK", "CONFLICT"]).toContain(r.code);
    expect(await db.checkIn.count({ where: { commitmentId: id } })).toBe(1);
    const [checkIn] = (await as(a).commitment.get({ id })).checkIns;
    expect(checkIn?.day).toBe(day);
  });

  it("a correction inside the window is marked amended and keeps its history", async () => {
    const { a, b, id } = await withDaily();
    const day = addDays(todayIn(AVA_ZONE), -2);
    await as(a).commitment.checkIn({ commitmentId: id, day, outcome: "missed" });
    const second = await as(a).commitment.checkIn({
      commitmentId: id,
      day,
      outcome: "kept",
      note: "I did text, from the train.",
      noteShared: true,
    });
    expect(second.status).toBe("amended");
    const [seen] = (await as(b).commitment.get({ id })).checkIns;
    expect(seen).toMatchObject({
      day,
      outcome: "kept",
      note: "I did text, from the train.",
      amendedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(seen?.revisions.map((r) => r.outcome)).toEqual(["missed"]);
  });

  it("a note added to an answer is not a correction: no amended mark, no earlier answer, nothing of a private note", async () => {
    const { a, b, id } = await withDaily();
    const day = addDays(todayIn(AVA_ZONE), -1);
    await as(a).commitment.checkIn({ commitmentId: id, day, outcome: "kept" });
    const privately = await as(a).commitment.checkIn({
      commitmentId: id,
      day,
      outcome: "kept",
      note: "Only mine.",
    });
    expect(privately.status).toBe("noted");
    const [seen] = (await as(b).commitment.get({ id })).checkIns;
    expect(seen).toMatchObject({ outcome: "kept", note: null, amendedOn: null, revisions: [] });
    expect(JSON.stringify(seen)).not.toContain("Only mine");
    const shared = await as(a).commitment.checkIn({
      commitmentId: id,
      day,
      outcome: "kept",
      note: "Walked after dinner.",
      noteShared: true,
    });
    expect(shared.status).toBe("noted");
    const [again] = (await as(b).commitment.get({ id })).checkIns;
    expect(again).toMatchObject({ note: "Walked after dinner.", amendedOn: null, revisions: [] });
    const [mine] = (await as(a).commitment.get({ id })).checkIns;
    expect(mine).toMatchObject({ amendedOn: null, revisions: [] });
  });

  it("the day is the promiser's local day, stored with their zone; moving zones later rewrites nothing", async () => {
    const { a, id } = await withDaily();
    const day = todayIn(AVA_ZONE);
    await as(a).commitment.checkIn({ commitmentId: id, day, outcome: "kept" });
    expect(
      await db.checkIn.findFirst({ where: { commitmentId: id }, select: { day: true, timeZone: true } }),
    ).toEqual({
      day,
      timeZone: AVA_ZONE,
    });
    await as(a).user.updateProfile({ name: a.name, timeZone: "America/Los_Angeles", weekStartsOn: 1 });
    const after = await as(a).commitment.get({ id });
    expect(after.checkIns.map((c) => [c.day, c.timeZone, c.outcome])).toEqual([[day, AVA_ZONE, "kept"]]);
    // The day is still shown (and correctable) if it is inside the new zone's window.
    const newToday = todayIn("America/Los_Angeles");
    if (day <= newToday) {
      const onDay = await as(a).commitment.today({ day });
      expect(onDay.items[0]?.checkIn?.outcome).toBe("kept");
    }
  });

  it("a day with no check-in is not logged, not a miss", async () => {
    const { a, id } = await withDaily();
    const item = (await as(a).commitment.today({ day: addDays(todayIn(AVA_ZONE), -3) })).items.find(
      (i) => i.id === id,
    );
    expect(item).toMatchObject({ checkIn: null });
    expect((await as(a).commitment.get({ id })).checkIns).toEqual([]);
  });

  it("shared commitments: each partner checks in on their own day; neither can touch the other's", async () => {
    const { a, b } = await pair();
    const { id } = await as(a).commitment.create({
      title: "Say good night",
      who: "both",
      cadence: { kind: "daily" },
    });
    await as(a).commitment.checkIn({ commitmentId: id, day: todayIn(AVA_ZONE), outcome: "kept" });
    await as(b).commitment.checkIn({ commitmentId: id, day: todayIn(BEN_ZONE), outcome: "partly" });
    const rows = await db.checkIn.findMany({
      where: { commitmentId: id },
      select: { userId: true, day: true, outcome: true },
    });
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.userId === a.id)).toMatchObject({ day: todayIn(AVA_ZONE), outcome: "kept" });
    expect(rows.find((r) => r.userId === b.id)).toMatchObject({ day: todayIn(BEN_ZONE), outcome: "partly" });
  });

  it("the partner can never check in on, change, pause or archive my commitment", async () => {
    const { a, b, id } = await withDaily();
    const day = todayIn(BEN_ZONE);
    await as(a).commitment.checkIn({ commitmentId: id, day: todayIn(AVA_ZONE), outcome: "missed" });
    expect(await failure(as(b).commitment.checkIn({ commitmentId: id, day, outcome: "kept" }))).toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    expect(
      await failure(as(b).commitment.edit({ id, title: "Changed by Ben", cadence: { kind: "daily" } })),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(await failure(as(b).commitment.archive({ id, archived: true }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await failure(as(b).commitment.pause({ commitmentId: id, from: day, to: day }))).toMatchObject({
      code: "FORBIDDEN",
    });
    const seen = await as(a).commitment.get({ id });
    expect(seen).toMatchObject({ title: "Text when I'm out late", archivedOn: null });
    expect(seen.checkIns.map((c) => c.outcome)).toEqual(["missed"]);
  });

  it("kinds: conditional can 'not come up' but not be partly kept; a one-off takes one check-in", async () => {
    const { a } = await pair();
    const today = todayIn(AVA_ZONE);
    const { id: conditional } = await as(a).commitment.create({
      title: "Text when running late",
      who: "me",
      cadence: { kind: "conditional" },
      startsOn: addDays(today, -3),
    });
    await as(a).commitment.checkIn({ commitmentId: conditional, day: today, outcome: "not-applicable" });
    expect(
      await failure(
        as(a).commitment.checkIn({ commitmentId: conditional, day: addDays(today, -1), outcome: "partly" }),
      ),
    ).toEqual({ code: "BAD_REQUEST", message: CHECK_IN_PROBLEMS.outcome });
    const { id: daily } = await as(a).commitment.create({
      title: "Walk",
      who: "me",
      cadence: { kind: "daily" },
    });
    expect(
      await failure(as(a).commitment.checkIn({ commitmentId: daily, day: today, outcome: "not-applicable" })),
    ).toEqual({ code: "BAD_REQUEST", message: CHECK_IN_PROBLEMS.outcome });
    // Before it existed, there is nothing to check in.
    expect(
      await failure(
        as(a).commitment.checkIn({ commitmentId: daily, day: addDays(today, -1), outcome: "kept" }),
      ),
    ).toEqual({
      code: "BAD_REQUEST",
      message: CHECK_IN_PROBLEMS.notStarted,
    });

    const { id: once } = await as(a).commitment.create({
      title: "Book the counsellor",
      who: "me",
      cadence: { kind: "once", due: addDays(today, 5) },
      startsOn: addDays(today, -2),
    });
    expect((await as(a).commitment.today({})).items.map((i) => i.id)).toContain(once);
    await as(a).commitment.checkIn({ commitmentId: once, day: addDays(today, -1), outcome: "kept" });
    expect(
      await failure(as(a).commitment.checkIn({ commitmentId: once, day: today, outcome: "kept" })),
    ).toEqual({
      code: "BAD_REQUEST",
      message: CHECK_IN_PROBLEMS.onceDone,
    });
    expect((await as(a).commitment.today({})).items.map((i) => i.id)).not.toContain(once);
  });

  it("chosen weekdays are due on those days only; N per week shows this week's progress", async () => {
    const { a } = await pair();
    const today = todayIn(AVA_ZONE);
    const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
    const { id: notToday } = await as(a).commitment.create({
      title: "Call my sister",
      who: "me",
      cadence: { kind: "weekdays", days: [(weekday + 1) % 7] },
    });
    expect((await as(a).commitment.today({})).items.map((i) => i.id)).not.toContain(notToday);
    expect(
      await failure(as(a).commitment.checkIn({ commitmentId: notToday, day: today, outcome: "kept" })),
    ).toEqual({
      code: "BAD_REQUEST",
      message: CHECK_IN_PROBLEMS.notDue,
    });
    const { id: thrice } = await as(a).commitment.create({
      title: "Date night planning",
      who: "me",
      cadence: { kind: "timesPerWeek", times: 3 },
    });
    await as(a).commitment.checkIn({ commitmentId: thrice, day: today, outcome: "kept" });
    const item = (await as(a).commitment.today({})).items.find((i) => i.id === thrice);
    expect(item?.week?.done).toBe(1);
    expect(item?.week?.target).toBeGreaterThanOrEqual(1);
  });

  it("excused misses: only a miss, always with a note the partner sees", async () => {
    const { a, b, id } = await withDaily();
    const day = addDays(todayIn(AVA_ZONE), -1);
    await as(a).commitment.checkIn({
      commitmentId: id,
      day,
      outcome: "missed",
      excused: true,
      excuseNote: "In hospital with Mum, phone was off.",
    });
    const [seen] = (await as(b).commitment.get({ id })).checkIns;
    expect(seen).toMatchObject({
      outcome: "missed",
      excused: true,
      excuseNote: "In hospital with Mum, phone was off.",
    });
  });

  it("paused days are not due and can't be checked in; unpausing brings them back", async () => {
    const { a, id } = await withDaily();
    const today = todayIn(AVA_ZONE);
    const pause = await as(a).commitment.pause({
      commitmentId: id,
      from: addDays(today, -2),
      to: addDays(today, 10),
    });
    expect((await as(a).commitment.today({})).items.map((i) => i.id)).not.toContain(id);
    expect(
      await failure(as(a).commitment.checkIn({ commitmentId: id, day: today, outcome: "kept" })),
    ).toEqual({
      code: "BAD_REQUEST",
      message: CHECK_IN_PROBLEMS.paused,
    });
    await as(a).commitment.checkIn({ commitmentId: id, day: addDays(today, -3), outcome: "kept" });
    expect(
      await failure(as(a).commitment.pause({ commitmentId: id, from: addDays(today, -8), to: today })),
    ).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(
      await failure(as(a).commitment.pause({ commitmentId: id, from: today, to: addDays(today, 400) })),
    ).toMatchObject({ code: "BAD_REQUEST" });
    // Overlapping pauses are refused rather than listed twice.
    expect(
      await failure(
        as(a).commitment.pause({ commitmentId: id, from: addDays(today, 5), to: addDays(today, 12) }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/already paused/) });
    await as(a).commitment.unpause({ id: pause.id });
    expect((await as(a).commitment.today({})).items.map((i) => i.id)).toContain(id);
  });

  it("a cadence change applies from the next week once check-ins exist, at once before that", async () => {
    const { a, id } = await withDaily();
    const today = todayIn(AVA_ZONE);
    const { id: fresh } = await as(a).commitment.create({
      title: "Fresh one",
      who: "me",
      cadence: { kind: "daily" },
    });
    expect(
      await as(a).commitment.edit({
        id: fresh,
        title: "Fresh one",
        cadence: { kind: "timesPerWeek", times: 2 },
      }),
    ).toMatchObject({ cadenceFrom: today });
    expect((await as(a).commitment.get({ id: fresh })).cadenceLabel).toBe("2 times a week");

    await as(a).commitment.checkIn({ commitmentId: id, day: today, outcome: "kept" });
    const edited = await as(a).commitment.edit({
      id,
      title: "Text when I'm out late",
      cadence: { kind: "weekdays", days: [5, 6] },
    });
    const next = nextCadenceStart(today, 1);
    expect(edited.cadenceFrom).toBe(next);
    const seen = await as(a).commitment.get({ id });
    expect(seen.cadenceLabel).toBe("Every day");
    expect(seen.cadences.map((c) => [c.label, c.future])).toEqual([
      ["Every day", false],
      ["Every Fri, Sat", true],
    ]);
    expect(
      await failure(
        as(a).commitment.edit({ id, title: "Now conditional", cadence: { kind: "conditional" } }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
  });

  it("archiving hides it from Today and keeps its history; it can be brought back", async () => {
    const { a, b, id } = await withDaily();
    await as(a).commitment.checkIn({ commitmentId: id, day: todayIn(AVA_ZONE), outcome: "kept" });
    await as(a).commitment.archive({ id, archived: true });
    expect((await as(a).commitment.today({})).items).toEqual([]);
    expect((await as(b).commitment.list({})).items).toEqual([]);
    expect((await as(b).commitment.list({ view: "archived" })).items.map((i) => i.id)).toEqual([id]);
    expect((await as(b).commitment.get({ id })).checkIns).toHaveLength(1);
    expect(
      await failure(
        as(a).commitment.checkIn({ commitmentId: id, day: todayIn(AVA_ZONE), outcome: "missed" }),
      ),
    ).toMatchObject({
      code: "CONFLICT",
    });
    await as(a).commitment.archive({ id, archived: false });
    expect((await as(a).commitment.today({})).items.map((i) => i.id)).toEqual([id]);
  });
});

describe("acknowledgements", () => {
  it("the partner notices or sees it differently; the promiser sees it; it can be undone", async () => {
    const { a, b, id } = await withDaily();
    const day = todayIn(AVA_ZONE);
    const { id: checkInId } = await as(a).commitment.checkIn({ commitmentId: id, day, outcome: "kept" });
    expect(await failure(as(a).commitment.acknowledge({ checkInId, kind: "noticed" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await failure(as(b).commitment.acknowledge({ checkInId, kind: "differ" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    await as(b).commitment.acknowledge({ checkInId, kind: "noticed", note: "Thank you, it helped." });
    await as(b).commitment.acknowledge({ checkInId, kind: "noticed", note: "Thank you, it helped." });
    const mine = (await as(a).commitment.today({})).items.find((i) => i.id === id);
    expect(mine?.checkIn?.acks).toEqual([
      expect.objectContaining({
        kind: "noticed",
        note: "Thank you, it helped.",
        byName: b.name,
        byMe: false,
      }),
    ]);
    await as(b).commitment.acknowledge({
      checkInId,
      kind: "differ",
      note: "I didn't get a text that night.",
    });
    expect((await as(a).commitment.get({ id })).checkIns[0]?.acks).toEqual([
      expect.objectContaining({ kind: "differ", note: "I didn't get a text that night." }),
    ]);
    await as(b).commitment.unacknowledge({ id: checkInId });
    expect((await as(a).commitment.get({ id })).checkIns[0]?.acks).toEqual([]);
    // The check-in itself is untouched by any of this.
    expect((await as(a).commitment.get({ id })).checkIns[0]).toMatchObject({
      outcome: "kept",
      amendedOn: null,
    });
  });
});

describe("privacy", () => {
  const PRIVATE = "SENTINEL-private-note-7f3a";
  const PRIVATE_BEFORE = "SENTINEL-private-then-shared-91c2";

  it("private notes never reach the partner through any procedure, including a correction's history", async () => {
    const { a, b, id } = await withDaily();
    const { id: shared } = await as(a).commitment.create({
      title: "Good night",
      who: "both",
      cadence: { kind: "daily" },
    });
    const today = todayIn(AVA_ZONE);
    await as(a).commitment.checkIn({ commitmentId: id, day: today, outcome: "kept", note: PRIVATE });
    await as(a).commitment.checkIn({ commitmentId: shared, day: today, outcome: "kept", note: PRIVATE });
    // A private note, then corrected to a shared one: the old private text stays private.
    const day = addDays(today, -1);
    await as(a).commitment.checkIn({ commitmentId: id, day, outcome: "missed", note: PRIVATE_BEFORE });
    const { id: checkInId } = await as(a).commitment.checkIn({
      commitmentId: id,
      day,
      outcome: "partly",
      note: "Shared: I texted late.",
      noteShared: true,
    });
    await as(b).commitment.acknowledge({ checkInId, kind: "noticed" });

    const reads: unknown[] = [
      await as(b).commitment.list({}),
      await as(b).commitment.list({ view: "archived" }),
      await as(b).commitment.today({}),
      await as(b).commitment.today({ day: addDays(todayIn(BEN_ZONE), -1) }),
      await as(b).commitment.get({ id }),
      await as(b).commitment.get({ id: shared }),
      await as(b).commitment.boundaryOptions(),
    ];
    for (const read of reads) {
      const text = JSON.stringify(read);
      expect(text).not.toContain(PRIVATE);
      expect(text).not.toContain(PRIVATE_BEFORE);
    }
    const seen = (await as(b).commitment.get({ id })).checkIns;
    expect(seen.find((c) => c.day === day)).toMatchObject({
      note: "Shared: I texted late.",
      notePrivate: false,
    });
    expect(seen.find((c) => c.day === day)?.revisions).toEqual([
      expect.objectContaining({ outcome: "missed", note: null }),
    ]);
    expect(seen.find((c) => c.day === today)).toMatchObject({ note: null, notePrivate: false });
    // Un-sharing a note takes its earlier shared versions back from the partner as well.
    const twoDaysAgo = addDays(today, -2);
    await as(a).commitment.checkIn({
      commitmentId: id,
      day: twoDaysAgo,
      outcome: "kept",
      note: "Shared first",
      noteShared: true,
    });
    await as(a).commitment.checkIn({
      commitmentId: id,
      day: twoDaysAgo,
      outcome: "kept",
      note: "Now private",
    });
    const unshared = (await as(b).commitment.get({ id })).checkIns.find((c) => c.day === twoDaysAgo);
    expect(unshared).toMatchObject({ note: null, amendedOn: null });
    // A note-only change keeps no earlier version at all, so nothing of the shared text remains.
    expect(unshared?.revisions).toEqual([]);
    expect(JSON.stringify(unshared)).not.toContain("Shared first");
    // The author sees their own notes, marked private.
    const own = (await as(a).commitment.get({ id })).checkIns;
    expect(own.find((c) => c.day === today)).toMatchObject({ note: PRIVATE, notePrivate: true });
    expect(own.find((c) => c.day === day)?.revisions[0]).toMatchObject({
      note: PRIVATE_BEFORE,
      notePrivate: true,
    });
  });

  it("strangers get NOT_FOUND for every commitment procedure", async () => {
    const { a, id } = await withDaily();
    const { id: checkInId } = await as(a).commitment.checkIn({
      commitmentId: id,
      day: todayIn(AVA_ZONE),
      outcome: "kept",
    });
    const pause = await as(a).commitment.pause({
      commitmentId: id,
      from: addDays(todayIn(AVA_ZONE), 3),
      to: addDays(todayIn(AVA_ZONE), 4),
    });
    const { a: stranger } = await pair();
    const s = as(stranger);
    const today = todayIn(AVA_ZONE);
    // Thunks, so each call starts (and is awaited) in turn: no rejection goes unhandled.
    const attempts = [
      () => s.commitment.get({ id }),
      () => s.commitment.checkIn({ commitmentId: id, day: today, outcome: "missed" }),
      () => s.commitment.edit({ id, title: "Mine now", cadence: { kind: "daily" } }),
      () => s.commitment.archive({ id, archived: true }),
      () => s.commitment.pause({ commitmentId: id, from: today, to: today }),
      () => s.commitment.unpause({ id: pause.id }),
      () => s.commitment.acknowledge({ checkInId, kind: "noticed" }),
      () => s.commitment.unacknowledge({ id: checkInId }),
    ];
    for (const attempt of attempts) expect(await failure(attempt())).toMatchObject({ code: "NOT_FOUND" });
    expect(JSON.stringify(await s.commitment.list({}))).not.toContain(id);
    // Someone with no partner at all gets NOT_FOUND too.
    const alone = as(await signUp(db));
    expect(await failure(alone.commitment.today({}))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(alone.commitment.get({ id }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await as(a).commitment.get({ id })).checkIns).toHaveLength(1);
  });

  it("after an unlink: each keeps read access to their own part; the ex-partner gets NOT_FOUND", async () => {
    const { a, b, id } = await withDaily();
    const { id: shared } = await as(b).commitment.create({
      title: "Good night",
      who: "both",
      cadence: { kind: "daily" },
    });
    const { id: bens } = await as(b).commitment.create({
      title: "Ben's own",
      who: "me",
      cadence: { kind: "daily" },
    });
    await as(a).commitment.checkIn({ commitmentId: id, day: todayIn(AVA_ZONE), outcome: "kept" });
    await as(a).commitment.checkIn({ commitmentId: shared, day: todayIn(AVA_ZONE), outcome: "kept" });
    await as(b).commitment.checkIn({ commitmentId: shared, day: todayIn(BEN_ZONE), outcome: "missed" });
    await as(b).couple.unlink();

    // Ava keeps her own commitment and her own check-ins on the shared one, read-only.
    expect(await as(a).commitment.get({ id })).toMatchObject({
      linked: false,
      canCheckIn: false,
      canManage: false,
    });
    const sharedForA = await as(a).commitment.get({ id: shared });
    expect(sharedForA.checkIns.map((c) => c.mine)).toEqual([true]);
    // …but not Ben's personal commitment, and Ben not hers.
    expect(await failure(as(a).commitment.get({ id: bens }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(as(b).commitment.get({ id }))).toMatchObject({ code: "NOT_FOUND" });
    for (const who of [a, b]) {
      expect(await failure(as(who).commitment.today({}))).toMatchObject({ code: "NOT_FOUND" });
      expect(
        await failure(
          as(who).commitment.checkIn({ commitmentId: shared, day: todayIn(AVA_ZONE), outcome: "kept" }),
        ),
      ).toMatchObject({ code: "NOT_FOUND" });
    }
    // A new partner sees none of it.
    const c = await signUp(db);
    const invite = await as(a).invite.create();
    await as(c).invite.accept({ token: tokenOf(invite.url) });
    expect(await failure(as(c).commitment.get({ id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(as(c).commitment.get({ id: shared }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await as(c).commitment.list({})).items).toEqual([]);
  });
});
