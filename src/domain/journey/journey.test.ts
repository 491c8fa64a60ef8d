import { describe, expect, it } from "vitest";
import { emptyTally } from "@/domain/consistency/metrics";
import {
  groupByMonth,
  type JourneyEvent,
  monthChange,
  monthlyRates,
  monthsBetween,
  weeksSince,
} from "./journey";

const ev = (kind: JourneyEvent["kind"], day: string): JourneyEvent => ({
  key: `${kind}${day}`,
  kind,
  day,
  title: null,
  by: null,
  href: null,
});

describe("the journey", () => {
  it("lists every month since linking, newest first, across a year's end", () => {
    expect(monthsBetween("2025-11-20", "2026-02-03")).toEqual(["2026-02", "2026-01", "2025-12", "2025-11"]);
    expect(monthsBetween("2026-02-03", "2026-02-28")).toEqual(["2026-02"]);
  });

  it("counts whole weeks since the start", () => {
    expect(weeksSince("2026-11-01", "2026-11-07")).toBe(0);
    expect(weeksSince("2026-11-01", "2026-11-08")).toBe(1);
    expect(weeksSince("2026-10-01", "2026-12-01")).toBe(8);
  });

  it("groups by month and filters by kind, keeping quiet months", () => {
    const events = [
      ev("boundary-agreed", "2026-10-03"),
      ev("talk-held", "2026-10-11"),
      ev("amends-shared", "2026-12-01"),
    ];
    const all = groupByMonth(events, "2026-10-01", "2026-12-05", "all");
    expect(all.map((m) => m.month)).toEqual(["2026-12", "2026-11", "2026-10"]);
    expect(all[2]?.counts).toEqual({ boundaries: 1, talks: 1 });
    expect(all[1]?.events).toEqual([]);
    const talks = groupByMonth(events, "2026-10-01", "2026-12-05", "talks");
    expect(talks.flatMap((m) => m.events.map((e) => e.kind))).toEqual(["talk-held"]);
  });

  it("computes each month's rate from the weeks that start in it", () => {
    const week = (weekStart: string, kept: number, missed: number) => ({
      weekStart,
      tally: { ...emptyTally(), kept, missed },
    });
    const rates = monthlyRates([
      week("2026-10-26", 3, 1),
      week("2026-11-02", 1, 1),
      week("2026-11-09", 0, 0),
    ]);
    expect(rates.get("2026-10")).toBe(0.75);
    expect(rates.get("2026-11")).toBe(0.5);
    expect(monthlyRates([week("2026-11-09", 0, 0)]).get("2026-11")).toBeNull();
  });

  it("describes a change calmly", () => {
    expect(monthChange(0.5, 0.52)).toMatch(/about the same/);
    expect(monthChange(0.5, 0.7)).toBe("20 points more than the month before");
    expect(monthChange(null, 0.7)).toBeNull();
  });
});
