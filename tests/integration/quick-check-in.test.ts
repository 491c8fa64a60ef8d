// Issue #20: the one-tap check-in's Undo, and check-ins queued offline that arrive twice or late
// (an idempotency key per check-in, deduplicated on the server).
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, localDate } from "@/domain/commitment/schedule";
import { allChoices } from "@/domain/notification/schemas";
import type { Db } from "@/server/db";
import { callerFor, failure, type TestUser } from "../support/callers";
import { linkedPair } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const as = (u: TestUser) => callerFor(db, u.claims);
const ZONE = "Europe/Lisbon";
const today = () => localDate(new Date(), ZONE);

async function withDaily() {
  const { a, b } = await linkedPair(db);
  await as(a).user.updateProfile({ name: a.name, timeZone: ZONE, weekStartsOn: 1 });
  await as(b).notification.updateSettings({ choices: allChoices(true) });
  const { id } = await as(a).commitment.create({
    title: "Walk after dinner",
    who: "me",
    cadence: { kind: "daily" },
    startsOn: addDays(today(), -7),
  });
  return { a, b, id };
}

describe("undo", () => {
  it("takes back a check-in just made, with the partner's unread notice of it", async () => {
    const { a, b, id } = await withDaily();
    const saved = await as(a).commitment.checkIn({ commitmentId: id, day: today(), outcome: "kept" });
    expect((await as(b).notification.count()).total).toBeGreaterThan(0);
    const before = (await as(b).notification.list()).filter((n) => n.kind === "check-in-logged");
    expect(before).toHaveLength(1);
    await as(a).commitment.undoCheckIn({ id: saved.id });
    expect(await db.checkIn.count({ where: { commitmentId: id } })).toBe(0);
    expect(await db.checkInMonth.findMany({ where: { commitmentId: id } })).toEqual([]);
    const after = (await as(b).notification.list()).filter((n) => n.kind === "check-in-logged");
    expect(after).toEqual([]);
    const todayView = await as(a).commitment.today({});
    expect(todayView.items.find((i) => i.id === id)?.checkIn).toBeNull();
  });

  it("only the author, and not once it was corrected or answered", async () => {
    const { a, b, id } = await withDaily();
    const saved = await as(a).commitment.checkIn({ commitmentId: id, day: today(), outcome: "kept" });
    expect(await failure(as(b).commitment.undoCheckIn({ id: saved.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    await as(a).commitment.checkIn({ commitmentId: id, day: today(), outcome: "missed" });
    expect(await failure(as(a).commitment.undoCheckIn({ id: saved.id }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("can't be taken back"),
    });
    expect(await db.checkIn.count({ where: { commitmentId: id } })).toBe(1);
  });
});

describe("a check-in queued offline", () => {
  it("arriving twice is saved once", async () => {
    const { a, id } = await withDaily();
    const input = {
      commitmentId: id,
      day: today(),
      outcome: "kept" as const,
      requestKey: "k-0123456789abcdef",
    };
    const [first, second] = await Promise.all([
      as(a).commitment.checkIn(input),
      as(a).commitment.checkIn(input),
    ]);
    expect([first.status, second.status].sort()).toEqual(["created", "unchanged"]);
    expect(await db.checkIn.count({ where: { commitmentId: id } })).toBe(1);
    expect(await db.checkInRevision.count({ where: { checkIn: { commitmentId: id } } })).toBe(0);
  });

  it("arriving late doesn't overwrite the answer given since", async () => {
    const { a, id } = await withDaily();
    const queued = {
      commitmentId: id,
      day: today(),
      outcome: "missed" as const,
      requestKey: "k-fedcba9876543210",
    };
    await as(a).commitment.checkIn(queued);
    await as(a).commitment.checkIn({ commitmentId: id, day: today(), outcome: "kept" });
    // The service worker replays the queued request after the page already sent it.
    expect((await as(a).commitment.checkIn(queued)).status).toBe("unchanged");
    const row = await db.checkIn.findFirst({ where: { commitmentId: id }, select: { outcome: true } });
    expect(row?.outcome).toBe("kept");
  });

  it("refuses a key that isn't ours", async () => {
    const { a, id } = await withDaily();
    expect(
      await failure(
        as(a).commitment.checkIn({ commitmentId: id, day: today(), outcome: "kept", requestKey: "<script>" }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("request key") });
  });
});
