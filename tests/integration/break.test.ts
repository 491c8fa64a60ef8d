// Issue #22: a break that isn't a breakup. During Ava's break Ben sees "taking a break until …"
// instead of her check-ins, notes and figures for those days, through every path; those days count
// for neither; only Ava ends it; nothing of it reaches Ben as a notification or a live signal.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/domain/commitment/schedule";
import { allChoices } from "@/domain/notification/schemas";
import { isOnBreak } from "@/server/break/break";
import type { Db } from "@/server/db";
import { callerFor, failure } from "../support/callers";
import { createTestDb } from "../support/test-db";
import { type World, world } from "../support/world";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const people = (w: World) => ({
  ava: callerFor(db, w.users.self?.claims ?? null),
  ben: callerFor(db, w.users.partner?.claims ?? null),
});

describe("a break", () => {
  it("hides Ava's break days from Ben through every path, and counts them for neither", async () => {
    const w = await world(db);
    const { ava, ben } = people(w);
    await ben.notification.updateSettings({ choices: allChoices(true) });
    const dashboardBefore = await ben.consistency.dashboard({ range: "4w", person: "partner" });
    expect(dashboardBefore.people[0]?.onBreak).toBeNull();

    const { until } = await ava.sharingBreak.start({ days: 3, note: "Back on Friday, love" });
    expect(until).toBe(addDays(w.today, 2));
    expect((await ben.notification.list()).map((n) => n.kind)).toContain("break-started");
    expect(await ben.sharingBreak.get()).toMatchObject({
      mine: null,
      partner: { name: "Ava", until, note: "Back on Friday, love" },
    });
    expect(await isOnBreak(db, w.users.self?.id ?? "", w.today)).toBe(true);
    expect(await isOnBreak(db, w.users.self?.id ?? "", addDays(w.today, 3))).toBe(false);
    expect(await isOnBreak(db, w.users.partner?.id ?? "", w.today)).toBe(false);

    // Ava keeps checking in for herself (a correction of today's, and a shared note).
    const liveBefore = await db.liveEvent.count();
    const notesBefore = await db.notification.count({ where: { userId: w.users.partner?.id } });
    await ava.commitment.checkIn({
      commitmentId: w.shared,
      day: w.today,
      outcome: "kept",
      note: "BREAKNOTE shared during the break",
      noteShared: true,
    });
    // No notification for Ben, and the only live signal is Ava's own.
    expect(await db.notification.count({ where: { userId: w.users.partner?.id } })).toBe(notesBefore);
    const live = await db.liveEvent.findMany({ where: { id: { gt: 0 } }, orderBy: { id: "asc" } });
    expect(live.slice(liveBefore).map((e) => [e.userId, e.coupleId])).toEqual([[w.users.self?.id, null]]);

    // A respect check-in Ava writes during her break: hers to see, not Ben's, nor counted.
    await ava.boundary.respect({ id: w.active.id, respected: false, note: "BREAKRESPECT a hard week" });
    expect(JSON.stringify(await ava.boundary.get({ id: w.active.id }))).toContain("BREAKRESPECT");
    const summary = await ben.counselor.summary();
    const respectCounts = summary.sections.find((x) => x.kind === "boundaries");
    expect(JSON.stringify(respectCounts)).toContain('"name":"Ava","respected":0,"notRespected":0');

    // Ben: no check-in of Ava's on a break day, anywhere.
    const everything = JSON.stringify([
      await ben.boundary.get({ id: w.active.id }),
      await ben.commitment.get({ id: w.shared }),
      await ben.commitment.get({ id: w.avasOwn }),
      await ben.commitment.today(),
      await ben.notification.list(),
      await ben.account.export(),
    ]);
    expect(everything).not.toContain("BREAKNOTE");
    expect(everything).not.toContain("BREAKRESPECT");
    const avasOwn = await ben.commitment.get({ id: w.avasOwn });
    expect(avasOwn.checkIns.filter((c) => c.day === w.today)).toEqual([]);
    // Ava still sees her own.
    expect(
      (await ava.commitment.get({ id: w.shared })).checkIns.some((c) => c.note?.includes("BREAKNOTE")),
    ).toBe(true);

    // The dashboard: the days count for neither (paused), and Ben is told she's on a break.
    const forBen = await ben.consistency.dashboard({ range: "4w", person: "partner" });
    const avaSeen = forBen.people[0];
    expect(avaSeen?.onBreak).toEqual({ until, note: "Back on Friday, love" });
    expect(JSON.stringify(forBen)).not.toContain("BREAKNOTE");
    expect(avaSeen?.thisWeek).not.toEqual(dashboardBefore.people[0]?.thisWeek);
    const forAva = await ava.consistency.dashboard({ range: "4w", person: "me" });
    expect(forAva.people[0]?.thisWeek).toEqual(avaSeen?.thisWeek);
  });

  it("only its taker ends it; ending early shares today again and tells the partner", async () => {
    const w = await world(db);
    const { ava, ben } = people(w);
    await ava.sharingBreak.start({ days: 10 });
    expect((await failure(ava.sharingBreak.start({ days: 2 }))).code).toBe("CONFLICT");
    expect((await failure(ben.sharingBreak.end())).code).toBe("NOT_FOUND");
    expect((await ben.sharingBreak.get()).partner).not.toBeNull();
    await ava.sharingBreak.end();
    expect(await ben.sharingBreak.get()).toEqual({ mine: null, partner: null });
    expect((await ben.notification.list()).map((n) => n.kind)).toContain("break-ended");
    expect(await isOnBreak(db, w.users.self?.id ?? "", w.today)).toBe(false);
    // Ava's check-in of today (made before the break) is Ben's to see again.
    expect((await ben.commitment.get({ id: w.avasOwn })).checkIns.some((c) => c.day === w.today)).toBe(true);
    expect((await failure(ava.sharingBreak.end())).code).toBe("NOT_FOUND");
  });

  it("takes 1 to 30 days; unlinking stays available during a break", async () => {
    const w = await world(db);
    const { ava, ben } = people(w);
    for (const days of [0, 31, 1.5]) {
      expect((await failure(ava.sharingBreak.start({ days }))).code).toBe("BAD_REQUEST");
    }
    await ava.sharingBreak.start({ days: 30 });
    await ben.couple.unlink();
    expect(await isOnBreak(db, w.users.self?.id ?? "", w.today)).toBe(false);
  });
});
