import { describe, expect, it } from "vitest";
import { breakWindow, coversDay, currentBreak, endedEarly, ZStartBreak } from "@/domain/break/break";

describe("a break", () => {
  it("covers today and the chosen days after it", () => {
    expect(breakWindow("2026-12-01", 1)).toEqual({ from: "2026-12-01", to: "2026-12-01" });
    expect(breakWindow("2026-12-30", 5)).toEqual({ from: "2026-12-30", to: "2027-01-03" });
  });

  it("ending early shares today again; a break ended the day it started covers nothing", () => {
    const w = breakWindow("2026-12-01", 14);
    expect(endedEarly(w, "2026-12-05")).toEqual({ from: "2026-12-01", to: "2026-12-04" });
    const none = endedEarly(w, "2026-12-01");
    expect(coversDay([none], "2026-12-01")).toBe(false);
    expect(currentBreak([none], "2026-12-01")).toBeNull();
  });

  it("knows which days it covers and which break is running", () => {
    const w = { from: "2026-12-01", to: "2026-12-03" };
    expect(coversDay([w], "2026-11-30")).toBe(false);
    expect(coversDay([w], "2026-12-03")).toBe(true);
    expect(currentBreak([w], "2026-12-02")).toBe(w);
    expect(currentBreak([w], "2026-12-04")).toBeNull();
  });

  it("takes 1–30 whole days and an optional note", () => {
    expect(ZStartBreak.parse({ days: 30, note: "  " })).toEqual({ days: 30 });
    expect(ZStartBreak.safeParse({ days: 0 }).error?.issues[0]?.message).toBe(
      "A break lasts at least 1 day.",
    );
    expect(ZStartBreak.safeParse({ days: 31 }).success).toBe(false);
    expect(ZStartBreak.safeParse({ days: 2.5 }).success).toBe(false);
    expect(ZStartBreak.safeParse({ days: 3, userId: "x" }).success).toBe(false);
  });
});
