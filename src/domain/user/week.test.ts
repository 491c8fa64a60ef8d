import { describe, expect, it } from "vitest";
import { localWeekStart } from "./week";

describe("localWeekStart", () => {
  it("uses the person's zone, not the server's", () => {
    // Sunday 2026-11-29 23:30 in New York is already Monday 04:30 UTC.
    const instant = new Date("2026-11-30T04:30:00Z");
    expect(localWeekStart(instant, "America/New_York", 1)).toBe("2026-11-23");
    expect(localWeekStart(instant, "Europe/Berlin", 1)).toBe("2026-11-30");
  });
  it("honours the week start day", () => {
    const instant = new Date("2026-11-25T12:00:00Z"); // a Wednesday
    expect(localWeekStart(instant, "UTC", 0)).toBe("2026-11-22");
    expect(localWeekStart(instant, "UTC", 1)).toBe("2026-11-23");
    expect(localWeekStart(instant, "UTC", 3)).toBe("2026-11-25");
  });
});
