import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, earlierDate, localDate, weekStartOf } from "@/domain/commitment/schedule";
import { rebuildCheckInMonths } from "@/server/check-in-months";
import { type Db, isPostgresUrl } from "@/server/db";
import { callerFor, failure, signUp, type TestUser } from "../support/callers";
import { linkedPair } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
let url: string;
beforeAll(async () => {
  ({ db, url } = await createTestDb());
});

const as = (u: TestUser) => callerFor(db, u.claims);
const AVA_ZONE = "Pacific/Auckland";
const BEN_ZONE = "America/Los_Angeles";

/** History older than the 7-day window can't be written through the API: seed it as rows. */
async function seed(commitmentId: string, userId: string, timeZone: string, days: [string, string][]) {
  await db.checkIn.createMany({
    data: days.map(([day, outcome]) => ({
      commitmentId,
      userId,
      day,
      timeZone,
      outcome,
      note: "SENTINEL-note",
    })),
  });
  await bump(commitmentId);
}

/**
 * What the app's check-in writes do in their transaction: rebuild the answers' months the
 * dashboard reads, and tell a cached dashboard it is stale.
 */
async function bump(commitmentId: string) {
  await rebuildCheckInMonths(db, [commitmentId]);
  await db.couple.updateMany({
    where: { commitments: { some: { id: commitmentId } } },
    data: { version: `seeded-${randomBytes(6).toString("hex")}` },
  });
}
const versionOf = async (commitmentId: string) =>
  (await db.couple.findFirstOrThrow({ where: { commitments: { some: { id: commitmentId } } } })).version;

async function setup() {
  const { a, b } = await linkedPair(db);
  await as(a).user.updateProfile({ name: a.name, timeZone: AVA_ZONE, weekStartsOn: 1 });
  await as(b).user.updateProfile({ name: b.name, timeZone: BEN_ZONE, weekStartsOn: 0 });
  const todayA = localDate(new Date(), AVA_ZONE);
  const todayB = localDate(new Date(), BEN_ZONE);
  const { id: avas } = await as(a).commitment.create({
    title: "Text when late",
    who: "me",
    cadence: { kind: "daily" },
  });
  const { id: shared } = await as(b).commitment.create({
    title: "Good night",
    who: "both",
    cadence: { kind: "daily" },
  });
  // Both started five weeks ago (before each person's week), as if made then.
  const start = addDays(weekStartOf(earlierDate(todayA, todayB), 0), -35);
  await db.commitmentCadence.updateMany({
    where: { commitmentId: { in: [avas, shared] } },
    data: { from: start },
  });
  await bump(avas);
  return { a, b, avas, shared, todayA, todayB, start };
}

describe("the dashboard", () => {
  it("shows both partners side by side, each in their own week, with fair rates", async () => {
    const { a, b, avas, shared, todayA, todayB } = await setup();
    // Ava's last full week (Monday start): 5 kept, 1 partly, 1 missed on her own commitment.
    const lastWeekA = addDays(weekStartOf(todayA, 1), -7);
    const outcomes = ["kept", "kept", "kept", "kept", "kept", "partly", "missed"];
    await seed(
      avas,
      a.id,
      AVA_ZONE,
      outcomes.map((o, i) => [addDays(lastWeekA, i), o]),
    );
    // Ben, on the shared one: his last full week (Sunday start), all kept but one excused miss.
    const lastWeekB = addDays(weekStartOf(todayB, 0), -7);
    await seed(
      shared,
      b.id,
      BEN_ZONE,
      [0, 1, 2, 3, 4, 5].map((i) => [addDays(lastWeekB, i), "kept"]),
    );
    await db.checkIn.create({
      data: {
        commitmentId: shared,
        userId: b.id,
        day: addDays(lastWeekB, 6),
        timeZone: BEN_ZONE,
        outcome: "missed",
        excused: true,
        excuseNote: "ill",
      },
    });
    await bump(shared);

    const view = await as(a).consistency.dashboard({});
    expect(view.people.map((p) => [p.id, p.name])).toEqual([
      ["me", "You"],
      ["partner", b.name],
    ]);
    const [me, partner] = view.people;
    const myLastWeek = me?.weeks.find((w) => w.weekStart === lastWeekA);
    // Own commitment: 5.5 of 7 answered; shared one not logged that week (unknown, not a miss).
    expect(myLastWeek?.rate).toBeCloseTo(5.5 / 7);
    expect(myLastWeek?.tally).toMatchObject({ kept: 5, partly: 1, missed: 1, notLogged: 7 });
    expect(myLastWeek?.target).toBe(14);
    const bensLastWeek = partner?.weeks.find((w) => w.weekStart === lastWeekB);
    expect(bensLastWeek).toMatchObject({ rate: 1, target: 6, keptScore: 6 });
    expect(partner?.weekStartsOn).toBe(0);
    expect(me?.weeks).toHaveLength(12);
    // A day per status, from the first day to each person's own today.
    const lastDay = (h?: { from: string; days: string[] }) => (h ? addDays(h.from, h.days.length - 1) : null);
    expect(me?.heatmap.days.length).toBeGreaterThanOrEqual(183);
    expect(lastDay(me?.heatmap)).toBe(todayA);
    expect(lastDay(partner?.heatmap)).toBe(todayB);
    // Ben sees the same figures from his side.
    const fromB = await as(b).consistency.dashboard({});
    expect(fromB.people[1]?.weeks.find((w) => w.weekStart === lastWeekA)?.rate).toBeCloseTo(5.5 / 7);
    // No notes of any kind travel with the figures.
    expect(JSON.stringify(view)).not.toContain("SENTINEL");
    expect(JSON.stringify(fromB)).not.toContain("SENTINEL");
  });

  it("strength moves by Loop's formula: three misses after a month of keeping lower it, never reset it", async () => {
    const { a, avas, todayA } = await setup();
    const days: [string, string][] = [];
    for (let i = 34; i >= 3; i--) days.push([addDays(todayA, -i), "kept"]);
    for (let i = 2; i >= 0; i--) days.push([addDays(todayA, -i), "missed"]);
    await seed(avas, a.id, AVA_ZONE, days);
    const view = await as(a).consistency.dashboard({ commitmentId: avas, person: "me" });
    expect(view.people).toHaveLength(1);
    const [track] = view.people[0]?.commitments ?? [];
    expect(track?.id).toBe(avas);
    // 32 kept days from zero, then 3 misses (the unit tests check months of history stay > 80 %).
    const m = 0.5 ** (1 / 13);
    expect(track?.strength).toBeCloseTo((1 - m ** 32) * m ** 3, 6);
    expect(track?.strength).toBeGreaterThan(0.65);
    expect(track?.tally).toMatchObject({ kept: 32, missed: 3 });
  });

  it("filters by range and person; the first week shows — rather than 0 %", async () => {
    const { a } = await linkedPair(db);
    await as(a).commitment.create({ title: "Brand new", who: "me", cadence: { kind: "conditional" } });
    const view = await as(a).consistency.dashboard({ range: "4w", person: "me" });
    expect(view.people).toHaveLength(1);
    expect(view.people[0]?.weeks).toHaveLength(4);
    expect(view.people[0]?.thisWeek?.rate).toBeNull();
    const all = await as(a).consistency.dashboard({ range: "all", person: "partner" });
    expect(all.people.map((p) => p.isMe)).toEqual([false]);
    expect(all.people[0]?.hasCommitments).toBe(false);
  });

  it("is never served stale: every write it reads moves the couple's version, and the view follows", async () => {
    const { a, b, avas, shared, todayA } = await setup();
    const mine = async () => (await as(a).consistency.dashboard({})).people[0];
    const track = async (id: string) => (await mine())?.commitments.find((c) => c.id === id);
    expect((await mine())?.heatmap.days.at(-1)).toBe("not-logged");
    // The same question twice is answered alike (the second time from the cache).
    expect(await as(a).consistency.dashboard({})).toEqual(await as(a).consistency.dashboard({}));
    // What the cache keeps is frozen: no caller can change what the next one gets.
    const kept = await as(a).consistency.dashboard({});
    const days = kept.people[0]?.heatmap.days;
    if (!days) throw new Error("no calendar");
    expect(Object.isFrozen(kept) && Object.isFrozen(days)).toBe(true);
    expect(() => (days as string[]).push("kept")).toThrow(TypeError);

    let version = await versionOf(avas);
    const moved = async () => {
      const now = await versionOf(avas);
      expect(now).not.toBe(version);
      version = now;
    };
    await as(a).commitment.checkIn({ commitmentId: avas, day: todayA, outcome: "kept", noteShared: false });
    await moved();
    // Kept, and the shared one not logged yet: the day reads kept.
    expect((await mine())?.heatmap.days.at(-1)).toBe("kept");
    await as(a).commitment.checkIn({ commitmentId: avas, day: todayA, outcome: "missed", noteShared: false });
    await moved();
    expect((await mine())?.heatmap.days.at(-1)).toBe("missed");
    await as(a).commitment.checkIn({ commitmentId: shared, day: todayA, outcome: "kept", noteShared: false });
    await moved();
    expect((await mine())?.heatmap.days.at(-1)).toBe("partly");

    const { id: pause } = await as(a).commitment.pause({
      commitmentId: avas,
      from: todayA,
      to: addDays(todayA, 3),
    });
    await moved();
    // The missed one is paused today: only the shared one's "kept" counts.
    expect((await mine())?.heatmap.days.at(-1)).toBe("kept");
    await as(a).commitment.unpause({ id: pause });
    await moved();
    expect((await mine())?.heatmap.days.at(-1)).toBe("partly");

    await as(a).commitment.edit({ id: avas, title: "Text when I'm late", cadence: { kind: "daily" } });
    await moved();
    expect((await track(avas))?.title).toBe("Text when I'm late");
    await as(a).commitment.archive({ id: avas, archived: true });
    await moved();
    expect((await track(avas))?.archived).toBe(true);
    const { id: fresh } = await as(a).commitment.create({
      title: "Fresh",
      who: "me",
      cadence: { kind: "daily" },
    });
    await moved();
    expect(await track(fresh)).toBeDefined();
    // The filter's choices: every commitment of the couple, in the order they were made.
    expect((await as(a).consistency.dashboard({})).options.map((o) => o.title)).toEqual([
      "Text when I'm late",
      "Good night",
      "Fresh",
    ]);

    // The partner's writes reach my view too.
    await as(b).commitment.checkIn({
      commitmentId: shared,
      day: localDate(new Date(), BEN_ZONE),
      outcome: "missed",
      noteShared: false,
    });
    await moved();
    expect((await as(a).consistency.dashboard({})).people[1]?.heatmap.days.at(-1)).toBe("missed");

    // Profile changes are part of the question itself: names, zones and week starts, both sides.
    await as(b).user.updateProfile({ name: "Benjamin", timeZone: BEN_ZONE, weekStartsOn: 0 });
    expect((await as(a).consistency.dashboard({})).people[1]?.name).toBe("Benjamin");
    await as(b).user.updateProfile({ name: "Benjamin", timeZone: "Asia/Tokyo", weekStartsOn: 3 });
    const partner = (await as(a).consistency.dashboard({})).people[1];
    expect(partner).toMatchObject({ weekStartsOn: 3, today: localDate(new Date(), "Asia/Tokyo") });
    await as(a).user.updateProfile({ name: a.name, timeZone: "America/Sao_Paulo", weekStartsOn: 0 });
    const me = (await as(a).consistency.dashboard({})).people[0];
    expect(me).toMatchObject({ weekStartsOn: 0, today: localDate(new Date(), "America/Sao_Paulo") });
    // Filters are part of it too.
    expect((await as(a).consistency.dashboard({ person: "partner" })).people.map((p) => p.isMe)).toEqual([
      false,
    ]);
    expect((await as(a).consistency.dashboard({ commitmentId: fresh })).commitment?.id).toBe(fresh);
  });

  it("reads answers from months that every check-in write rebuilds exactly as a full rebuild would", async () => {
    const { a, b, avas, shared, todayA } = await setup();
    const todayB = localDate(new Date(), BEN_ZONE);
    const { id: whenever } = await as(a).commitment.create({
      title: "Call if plans change",
      who: "me",
      cadence: { kind: "conditional" },
    });
    // Every answer, corrections included, over the whole 7-day window (it may cross a month).
    const writes: [TestUser, string, string, string, boolean][] = [
      [a, avas, todayA, "kept", false],
      [a, avas, addDays(todayA, -1), "missed", true],
      [a, avas, addDays(todayA, -2), "partly", false],
      [a, avas, addDays(todayA, -3), "missed", false],
      [a, whenever, todayA, "not-applicable", false],
      [a, avas, addDays(todayA, -7), "missed", false],
      [a, avas, addDays(todayA, -3), "kept", false],
      [a, shared, addDays(todayA, -6), "missed", false],
      [b, shared, todayB, "partly", false],
      [b, shared, addDays(todayB, -5), "kept", false],
      [b, shared, addDays(todayB, -5), "missed", true],
    ];
    for (const [who, commitmentId, day, outcome, excused] of writes) {
      await as(who).commitment.checkIn({
        commitmentId,
        day,
        outcome: outcome as "kept",
        noteShared: false,
        ...(excused ? { excused: true, excuseNote: "ill" } : {}),
      });
    }
    const months = () =>
      db.checkInMonth.findMany({
        where: { commitmentId: { in: [avas, shared, whenever] } },
        orderBy: [{ commitmentId: "asc" }, { userId: "asc" }, { month: "asc" }],
      });
    const written = await months();
    const letter = (commitmentId: string, userId: string, day: string) =>
      written.find(
        (m) => m.commitmentId === commitmentId && m.userId === userId && m.month === day.slice(0, 7),
      )?.codes[Number(day.slice(8, 10)) - 1];
    expect(written.every((m) => m.codes.length === 31)).toBe(true);
    expect(letter(avas, a.id, todayA)).toBe("k");
    expect(letter(avas, a.id, addDays(todayA, -1))).toBe("x");
    expect(letter(avas, a.id, addDays(todayA, -2))).toBe("p");
    expect(letter(avas, a.id, addDays(todayA, -3))).toBe("k");
    expect(letter(avas, a.id, addDays(todayA, -4))).toBe(".");
    expect(letter(avas, a.id, addDays(todayA, -7))).toBe("m");
    expect(letter(shared, b.id, addDays(todayB, -5))).toBe("x");
    expect(letter(whenever, a.id, todayA)).toBe("n");
    // Rebuilt from nothing, the table holds the same rows.
    await db.checkInMonth.deleteMany({ where: { commitmentId: { in: [avas, shared, whenever] } } });
    await rebuildCheckInMonths(db, [avas, shared, whenever]);
    expect(await months()).toEqual(written);
    // So does the statement the migration that made the table ran over existing check-ins.
    const engine = isPostgresUrl(url) ? "postgresql" : "sqlite";
    const dir = `prisma/${engine}/migrations`;
    const migration = readdirSync(dir).find((d) => d.endsWith("_check_in_months")) ?? "";
    const backfill = readFileSync(`${dir}/${migration}/migration.sql`, "utf8").split("-- Fill it")[1];
    await db.checkInMonth.deleteMany({});
    await db.$executeRawUnsafe(backfill?.slice(backfill.indexOf("\n")) ?? "");
    expect(await months()).toEqual(written);
    // And the dashboard's figures are the check-ins' own.
    const mine = (await as(a).consistency.dashboard({ range: "4w" })).people[0];
    // Day by day (today last; the day before, an excused miss beside the shared one not logged)…
    expect(mine?.heatmap.days.slice(-8)).toEqual([
      "missed",
      "missed",
      "not-logged",
      "not-logged",
      "kept",
      "partly",
      "not-logged",
      "kept",
    ]);
    // …and per commitment, every answer counted once, corrections as their last value.
    const tallyOf = (id: string) => mine?.commitments.find((c) => c.id === id)?.tally;
    expect(tallyOf(avas)).toMatchObject({ kept: 2, partly: 1, missed: 1, excused: 1, notApplicable: 0 });
    expect(tallyOf(shared)).toMatchObject({ kept: 0, partly: 0, missed: 1, excused: 0 });
    expect(tallyOf(whenever)).toMatchObject({ kept: 0, missed: 0, notApplicable: 1, notLogged: 0 });
  });

  it("is only for the couple: strangers and unlinked people get NOT_FOUND", async () => {
    const { avas } = await setup();
    const other = await linkedPair(db);
    expect(await failure(as(other.a).consistency.dashboard({ commitmentId: avas }))).toMatchObject({
      code: "NOT_FOUND",
    });
    const alone = await signUp(db);
    expect(await failure(as(alone).consistency.dashboard({}))).toMatchObject({ code: "NOT_FOUND" });
    // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed input
    expect(await failure(as(other.a).consistency.dashboard({ range: "forever" } as any))).toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
