import { describe, expect, it } from "vitest";
import {
  addDays,
  type CadencePeriod,
  cadenceOn,
  checkInDateProblem,
  daysBetween,
  eachDate,
  isDueOn,
  isLocalDate,
  isOffered,
  localDate,
  nextCadenceStart,
  weeklyTarget,
  weekStartOf,
} from "./schedule";

const daily: CadencePeriod[] = [{ from: "2026-01-01", cadence: { kind: "daily" } }];

describe("local dates", () => {
  it("validates real calendar dates only", () => {
    expect(isLocalDate("2026-02-28")).toBe(true);
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2026-2-1")).toBe(false);
    expect(isLocalDate("yesterday")).toBe(false);
  });

  it("gives each partner their own day at the same instant", () => {
    const instant = new Date("2026-03-08T03:30:00Z");
    expect(localDate(instant, "America/New_York")).toBe("2026-03-07");
    expect(localDate(instant, "Asia/Tokyo")).toBe("2026-03-08");
    expect(localDate(instant, "Pacific/Kiritimati")).toBe("2026-03-08");
  });

  it("is not fooled by DST: New York spring forward and Berlin fall back", () => {
    // 2026-03-08 has 23 hours in New York; 2026-10-25 has 25 hours in Berlin.
    expect(localDate(new Date("2026-03-09T03:59:00Z"), "America/New_York")).toBe("2026-03-08");
    expect(localDate(new Date("2026-03-09T04:00:00Z"), "America/New_York")).toBe("2026-03-09");
    expect(localDate(new Date("2026-10-25T22:59:00Z"), "Europe/Berlin")).toBe("2026-10-25");
    expect(localDate(new Date("2026-10-25T23:00:00Z"), "Europe/Berlin")).toBe("2026-10-26");
    expect(addDays("2026-03-07", 1)).toBe("2026-03-08");
    expect(addDays("2026-03-08", 1)).toBe("2026-03-09");
    expect(eachDate("2026-10-24", "2026-10-27")).toEqual([
      "2026-10-24",
      "2026-10-25",
      "2026-10-26",
      "2026-10-27",
    ]);
    expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
  });

  it("finds the start of the person's week", () => {
    expect(weekStartOf("2026-11-25", 1)).toBe("2026-11-23");
    expect(weekStartOf("2026-11-25", 0)).toBe("2026-11-22");
    expect(weekStartOf("2026-11-23", 1)).toBe("2026-11-23");
    expect(weekStartOf("2026-11-22", 1)).toBe("2026-11-16");
  });
});

describe("what is due", () => {
  it("daily, chosen weekdays and one-off", () => {
    expect(isDueOn(daily, [], "2026-11-25")).toBe(true);
    expect(isDueOn(daily, [], "2025-12-31")).toBe(false); // before it existed
    const weekdays: CadencePeriod[] = [{ from: "2026-01-01", cadence: { kind: "weekdays", days: [1, 3] } }];
    expect(isDueOn(weekdays, [], "2026-11-23")).toBe(true); // Monday
    expect(isDueOn(weekdays, [], "2026-11-24")).toBe(false);
    expect(isDueOn(weekdays, [], "2026-11-25")).toBe(true); // Wednesday
    const once: CadencePeriod[] = [{ from: "2026-11-01", cadence: { kind: "once", due: "2026-11-20" } }];
    expect(isDueOn(once, [], "2026-11-20")).toBe(true);
    expect(isOffered(once, [], "2026-11-10")).toBe(true);
    expect(isOffered(once, [], "2026-11-21")).toBe(false);
  });

  it("N per week and conditional are offered every day but due on none", () => {
    const n: CadencePeriod[] = [{ from: "2026-01-01", cadence: { kind: "timesPerWeek", times: 3 } }];
    expect(isDueOn(n, [], "2026-11-25")).toBe(false);
    expect(isOffered(n, [], "2026-11-25")).toBe(true);
    expect(weeklyTarget(n, [], "2026-11-23")).toBe(3);
    const c: CadencePeriod[] = [{ from: "2026-01-01", cadence: { kind: "conditional" } }];
    expect(isOffered(c, [], "2026-11-25")).toBe(true);
    expect(weeklyTarget(c, [], "2026-11-23")).toBeNull();
  });

  it("paused days don't count", () => {
    const pause = [{ from: "2026-11-24", to: "2026-11-26" }];
    expect(isDueOn(daily, pause, "2026-11-25")).toBe(false);
    expect(isOffered(daily, pause, "2026-11-25")).toBe(false);
    expect(weeklyTarget(daily, pause, "2026-11-23")).toBe(4);
    const n: CadencePeriod[] = [{ from: "2026-01-01", cadence: { kind: "timesPerWeek", times: 7 } }];
    expect(weeklyTarget(n, pause, "2026-11-23")).toBe(4);
  });

  it("a cadence change applies from the next week, so past weeks keep their target", () => {
    const from = nextCadenceStart("2026-11-25", 1);
    expect(from).toBe("2026-11-30");
    const periods: CadencePeriod[] = [
      { from: "2026-01-01", cadence: { kind: "daily" } },
      { from, cadence: { kind: "weekdays", days: [6] } },
    ];
    expect(cadenceOn(periods, "2026-11-29")).toEqual({ kind: "daily" });
    expect(weeklyTarget(periods, [], "2026-11-23")).toBe(7);
    expect(weeklyTarget(periods, [], "2026-11-30")).toBe(1);
  });
});

describe("the check-in window", () => {
  it("today and the 7 days before it; never the future", () => {
    expect(checkInDateProblem("2026-11-25", "2026-11-25")).toBeNull();
    expect(checkInDateProblem("2026-11-18", "2026-11-25")).toBeNull();
    expect(checkInDateProblem("2026-11-17", "2026-11-25")).toBe("locked");
    expect(checkInDateProblem("2026-11-26", "2026-11-25")).toBe("future");
  });
});
