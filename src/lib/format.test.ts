import { describe, expect, it } from "vitest";
import { formatLocalDay } from "@/lib/format";

describe("formatLocalDay (days, not minutes)", () => {
  it("reads a local day as a day, with no time in it, whatever the server's zone", () => {
    expect(formatLocalDay("2026-12-14")).toBe("14 December 2026");
    expect(formatLocalDay("2026-01-01")).toBe("1 January 2026");
    expect(formatLocalDay("2026-12-14")).not.toMatch(/\d{1,2}:\d{2}/);
  });
});
