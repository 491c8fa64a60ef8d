import { describe, expect, it } from "vitest";
import { inQuietHours, REMINDER_RELEVANT_MS, reminderDue, zonedInstant } from "./reminders";

const prefs = { time: "08:00", quietFrom: "22:00", quietTo: "07:00" };
const at = (iso: string) => new Date(iso);
const minute = 60_000;

/** The first minute (UTC, stepping by minutes) at which a reminder is due, within the given window. */
function firstDue(fromIso: string, hours: number, timeZone: string, p = prefs) {
  const start = at(fromIso).getTime();
  for (let t = start; t < start + hours * 3_600_000; t += minute) {
    const due = reminderDue(new Date(t), timeZone, p);
    if (due) return { instant: new Date(t).toISOString(), day: due.day };
  }
  return null;
}

describe("reminders at a local time", () => {
  it("Asia/Kathmandu (+05:45): 08:00 local is 02:15 UTC", () => {
    expect(zonedInstant("2026-01-05", "08:00", "Asia/Kathmandu").toISOString()).toBe(
      "2026-01-05T02:15:00.000Z",
    );
    expect(firstDue("2026-01-04T20:00:00Z", 12, "Asia/Kathmandu")).toEqual({
      instant: "2026-01-05T02:15:00.000Z",
      day: "2026-01-05",
    });
  });

  it("Pacific/Auckland across the start of daylight saving (27 Sep 2026): 08:00 local each day", () => {
    // Standard time (+12) the day before, daylight time (+13) on the day and after.
    expect(firstDue("2026-09-25T12:00:00Z", 24, "Pacific/Auckland")).toEqual({
      instant: "2026-09-25T20:00:00.000Z",
      day: "2026-09-26",
    });
    expect(firstDue("2026-09-26T12:00:00Z", 24, "Pacific/Auckland")).toEqual({
      instant: "2026-09-26T19:00:00.000Z",
      day: "2026-09-27",
    });
    expect(firstDue("2026-09-27T12:00:00Z", 24, "Pacific/Auckland")).toEqual({
      instant: "2026-09-27T19:00:00.000Z",
      day: "2026-09-28",
    });
    // And at the end of it (5 Apr 2026, +13 → +12).
    expect(zonedInstant("2026-04-05", "08:00", "Pacific/Auckland").toISOString()).toBe(
      "2026-04-04T20:00:00.000Z",
    );
    expect(zonedInstant("2026-04-04", "08:00", "Pacific/Auckland").toISOString()).toBe(
      "2026-04-03T19:00:00.000Z",
    );
  });

  it("America/Los_Angeles on the day the clocks go back (1 Nov 2026)", () => {
    expect(zonedInstant("2026-10-31", "08:00", "America/Los_Angeles").toISOString()).toBe(
      "2026-10-31T15:00:00.000Z",
    );
    expect(zonedInstant("2026-11-01", "08:00", "America/Los_Angeles").toISOString()).toBe(
      "2026-11-01T16:00:00.000Z",
    );
    expect(firstDue("2026-11-01T08:00:00Z", 24, "America/Los_Angeles")?.instant).toBe(
      "2026-11-01T16:00:00.000Z",
    );
  });

  it("never in quiet hours: a reminder time inside them is never due", () => {
    const night = { time: "23:30", quietFrom: "22:00", quietTo: "07:00" };
    expect(firstDue("2026-06-01T00:00:00Z", 48, "America/Los_Angeles", night)).toBeNull();
    expect(inQuietHours(at("2026-06-01T06:30:00Z"), "Europe/Berlin", prefs)).toBe(false); // 08:30 local
    expect(inQuietHours(at("2026-06-01T04:30:00Z"), "Europe/Berlin", prefs)).toBe(true); // 06:30 local
    expect(inQuietHours(at("2026-06-01T21:00:00Z"), "Europe/Berlin", prefs)).toBe(true); // 23:00 local
  });

  it("a reminder missed while the server was down is sent late only while still relevant", () => {
    const eight = zonedInstant("2026-01-05", "08:00", "Asia/Kathmandu").getTime();
    expect(reminderDue(new Date(eight - minute), "Asia/Kathmandu", prefs)).toBeNull();
    expect(reminderDue(new Date(eight + REMINDER_RELEVANT_MS - minute), "Asia/Kathmandu", prefs)).toEqual({
      day: "2026-01-05",
    });
    expect(reminderDue(new Date(eight + REMINDER_RELEVANT_MS + minute), "Asia/Kathmandu", prefs)).toBeNull();
  });
});
