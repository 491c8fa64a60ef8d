import { describe, expect, it } from "vitest";
import { dayMark, describeWeek, doneOf, points, weekPoints } from "./week-count";

describe("points", () => {
  it("writes halves without a leading zero", () => {
    expect(points(0)).toBe("0");
    expect(points(0.5)).toBe("½");
    expect(points(2.5)).toBe("2½");
    expect(points(3)).toBe("3");
  });
});

describe("weekPoints", () => {
  const checkIns = [
    { day: "2026-11-29", outcome: "kept" }, // the Sunday before: another week
    { day: "2026-11-30", outcome: "partly" },
    { day: "2026-12-01", outcome: "kept" },
    { day: "2026-12-02", outcome: "missed" },
    { day: "2026-12-03", outcome: "not-applicable" },
  ];
  it("counts kept 1, partly ½, only inside the week", () => {
    expect(weekPoints(checkIns, "2026-11-30", "2026-12-06")).toBe(1.5);
  });
});

describe("describeWeek", () => {
  it("never says more done than asked as 'N of fewer'", () => {
    expect(describeWeek(3, 2)).toBe("3 this week, aim of 2 reached");
    expect(describeWeek(3, 2)).not.toMatch(/3 of 2/);
  });
  it("says a half as ½, not 0½", () => {
    expect(describeWeek(0.5, 3)).toBe("½ of 3 this week");
  });
  it("counts up to the aim", () => {
    expect(describeWeek(0, 3)).toBe("0 of 3 this week");
    expect(describeWeek(2, 2)).toBe("2 of 2 this week");
  });
  it("a fully paused week asks nothing", () => {
    expect(describeWeek(0, 0)).toBe("nothing asked this week");
  });
});

describe("dayMark", () => {
  it("marks a day by its answers", () => {
    expect(dayMark([])).toBeNull();
    expect(dayMark([{ outcome: "kept" }, { outcome: "not-applicable" }])).toBe("kept");
    expect(dayMark([{ outcome: "kept" }, { outcome: "partly" }])).toBe("partly");
    expect(dayMark([{ outcome: "kept" }, { outcome: "missed" }])).toBe("missed");
  });
});

describe("doneOf", () => {
  it("counts answered items of those due", () => {
    expect(doneOf([{ checkIn: {} }, { checkIn: null }, { checkIn: {} }, { checkIn: null }])).toEqual({
      done: 2,
      total: 4,
    });
  });
});
