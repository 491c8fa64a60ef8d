import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  type CadencePeriod,
  cadenceOn,
  checkInDateProblem,
  dayOfWeek,
  daysBetween,
  eachDate,
  fromDayNumber,
  isDueOn,
  isLocalDate,
  isOffered,
  localDate,
  nextCadenceStart,
  type Pause,
  toDayNumber,
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

describe("partners in Auckland and Los Angeles", () => {
  const AKL = "Pacific/Auckland";
  const LAX = "America/Los_Angeles";
  const days = (iso: string) => {
    const instant = new Date(iso);
    return { auckland: localDate(instant, AKL), la: localDate(instant, LAX) };
  };

  it("around Auckland's DST start (NZDT begins 2026-09-27 02:00 NZST = 2026-09-26T14:00Z)", () => {
    // NZST is UTC+12, NZDT UTC+13; LA is on PDT (UTC−7) throughout.
    expect(days("2026-09-26T11:59:00Z")).toEqual({ auckland: "2026-09-26", la: "2026-09-26" }); // 23:59 | 04:59
    expect(days("2026-09-26T12:00:00Z")).toEqual({ auckland: "2026-09-27", la: "2026-09-26" }); // 00:00 | 05:00
    expect(days("2026-09-26T13:59:00Z")).toEqual({ auckland: "2026-09-27", la: "2026-09-26" }); // 01:59 NZST
    expect(days("2026-09-26T14:00:00Z")).toEqual({ auckland: "2026-09-27", la: "2026-09-26" }); // 03:00 NZDT
    expect(days("2026-09-27T08:00:00Z")).toEqual({ auckland: "2026-09-27", la: "2026-09-27" }); // 21:00 | 01:00
    // The 23-hour Auckland day ends at 11:00Z, an hour earlier than the day before it.
    expect(days("2026-09-27T10:59:00Z")).toEqual({ auckland: "2026-09-27", la: "2026-09-27" });
    expect(days("2026-09-27T11:00:00Z")).toEqual({ auckland: "2026-09-28", la: "2026-09-27" });
  });

  it("around LA's DST end (PST begins 2026-11-01 02:00 PDT = 2026-11-01T09:00Z)", () => {
    // Auckland is on NZDT (UTC+13) throughout.
    expect(days("2026-11-01T08:30:00Z")).toEqual({ auckland: "2026-11-01", la: "2026-11-01" }); // first 01:30 (PDT)
    expect(days("2026-11-01T09:30:00Z")).toEqual({ auckland: "2026-11-01", la: "2026-11-01" }); // second 01:30 (PST)
    expect(days("2026-11-01T10:59:00Z")).toEqual({ auckland: "2026-11-01", la: "2026-11-01" });
    expect(days("2026-11-01T11:00:00Z")).toEqual({ auckland: "2026-11-02", la: "2026-11-01" });
    // The 25-hour LA day ends at 08:00Z, an hour later than the day before it.
    expect(days("2026-11-02T07:30:00Z")).toEqual({ auckland: "2026-11-02", la: "2026-11-01" }); // 20:30 | 23:30
    expect(days("2026-11-02T08:00:00Z")).toEqual({ auckland: "2026-11-02", la: "2026-11-02" }); // 21:00 | 00:00
  });

  it("across the New Year: Auckland is in 2027 while LA is still in 2026", () => {
    expect(days("2026-12-31T10:59:00Z")).toEqual({ auckland: "2026-12-31", la: "2026-12-31" });
    expect(days("2026-12-31T11:00:00Z")).toEqual({ auckland: "2027-01-01", la: "2026-12-31" });
    expect(days("2027-01-01T07:59:00Z")).toEqual({ auckland: "2027-01-01", la: "2026-12-31" });
    expect(days("2027-01-01T08:00:00Z")).toEqual({ auckland: "2027-01-01", la: "2027-01-01" });
  });

  it("each partner checks in for their own today; the other's today can be their tomorrow", () => {
    for (const iso of [
      "2026-09-26T12:00:00Z",
      "2026-09-27T11:00:00Z",
      "2026-11-02T07:30:00Z",
      "2027-01-01T07:59:00Z",
    ]) {
      const { auckland, la } = days(iso);
      expect(addDays(la, 1)).toBe(auckland); // LA is a calendar day behind at these instants
      expect(checkInDateProblem(auckland, auckland)).toBeNull();
      expect(checkInDateProblem(la, la)).toBeNull();
      // Auckland's today is tomorrow in LA: not yet checkable there.
      expect(checkInDateProblem(auckland, la)).toBe("future");
      // LA's today is yesterday in Auckland: still inside Auckland's window.
      expect(checkInDateProblem(la, auckland)).toBeNull();
    }
    // New Year specifically: 2027-01-01 is checkable in Auckland but "future" in LA.
    const { auckland, la } = days("2026-12-31T11:00:00Z");
    expect([auckland, la]).toEqual(["2027-01-01", "2026-12-31"]);
    expect(checkInDateProblem("2027-01-01", auckland)).toBeNull();
    expect(checkInDateProblem("2027-01-01", la)).toBe("future");
  });

  it("on a shared day neither partner's today is the other's future", () => {
    const { auckland, la } = days("2026-09-27T08:00:00Z");
    expect(auckland).toBe(la);
    expect(checkInDateProblem(auckland, la)).toBeNull();
    expect(checkInDateProblem(addDays(la, 1), la)).toBe("future");
    expect(checkInDateProblem(addDays(auckland, 1), auckland)).toBe("future");
  });
});

describe("DST weeks have seven days", () => {
  const monWedFri: CadencePeriod[] = [{ from: "2026-01-01", cadence: { kind: "weekdays", days: [1, 3, 5] } }];

  it("New York spring-forward week (2026-03-08, a Sunday, has 23 hours)", () => {
    const today = localDate(new Date("2026-03-08T12:00:00Z"), "America/New_York");
    expect(today).toBe("2026-03-08");
    expect(dayOfWeek(today)).toBe(0);
    const mondayWeek = weekStartOf(today, 1);
    const sundayWeek = weekStartOf(today, 0);
    expect(mondayWeek).toBe("2026-03-02");
    expect(sundayWeek).toBe("2026-03-08");
    expect(eachDate(mondayWeek, addDays(mondayWeek, 6))).toEqual([
      "2026-03-02",
      "2026-03-03",
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
    ]);
    expect(eachDate(sundayWeek, addDays(sundayWeek, 6))).toHaveLength(7);
    expect(weeklyTarget(daily, [], mondayWeek)).toBe(7);
    expect(weeklyTarget(daily, [], sundayWeek)).toBe(7);
    expect(weeklyTarget(monWedFri, [], mondayWeek)).toBe(3);
    expect(weeklyTarget(monWedFri, [], sundayWeek)).toBe(3);
  });

  it("Berlin fall-back week (2026-10-25, a Sunday, has 25 hours)", () => {
    const today = localDate(new Date("2026-10-25T12:00:00Z"), "Europe/Berlin");
    expect(today).toBe("2026-10-25");
    const mondayWeek = weekStartOf(today, 1);
    const sundayWeek = weekStartOf(today, 0);
    expect(mondayWeek).toBe("2026-10-19");
    expect(sundayWeek).toBe("2026-10-25");
    expect(eachDate(mondayWeek, addDays(mondayWeek, 6))).toHaveLength(7);
    expect(eachDate(sundayWeek, addDays(sundayWeek, 6))).toEqual([
      "2026-10-25",
      "2026-10-26",
      "2026-10-27",
      "2026-10-28",
      "2026-10-29",
      "2026-10-30",
      "2026-10-31",
    ]);
    expect(weeklyTarget(daily, [], mondayWeek)).toBe(7);
    expect(weeklyTarget(daily, [], sundayWeek)).toBe(7);
    expect(weeklyTarget(monWedFri, [], mondayWeek)).toBe(3);
    expect(weeklyTarget(monWedFri, [], sundayWeek)).toBe(3);
    // The fall-back Sunday itself is due once for daily, not twice, and not for Mon/Wed/Fri.
    expect(isDueOn(daily, [], "2026-10-25")).toBe(true);
    expect(isDueOn(monWedFri, [], "2026-10-25")).toBe(false);
    expect(isDueOn(monWedFri, [], "2026-10-26")).toBe(true);
  });
});

describe("N times per week with pauses", () => {
  const three: CadencePeriod[] = [{ from: "2026-01-01", cadence: { kind: "timesPerWeek", times: 3 } }];
  const week = "2026-11-23"; // Monday … Sunday 2026-11-29

  it("scales the target by the unpaused share of the week", () => {
    // 4 of 7 days paused: Math.round(3 * 3 / 7) = Math.round(1.29) = 1.
    const fourDays: Pause[] = [{ from: "2026-11-23", to: "2026-11-26" }];
    expect(weeklyTarget(three, fourDays, week)).toBe(1);
    // 2 of 7 days paused: Math.round(3 * 5 / 7) = Math.round(2.14) = 2.
    const twoDays: Pause[] = [{ from: "2026-11-28", to: "2026-11-29" }];
    expect(weeklyTarget(three, twoDays, week)).toBe(2);
    // A pause that started the week before only counts its days in this week: 11-20 … 11-24 → 2 days.
    const straddling: Pause[] = [{ from: "2026-11-20", to: "2026-11-24" }];
    expect(weeklyTarget(three, straddling, week)).toBe(2);
    // The week before has 11-20 … 11-22 paused: Math.round(3 * 4 / 7) = Math.round(1.71) = 2.
    expect(weeklyTarget(three, straddling, "2026-11-16")).toBe(2);
    // 5 times, 2 days paused: Math.round(5 * 5 / 7) = Math.round(3.57) = 4.
    const five: CadencePeriod[] = [{ from: "2026-01-01", cadence: { kind: "timesPerWeek", times: 5 } }];
    expect(weeklyTarget(five, twoDays, week)).toBe(4);
  });

  it("a fully paused week has a target of 0 and offers nothing", () => {
    const whole: Pause[] = [{ from: "2026-11-20", to: "2026-12-02" }];
    expect(weeklyTarget(three, whole, week)).toBe(0);
    for (const d of eachDate(week, addDays(week, 6))) expect(isOffered(three, whole, d)).toBe(false);
    // Two back-to-back pauses covering the week also add up to the whole week.
    const split: Pause[] = [
      { from: "2026-11-23", to: "2026-11-25" },
      { from: "2026-11-26", to: "2026-11-29" },
    ];
    expect(weeklyTarget(three, split, week)).toBe(0);
  });

  it("is not offered on paused days, but is on the rest of the week", () => {
    const fourDays: Pause[] = [{ from: "2026-11-23", to: "2026-11-26" }];
    expect(isOffered(three, fourDays, "2026-11-23")).toBe(false); // first paused day
    expect(isOffered(three, fourDays, "2026-11-26")).toBe(false); // last paused day (inclusive)
    expect(isOffered(three, fourDays, "2026-11-27")).toBe(true);
    expect(isOffered(three, fourDays, "2026-11-22")).toBe(true);
    expect(isDueOn(three, fourDays, "2026-11-27")).toBe(false); // offered, never "due"
  });

  it("the first week only counts the days the commitment existed", () => {
    // Starts Thursday 2026-11-26: 4 of the week's 7 days → Math.round(3 * 4 / 7) = 2.
    const late: CadencePeriod[] = [{ from: "2026-11-26", cadence: { kind: "timesPerWeek", times: 3 } }];
    expect(weeklyTarget(late, [], week)).toBe(2);
    expect(isOffered(late, [], "2026-11-25")).toBe(false);
    expect(isOffered(late, [], "2026-11-26")).toBe(true);
  });
});

describe("cadence changes", () => {
  const periods: CadencePeriod[] = [
    { from: "2026-01-05", cadence: { kind: "daily" } }, // a Monday
    { from: "2026-02-02", cadence: { kind: "weekdays", days: [1, 3, 5] } }, // a Monday
  ];

  it("the cadence in force before, on and after each change", () => {
    expect(cadenceOn(periods, "2026-01-04")).toBeNull();
    expect(cadenceOn(periods, "2026-01-05")).toEqual({ kind: "daily" });
    expect(cadenceOn(periods, "2026-02-01")).toEqual({ kind: "daily" });
    expect(cadenceOn(periods, "2026-02-02")).toEqual({ kind: "weekdays", days: [1, 3, 5] });
    expect(cadenceOn(periods, "2027-06-01")).toEqual({ kind: "weekdays", days: [1, 3, 5] });
    // Order of the periods array doesn't matter.
    expect(cadenceOn([...periods].reverse(), "2026-02-01")).toEqual({ kind: "daily" });
    expect(cadenceOn([...periods].reverse(), "2026-02-02")).toEqual({ kind: "weekdays", days: [1, 3, 5] });
  });

  it("weekly targets before and after the change", () => {
    expect(weeklyTarget(periods, [], "2026-01-26")).toBe(7);
    expect(weeklyTarget(periods, [], "2026-02-02")).toBe(3);
    expect(weeklyTarget(periods, [], "2026-02-09")).toBe(3);
    // The week before the commitment existed.
    expect(weeklyTarget(periods, [], "2025-12-29")).toBe(0);
    // Mon 2026-02-02, Wed 02-04, Fri 02-06 are due; Tue and the weekend are not.
    expect(isDueOn(periods, [], "2026-02-01")).toBe(true);
    expect(isDueOn(periods, [], "2026-02-02")).toBe(true);
    expect(isDueOn(periods, [], "2026-02-03")).toBe(false);
    expect(isDueOn(periods, [], "2026-02-06")).toBe(true);
    expect(isDueOn(periods, [], "2026-02-07")).toBe(false);
  });

  it("a change takes effect at the start of the next week, for either week start", () => {
    // Wednesday 2026-01-28.
    expect(nextCadenceStart("2026-01-28", 1)).toBe("2026-02-02");
    expect(nextCadenceStart("2026-01-28", 0)).toBe("2026-02-01");
    // Saturday 2026-01-31 (last day of a Sunday-start week).
    expect(nextCadenceStart("2026-01-31", 0)).toBe("2026-02-01");
    expect(nextCadenceStart("2026-01-31", 1)).toBe("2026-02-02");
    // Sunday 2026-02-01: last day of a Monday-start week, first day of a Sunday-start one.
    expect(nextCadenceStart("2026-02-01", 1)).toBe("2026-02-02");
    expect(nextCadenceStart("2026-02-01", 0)).toBe("2026-02-08");
  });

  it("a change made on the first day of a week starts next week, never today", () => {
    expect(nextCadenceStart("2026-02-02", 1)).toBe("2026-02-09"); // Monday, Monday-start week
    expect(nextCadenceStart("2026-02-08", 0)).toBe("2026-02-15"); // Sunday, Sunday-start week
    for (const today of eachDate("2026-12-20", "2027-01-10")) {
      for (const weekStartsOn of [0, 1, 6]) {
        const from = nextCadenceStart(today, weekStartsOn);
        expect(from > today).toBe(true);
        expect(dayOfWeek(from)).toBe(weekStartsOn);
        expect(daysBetween(today, from)).toBeGreaterThanOrEqual(1);
        expect(daysBetween(today, from)).toBeLessThanOrEqual(7);
      }
    }
    // Across the year boundary.
    expect(nextCadenceStart("2026-12-31", 1)).toBe("2027-01-04");
  });
});

describe("a one-off", () => {
  const once: CadencePeriod[] = [{ from: "2026-11-01", cadence: { kind: "once", due: "2026-11-20" } }]; // a Friday

  it("is offered from when it exists up to and including its due date", () => {
    expect(isOffered(once, [], "2026-10-31")).toBe(false); // before it existed
    expect(isOffered(once, [], "2026-11-01")).toBe(true);
    expect(isOffered(once, [], "2026-11-19")).toBe(true);
    expect(isOffered(once, [], "2026-11-20")).toBe(true);
    expect(isOffered(once, [], "2026-11-21")).toBe(false);
    expect(isOffered(once, [], "2027-01-01")).toBe(false);
  });

  it("is due only on its due date", () => {
    expect(isDueOn(once, [], "2026-11-19")).toBe(false);
    expect(isDueOn(once, [], "2026-11-20")).toBe(true);
    expect(isDueOn(once, [], "2026-11-21")).toBe(false);
    expect(eachDate("2026-11-01", "2026-11-30").filter((d) => isDueOn(once, [], d))).toEqual(["2026-11-20"]);
  });

  it("targets 1 in the week of its due date and 0 in every other week", () => {
    expect(weeklyTarget(once, [], "2026-11-16")).toBe(1); // Monday-start week
    expect(weeklyTarget(once, [], "2026-11-15")).toBe(1); // Sunday-start week
    expect(weeklyTarget(once, [], "2026-11-09")).toBe(0);
    expect(weeklyTarget(once, [], "2026-11-23")).toBe(0);
    expect(weeklyTarget(once, [], "2026-10-26")).toBe(0); // the week it was created in
  });

  it("a pause over the due date removes it", () => {
    const pause: Pause[] = [{ from: "2026-11-20", to: "2026-11-20" }];
    expect(isDueOn(once, pause, "2026-11-20")).toBe(false);
    expect(isOffered(once, pause, "2026-11-20")).toBe(false);
    expect(weeklyTarget(once, pause, "2026-11-16")).toBe(0);
  });
});

describe("the check-in window at its edges", () => {
  it("exactly 7 days back is allowed, 8 is locked", () => {
    expect(checkInDateProblem(addDays("2026-06-15", -7), "2026-06-15")).toBeNull();
    expect(checkInDateProblem(addDays("2026-06-15", -8), "2026-06-15")).toBe("locked");
  });

  it("across a month boundary", () => {
    expect(checkInDateProblem("2026-02-26", "2026-03-05")).toBeNull(); // 2026 is not a leap year
    expect(checkInDateProblem("2026-02-25", "2026-03-05")).toBe("locked");
    expect(checkInDateProblem("2028-02-25", "2028-03-03")).toBeNull(); // 2028 has a 29 February
    expect(checkInDateProblem("2028-02-24", "2028-03-03")).toBe("locked");
  });

  it("across a year boundary", () => {
    expect(checkInDateProblem("2027-01-03", "2027-01-03")).toBeNull();
    expect(checkInDateProblem("2026-12-31", "2027-01-03")).toBeNull();
    expect(checkInDateProblem("2026-12-27", "2027-01-03")).toBeNull();
    expect(checkInDateProblem("2026-12-26", "2027-01-03")).toBe("locked");
    expect(checkInDateProblem("2027-01-01", "2026-12-31")).toBe("future");
  });

  it("across DST changes, counted in calendar days", () => {
    // New York springs forward on 2026-03-08 and Berlin falls back on 2026-10-25 inside these windows.
    expect(checkInDateProblem("2026-03-03", "2026-03-10")).toBeNull();
    expect(checkInDateProblem("2026-03-02", "2026-03-10")).toBe("locked");
    expect(checkInDateProblem("2026-10-21", "2026-10-28")).toBeNull();
    expect(checkInDateProblem("2026-10-20", "2026-10-28")).toBe("locked");
  });
});

describe("day numbers", () => {
  it("agree with the calendar for every day from 1900 to 2100", () => {
    const start = Date.UTC(1900, 0, 1);
    for (let t = start, n = toDayNumber("1900-01-01"); t <= Date.UTC(2100, 11, 31); t += 86_400_000, n++) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(toDayNumber(iso)).toBe(n);
      expect(fromDayNumber(n)).toBe(iso);
      if (n % 97 === 0) expect(dayOfWeek(iso)).toBe(new Date(t).getUTCDay());
    }
    expect(toDayNumber("1970-01-01")).toBe(0);
  });
});

describe("localDate", () => {
  // From 1980: before, some zones' offsets had seconds (local mean time), which Intl keeps and
  // date-fns-tz rounds to the minute.
  it("gives the calendar date date-fns-tz gives, in every kind of zone", () => {
    const zones = [
      "UTC",
      "Europe/London",
      "America/New_York",
      "America/St_Johns",
      "Asia/Kathmandu",
      "Australia/Lord_Howe",
      "Pacific/Kiritimati",
      "Pacific/Pago_Pago",
      "Pacific/Chatham",
      "Africa/Casablanca",
    ];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1980-01-01T00:00:00Z"),
          max: new Date("2200-12-31T23:59:59Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          expect(localDate(instant, zone)).toBe(format(new TZDate(instant.getTime(), zone), "yyyy-MM-dd"));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("refuses a zone that doesn't exist", () => {
    expect(() => localDate(new Date(), "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
