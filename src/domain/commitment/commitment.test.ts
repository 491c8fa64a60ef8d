import { describe, expect, it } from "vitest";
import {
  CHECK_IN_PROBLEMS,
  cadenceChangeFrom,
  checkInProblem,
  describeCadence,
  kindOf,
  outcomesFor,
  outcomesOn,
  sameValues,
  visibleValues,
} from "./commitment";
import type { CadencePeriod } from "./schedule";
import { ZAck, ZCheckIn } from "./schemas";

const daily: CadencePeriod[] = [{ from: "2026-11-10", cadence: { kind: "daily" } }];
const today = "2026-11-25";

describe("check-in rules", () => {
  const ok = { periods: daily, pauses: [], day: today, today, outcome: "kept" as const };

  it("accepts today and the window; refuses the future, locked days and days before the start", () => {
    expect(checkInProblem(ok)).toBeNull();
    expect(checkInProblem({ ...ok, day: "2026-11-18" })).toBeNull();
    expect(checkInProblem({ ...ok, day: "2026-11-26" })).toBe(CHECK_IN_PROBLEMS.future);
    expect(checkInProblem({ ...ok, day: "2026-11-17" })).toBe(CHECK_IN_PROBLEMS.locked);
    expect(
      checkInProblem({ ...ok, periods: [{ from: today, cadence: { kind: "daily" } }], day: "2026-11-24" }),
    ).toBe(CHECK_IN_PROBLEMS.notStarted);
  });

  it("refuses paused days and days a weekday cadence isn't due", () => {
    expect(checkInProblem({ ...ok, pauses: [{ from: "2026-11-24", to: "2026-11-30" }] })).toBe(
      CHECK_IN_PROBLEMS.paused,
    );
    const mondays: CadencePeriod[] = [{ from: "2026-11-01", cadence: { kind: "weekdays", days: [1] } }];
    expect(checkInProblem({ ...ok, periods: mondays })).toBe(CHECK_IN_PROBLEMS.notDue); // a Wednesday
    expect(checkInProblem({ ...ok, periods: mondays, day: "2026-11-23" })).toBeNull();
  });

  it("answers fit the kind", () => {
    const conditional: CadencePeriod[] = [{ from: "2026-11-01", cadence: { kind: "conditional" } }];
    expect(checkInProblem({ ...ok, periods: conditional, outcome: "not-applicable" })).toBeNull();
    expect(checkInProblem({ ...ok, periods: conditional, outcome: "partly" })).toBe(
      CHECK_IN_PROBLEMS.outcome,
    );
    expect(checkInProblem({ ...ok, outcome: "not-applicable" })).toBe(CHECK_IN_PROBLEMS.outcome);
    expect(outcomesFor("conditional")).toEqual(["kept", "missed", "not-applicable"]);
    expect(outcomesFor("recurring")).toEqual(["kept", "partly", "missed"]);
  });

  it("a one-off: answerable up to and after its due date (inside the window), once", () => {
    const once: CadencePeriod[] = [{ from: "2026-11-01", cadence: { kind: "once", due: "2026-11-22" } }];
    expect(checkInProblem({ ...ok, periods: once, day: "2026-11-20" })).toBeNull();
    // Before the due date it can be done, not missed.
    expect(checkInProblem({ ...ok, periods: once, day: "2026-11-20", outcome: "missed" })).toBe(
      CHECK_IN_PROBLEMS.tooEarly,
    );
    expect(outcomesOn({ kind: "once", due: "2026-11-22" }, "2026-11-20")).toEqual(["kept"]);
    expect(outcomesOn({ kind: "once", due: "2026-11-22" }, "2026-11-22")).toEqual([
      "kept",
      "partly",
      "missed",
    ]);
    expect(checkInProblem({ ...ok, periods: once, day: "2026-11-24", outcome: "missed" })).toBeNull();
    expect(checkInProblem({ ...ok, periods: once, onceCheckedOn: "2026-11-20" })).toBe(
      CHECK_IN_PROBLEMS.onceDone,
    );
    expect(
      checkInProblem({ ...ok, periods: once, day: "2026-11-20", onceCheckedOn: "2026-11-20" }),
    ).toBeNull();
  });
});

describe("cadence changes", () => {
  it("apply at once before any check-in, from the next week after", () => {
    const base = { today, weekStartsOn: 1, firstFrom: "2026-11-10" };
    expect(cadenceChangeFrom({ ...base, hasCheckIns: false })).toBe("2026-11-10");
    expect(cadenceChangeFrom({ ...base, hasCheckIns: true })).toBe("2026-11-30");
    expect(cadenceChangeFrom({ ...base, weekStartsOn: 0, hasCheckIns: true })).toBe("2026-11-29");
  });

  it("kinds and labels", () => {
    expect(kindOf({ kind: "timesPerWeek", times: 3 })).toBe("recurring");
    expect(kindOf({ kind: "conditional" })).toBe("conditional");
    expect(kindOf({ kind: "once", due: today })).toBe("once");
    expect(describeCadence({ kind: "weekdays", days: [1, 3, 5] })).toBe("Every Mon, Wed, Fri");
    expect(describeCadence({ kind: "timesPerWeek", times: 1 })).toBe("Once a week");
    expect(describeCadence({ kind: "once", due: today })).toBe("Once, by Wed 25 Nov");
  });
});

describe("notes and resubmits", () => {
  const values = {
    outcome: "kept",
    note: "only for me",
    noteShared: false,
    excused: false,
    excuseNote: null,
  };

  it("a private note is the author's alone; a shared note and an excuse reach the partner", () => {
    expect(visibleValues(values, "ava", "ava")).toMatchObject({ note: "only for me", notePrivate: true });
    expect(visibleValues(values, "ava", "ben")).toMatchObject({ note: null, notePrivate: false });
    expect(visibleValues({ ...values, noteShared: true }, "ava", "ben")).toMatchObject({
      note: "only for me",
    });
    const excused = { ...values, outcome: "missed", excused: true, excuseNote: "ill" };
    expect(visibleValues(excused, "ava", "ben")).toMatchObject({ excuseNote: "ill", note: null });
  });

  it("the same values again are no change; any difference is a correction", () => {
    expect(sameValues(values, { ...values })).toBe(true);
    expect(sameValues(values, { ...values, noteShared: true })).toBe(false);
    expect(sameValues(values, { ...values, outcome: "partly" })).toBe(false);
  });

  it("input: nothing to share without a note; excuses only on a miss and with a note", () => {
    const base = { commitmentId: "c1", day: today, outcome: "kept" };
    const noNote = ZCheckIn.parse({ ...base, noteShared: true });
    expect(noNote.noteShared).toBe(false);
    expect(noNote.note).toBeUndefined();
    expect(ZCheckIn.parse({ ...base, note: "  hi  ", noteShared: true })).toMatchObject({
      note: "hi",
      noteShared: true,
    });
    expect(ZCheckIn.safeParse({ ...base, excused: true, excuseNote: "x" }).success).toBe(false);
    expect(ZCheckIn.safeParse({ ...base, outcome: "missed", excused: true }).success).toBe(false);
    expect(ZCheckIn.parse({ ...base, outcome: "missed", excuseNote: "dropped" })).toMatchObject({
      excuseNote: undefined,
    });
    expect(ZAck.safeParse({ checkInId: "x", kind: "differ" }).success).toBe(false);
    expect(ZAck.safeParse({ checkInId: "x", kind: "noticed" }).success).toBe(true);
  });
});
