// "Days, not minutes" (docs/security.md): what a partner did reaches the other only as a day.
// Every read a partner can make is walked for an instant finer than a day (a Date, or an ISO
// timestamp with a time) after the other did one of everything.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db";
import { callerFor } from "../support/callers";
import { createTestDb } from "../support/test-db";
import { type World, world } from "../support/world";

let db: Db;
let w: World;
beforeAll(async () => {
  ({ db } = await createTestDb());
  w = await world(db);
  const ava = callerFor(db, w.users.self?.claims ?? null);
  // A correction (an earlier version), a response to Ben's check-in and a shared note: Ava's
  // activity in every form Ben can read.
  await ava.commitment.checkIn({
    commitmentId: w.avasOwn,
    day: w.today,
    outcome: "partly",
    note: "shared now",
    noteShared: true,
  });
  await ava.commitment.acknowledge({ checkInId: w.bensCheckIn, kind: "differ", note: "I remember it so" });
}, 60_000);

/**
 * Paths in `value` holding an instant finer than a day. The one exception: a time-out's return
 * time, which its taker chose to share (`timeOut.get`'s `partner.returnAt`).
 */
function instantsIn(value: unknown, path = "$"): string[] {
  if (path.endsWith("timeOut.get.partner.returnAt")) return [];
  if (value instanceof Date) return [path];
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => instantsIn(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => instantsIn(v, `${path}.${k}`));
  }
  return [];
}

describe("the partner's view carries days, never times", () => {
  it("finds an instant when there is one (the walker works)", () => {
    expect(instantsIn({ a: [{ b: new Date() }], c: "2026-12-01T10:00:00Z", d: "2026-12-01" })).toEqual([
      "$.a[0].b",
      "$.c",
    ]);
    // The exception is the shared return time alone.
    expect(
      instantsIn({ partner: { returnAt: new Date() }, mine: { returnAt: new Date() } }, "timeOut.get"),
    ).toEqual(["timeOut.get.mine.returnAt"]);
  });

  it("in every read Ben can make of what Ava did", async () => {
    const ben = callerFor(db, w.users.partner?.claims ?? null);
    const reads: Record<string, unknown> = {
      "couple.get": await ben.couple.get(),
      "commitment.list": await ben.commitment.list(),
      "commitment.list archived": await ben.commitment.list({ view: "archived" }),
      "commitment.get (Ava's own)": await ben.commitment.get({ id: w.avasOwn }),
      "commitment.get (shared)": await ben.commitment.get({ id: w.shared }),
      "commitment.today": await ben.commitment.today(),
      "boundary.list": await ben.boundary.list(),
      "boundary.get (agreed)": await ben.boundary.get({ id: w.active.id }),
      "boundary.get (pending)": await ben.boundary.get({ id: w.pending.id }),
      "boundary.archive": await ben.boundary.archive(),
      "notification.list": await ben.notification.list(),
      "notification.listWaiting": await ben.notification.listWaiting(),
      "consistency.dashboard": await ben.consistency.dashboard({ range: "4w", person: "both" }),
      "timeOut.get": await ben.timeOut.get(),
    };
    const exported = await ben.account.export();
    reads["account.export couples"] = exported.couples;
    reads["account.export responses from partner"] = exported.checkIns.map((c) => c.responsesFromPartner);
    // The reads really hold Ava's activity (so an empty answer can't pass).
    const avas = await ben.commitment.get({ id: w.avasOwn });
    expect(avas.checkIns[0]?.revisions.length).toBe(1);
    expect(avas.checkIns[0]?.savedOn).toBe(w.today);
    expect((await ben.notification.list()).length).toBeGreaterThan(2);
    // Ava is on a time-out: Ben is shown her return time and nothing else of it.
    expect(Object.keys((await ben.timeOut.get()).partner ?? {})).toEqual(["name", "returnAt"]);
    const found = Object.entries(reads).flatMap(([name, value]) => instantsIn(value, name));
    expect(found).toEqual([]);
  });

  it("in what Ava's check-ins and Ben's responses show Ava (the other way round)", async () => {
    const ava = callerFor(db, w.users.self?.claims ?? null);
    const shared = await ava.commitment.get({ id: w.shared });
    expect(shared.checkIns.some((c) => !c.mine)).toBe(true);
    expect(instantsIn(shared, "commitment.get")).toEqual([]);
  });
});
