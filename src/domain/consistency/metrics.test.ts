import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, type Cadence, eachDate, weeklyTarget } from "@/domain/commitment/schedule";
import {
  emptyTally,
  heatmap,
  keptRate,
  strength,
  tallyTrack,
  type WeekSummary,
  weeklySummaries,
  weekStreaks,
} from "./metrics";
import { ANSWER_CODES, type DayAnswers, type Track } from "./track-days";

type CheckInFact = {
  day: string;
  outcome: "kept" | "partly" | "missed" | "not-applicable";
  excused: boolean;
};

/** Check-ins as the day codes the app reads them as (CheckInMonth, src/server/check-in-months-sql.ts). */
function answersOf(checkIns: CheckInFact[]): DayAnswers | undefined {
  const days = checkIns.map((c) => c.day).sort();
  const from = days[0];
  if (from === undefined) return undefined;
  const codes = eachDate(from, days.at(-1) ?? from).map((day) => {
    const c = checkIns.find((x) => x.day === day);
    if (!c) return ANSWER_CODES.none;
    if (c.outcome === "missed") return c.excused ? ANSWER_CODES.excused : ANSWER_CODES.missed;
    if (c.outcome === "not-applicable") return ANSWER_CODES.notApplicable;
    return ANSWER_CODES[c.outcome];
  });
  return { from, codes: codes.join("") };
}

const daily = (checkIns: CheckInFact[], extra: Partial<Track> = {}): Track => ({
  id: "t",
  periods: [{ from: "2026-01-01", cadence: { kind: "daily" } }],
  pauses: [],
  answers: answersOf(checkIns),
  ...extra,
});
const kept = (day: string): CheckInFact => ({ day, outcome: "kept", excused: false });
const missed = (day: string, excused = false): CheckInFact => ({ day, outcome: "missed", excused });
const partly = (day: string): CheckInFact => ({ day, outcome: "partly", excused: false });

describe("kept-rate", () => {
  it("partly counts half; excused and didn't-come-up are left out; nothing yet is —", () => {
    expect(keptRate({ ...emptyTally(), kept: 3, partly: 1, missed: 1 })).toBeCloseTo(3.5 / 5);
    expect(keptRate({ ...emptyTally(), kept: 2, excused: 5, notApplicable: 3, notLogged: 4 })).toBe(1);
    expect(keptRate(emptyTally())).toBeNull();
  });

  it("a week (Mon 2026-11-16 … Sun 22): not logged is unknown, counted but not in the rate", () => {
    const week = eachDate("2026-11-16", "2026-11-22");
    const track = daily([...week.slice(0, 5).map(kept), missed("2026-11-21", true)]);
    const t = tallyTrack(track, "2026-11-16", "2026-11-22", "2026-11-25", 1);
    expect(t).toEqual({ kept: 5, partly: 0, missed: 0, excused: 1, notApplicable: 0, notLogged: 1 });
    const [summary] = weeklySummaries([track], "2026-11-16", "2026-11-22", 1);
    expect(summary).toMatchObject({ weekStart: "2026-11-16", rate: 1, target: 6, keptScore: 5, met: false });
  });

  it("weeks are the person's own: a Sunday start shifts which days belong together", () => {
    const track = daily([kept("2026-11-22"), missed("2026-11-23")]);
    const monday = weeklySummaries([track], "2026-11-22", "2026-11-23", 1);
    expect(monday.map((w) => [w.weekStart, w.tally.kept, w.tally.missed])).toEqual([
      ["2026-11-16", 1, 0],
      ["2026-11-23", 0, 1],
    ]);
    const sunday = weeklySummaries([track], "2026-11-22", "2026-11-23", 0);
    expect(sunday.map((w) => [w.weekStart, w.tally.kept, w.tally.missed])).toEqual([["2026-11-22", 1, 1]]);
  });

  it("a DST week still has seven days (Berlin falls back on Sunday 2026-10-25)", () => {
    const week = eachDate("2026-10-19", "2026-10-25");
    expect(week).toHaveLength(7);
    const [summary] = weeklySummaries([daily(week.map(kept))], "2026-10-19", "2026-11-01", 1);
    expect(summary).toMatchObject({ target: 7, keptScore: 7, rate: 1, met: true });
  });

  it("a cadence change from the next week keeps the earlier week's target", () => {
    const track = daily([], {
      periods: [
        { from: "2026-11-02", cadence: { kind: "daily" } },
        { from: "2026-11-16", cadence: { kind: "weekdays", days: [1, 3, 5] } },
      ],
    });
    const weeks = weeklySummaries([track], "2026-11-09", "2026-11-22", 1);
    expect(weeks.map((w) => [w.weekStart, w.target, w.tally.notLogged])).toEqual([
      ["2026-11-09", 7, 7],
      ["2026-11-16", 3, 3],
    ]);
  });

  it("paused days don't count, even if someone checked in on them", () => {
    const track = daily([missed("2026-11-17"), kept("2026-11-18")], {
      pauses: [{ from: "2026-11-16", to: "2026-11-17" }],
    });
    const t = tallyTrack(track, "2026-11-16", "2026-11-18", "2026-11-18", 1);
    expect(t).toMatchObject({ kept: 1, missed: 0, notLogged: 0 });
  });

  it("N per week: a finished week's shortfall is not logged; the running week's isn't yet", () => {
    const track: Track = {
      id: "n",
      periods: [{ from: "2026-11-01", cadence: { kind: "timesPerWeek", times: 3 } }],
      pauses: [],
      answers: answersOf([kept("2026-11-17"), kept("2026-11-19"), kept("2026-11-23")]),
    };
    const weeks = weeklySummaries([track], "2026-11-16", "2026-11-25", 1);
    expect(weeks.map((w) => [w.weekStart, w.tally.kept, w.tally.notLogged, w.target, w.met])).toEqual([
      ["2026-11-16", 2, 1, 3, false],
      ["2026-11-23", 1, 0, 3, false],
    ]);
  });
});

describe("streaks", () => {
  const week = (met: boolean | null): WeekSummary => ({
    weekStart: "x",
    tally: emptyTally(),
    rate: null,
    target: met === null ? 0 : 1,
    keptScore: 0,
    met,
  });

  it("count weeks that met their target; paused weeks neither count nor break", () => {
    expect(weekStreaks([true, true, true, false, true, null, true].map(week))).toEqual({
      current: 2,
      best: 3,
    });
    expect(weekStreaks([true, true, true, false, true].map(week))).toEqual({ current: 1, best: 3 });
  });

  it("the running week doesn't break a streak before it ends", () => {
    expect(weekStreaks([true, true, false].map(week))).toEqual({ current: 2, best: 2 });
    expect(weekStreaks([true, true, true].map(week))).toEqual({ current: 3, best: 3 });
    expect(weekStreaks([])).toEqual({ current: 0, best: 0 });
  });
});

describe("strength", () => {
  const from = "2026-06-01";

  it("three misses after months of keeping stay above 80 %", () => {
    const days = eachDate(from, "2026-09-28");
    const misses = ["2026-09-29", "2026-09-30", "2026-10-01"];
    const track = daily([...days.map(kept), ...misses.map((d) => missed(d))]);
    const before = strength(track, from, "2026-09-28", 1);
    const after = strength(track, from, "2026-10-01", 1);
    expect(before).toBeGreaterThan(0.99);
    expect(after).toBeGreaterThan(0.8);
    expect(after).toBeCloseTo(before * 0.5 ** (3 / 13), 6);
  });

  it("follows Loop's formula from zero; excused, not-logged and paused days leave it unchanged", () => {
    const m = 0.5 ** (1 / 13);
    expect(strength(daily([kept("2026-06-01")]), from, "2026-06-01", 1)).toBeCloseTo(1 - m, 10);
    expect(strength(daily([kept("2026-06-01"), partly("2026-06-02")]), from, "2026-06-02", 1)).toBeCloseTo(
      (1 - m) * m + 0.5 * (1 - m),
      10,
    );
    const base = strength(daily([kept("2026-06-01")]), from, "2026-06-10", 1);
    expect(strength(daily([kept("2026-06-01"), missed("2026-06-02", true)]), from, "2026-06-10", 1)).toBe(
      base,
    );
    expect(
      strength(
        daily([kept("2026-06-01"), missed("2026-06-03")], {
          pauses: [{ from: "2026-06-03", to: "2026-06-03" }],
        }),
        from,
        "2026-06-10",
        1,
      ),
    ).toBe(base);
  });

  it("fewer expected times per day decay more slowly (chosen weekdays)", () => {
    const weekdays: Track = {
      id: "w",
      periods: [{ from, cadence: { kind: "weekdays", days: [1, 3, 5] } }],
      pauses: [],
      answers: answersOf([kept("2026-06-01")]),
    };
    expect(strength(weekdays, from, "2026-06-07", 1)).toBeCloseTo(1 - 0.5 ** (Math.sqrt(3 / 7) / 13), 10);
  });

  it("N per week scores each finished week by the share of its target met", () => {
    const track: Track = {
      id: "n",
      periods: [{ from, cadence: { kind: "timesPerWeek", times: 2 } }],
      pauses: [],
      answers: answersOf([kept("2026-06-02")]),
    };
    const m = 0.5 ** (Math.sqrt(2 / 7) / 13);
    expect(strength(track, from, "2026-06-10", 1)).toBeCloseTo(0.5 * (1 - m), 10);
  });
});

describe("heatmap", () => {
  it("tells every kind of day apart", () => {
    const a = daily(
      [kept("2026-11-01"), partly("2026-11-02"), missed("2026-11-03"), missed("2026-11-04", true)],
      {
        periods: [{ from: "2026-11-01", cadence: { kind: "daily" } }],
      },
    );
    const conditional: Track = {
      id: "c",
      periods: [{ from: "2026-11-01", cadence: { kind: "conditional" } }],
      pauses: [],
      answers: answersOf([{ day: "2026-11-06", outcome: "not-applicable", excused: false }]),
    };
    const cells = heatmap([a, conditional], "2026-10-31", "2026-11-05");
    expect(cells.map((c) => c.status)).toEqual(["none", "kept", "partly", "missed", "excused", "not-logged"]);
    const onlyConditional = heatmap([conditional], "2026-11-06", "2026-11-06");
    expect(onlyConditional[0]?.status).toBe("not-applicable");
    const mixed = heatmap(
      [daily([kept("2026-11-01")]), daily([missed("2026-11-01")])],
      "2026-11-01",
      "2026-11-01",
    );
    expect(mixed[0]).toMatchObject({ status: "partly", tally: { kept: 1, missed: 1 } });
    expect(addDays("2026-11-01", 1)).toBe("2026-11-02");
  });
});

describe("answers as day codes (how CheckInMonth stores them)", () => {
  it("give the same figures as the check-ins they encode", () => {
    const outcomes: [CheckInFact["outcome"], boolean, string][] = [
      ["kept", false, "k"],
      ["partly", false, "p"],
      ["missed", false, "m"],
      ["missed", true, "x"],
      ["not-applicable", false, "n"],
    ];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1, max: 4 }), { minLength: 1, maxLength: 90 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom<Cadence>(
          { kind: "daily" },
          { kind: "timesPerWeek", times: 3 },
          { kind: "weekdays", days: [1, 3] },
        ),
        (picks, weekStartsOn, cadence) => {
          const from = "2026-03-01";
          const checkIns = picks.flatMap((p, i) => {
            const o = outcomes[p];
            return o ? [{ day: addDays(from, i), outcome: o[0], excused: o[1] }] : [];
          });
          const codes = picks.map((p) => outcomes[p]?.[2] ?? ".").join("");
          const base = {
            id: "t",
            periods: [{ from, cadence }],
            pauses: [{ from: "2026-03-20", to: "2026-03-24" }],
          };
          const plain: Track = { ...base, answers: answersOf(checkIns) };
          const coded: Track = { ...base, answers: { from, codes } };
          const today = addDays(from, picks.length + 3);
          expect(heatmap([coded], from, today)).toEqual(heatmap([plain], from, today));
          expect(weeklySummaries([coded], from, today, weekStartsOn)).toEqual(
            weeklySummaries([plain], from, today, weekStartsOn),
          );
          expect(strength(coded, from, today, weekStartsOn)).toBe(strength(plain, from, today, weekStartsOn));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("weekly targets", () => {
  it("are the ones the Today view shows (schedule.weeklyTarget), on dense days as on dates", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            from: fc.integer({ min: 0, max: 40 }).map((n) => addDays("2026-03-01", n)),
            cadence: fc.constantFrom<Cadence>(
              { kind: "daily" },
              { kind: "timesPerWeek", times: 4 },
              { kind: "weekdays", days: [0, 5] },
              { kind: "conditional" },
              { kind: "once", due: "2026-03-18" },
            ),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 6 }),
        (periods, pauseAt, pauseLength, weekStartsOn) => {
          const pauses = [
            { from: addDays("2026-03-01", pauseAt), to: addDays("2026-03-01", pauseAt + pauseLength) },
          ];
          const track: Track = { id: "t", periods, pauses };
          for (const week of weeklySummaries([track], "2026-03-01", "2026-04-20", weekStartsOn)) {
            expect(week.target).toBe(weeklyTarget(periods, pauses, week.weekStart) ?? 0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
