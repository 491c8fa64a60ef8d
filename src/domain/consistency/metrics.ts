// Consistency over time, computed fairly, as pure functions over one person's local dates.
// Definitions (also in docs/consistency.md and the in-app help):
// - Weekly kept-rate = (kept + ½ partly) ÷ (kept + partly + missed) over the person's own week.
//   Excused misses, paused days and "didn't come up" are left out; days that were due but not
//   logged are unknown: left out of the rate, counted separately.
// - Strength (per commitment): exponential smoothing in the style of Loop Habit Tracker. Each due
//   period: score = previous × m + v × (1 − m), m = 0.5^(√f / 13), f = expected times per day,
//   v = fraction of the target met. Excused, paused, not-applicable and not-logged periods leave
//   the score unchanged, so one bad day can't erase months.

import {
  addDays,
  type Cadence,
  type CadencePeriod,
  cadenceOn,
  eachDate,
  isDueOn,
  isPaused,
  type LocalDate,
  type Pause,
  weeklyTarget,
  weekStartOf,
} from "@/domain/commitment/schedule";

export type Outcome = "kept" | "partly" | "missed" | "not-applicable";
export type CheckInFact = { day: LocalDate; outcome: Outcome; excused: boolean };

/** One commitment as one person lives it: its schedule, their pauses and their check-ins. */
export type Track = {
  id: string;
  periods: CadencePeriod[];
  pauses: Pause[];
  checkIns: CheckInFact[];
};

export type Tally = {
  kept: number;
  partly: number;
  missed: number;
  excused: number;
  notApplicable: number;
  notLogged: number;
};

export const emptyTally = (): Tally => ({
  kept: 0,
  partly: 0,
  missed: 0,
  excused: 0,
  notApplicable: 0,
  notLogged: 0,
});

export function addTally(into: Tally, t: Tally): Tally {
  into.kept += t.kept;
  into.partly += t.partly;
  into.missed += t.missed;
  into.excused += t.excused;
  into.notApplicable += t.notApplicable;
  into.notLogged += t.notLogged;
  return into;
}

/** (kept + ½ partly) ÷ (kept + partly + missed), or null when nothing counts yet (shown as "—"). */
export function keptRate(t: Tally): number | null {
  const denominator = t.kept + t.partly + t.missed;
  return denominator === 0 ? null : (t.kept + t.partly / 2) / denominator;
}

function count(t: Tally, c: CheckInFact) {
  if (c.outcome === "missed" && c.excused) t.excused++;
  else if (c.outcome === "kept") t.kept++;
  else if (c.outcome === "partly") t.partly++;
  else if (c.outcome === "missed") t.missed++;
  else t.notApplicable++;
}

// What a track is on each day, worked out once per track and day (or week): a dashboard asks
// the same questions about the same days from several views.
type DayFacts = { cadence: Cadence | null; paused: boolean; due: boolean; checkIn: CheckInFact | undefined };
type TrackMemo = {
  checkIns: Map<LocalDate, CheckInFact>;
  days: Map<LocalDate, DayFacts>;
  targets: Map<LocalDate, number>;
};
const memos = new WeakMap<Track, TrackMemo>();

function memoOf(track: Track): TrackMemo {
  let memo = memos.get(track);
  if (!memo) {
    memo = { checkIns: new Map(track.checkIns.map((c) => [c.day, c])), days: new Map(), targets: new Map() };
    memos.set(track, memo);
  }
  return memo;
}

function factsOn(track: Track, day: LocalDate): DayFacts {
  const memo = memoOf(track);
  let facts = memo.days.get(day);
  if (!facts) {
    facts = {
      cadence: cadenceOn(track.periods, day),
      paused: isPaused(track.pauses, day),
      due: isDueOn(track.periods, track.pauses, day),
      checkIn: memo.checkIns.get(day),
    };
    memo.days.set(day, facts);
  }
  return facts;
}

/** The track's weekly target (see schedule.weeklyTarget; "when it comes up" counts 0). */
function targetOf(track: Track, weekStart: LocalDate): number {
  const memo = memoOf(track);
  let target = memo.targets.get(weekStart);
  if (target === undefined) {
    target = weeklyTarget(track.periods, track.pauses, weekStart) ?? 0;
    memo.targets.set(weekStart, target);
  }
  return target;
}

/** Adds one day of one track: its answer (unless paused or before the start), or "not logged" if it was due. */
function tallyDay(t: Tally, track: Track, day: LocalDate) {
  const f = factsOn(track, day);
  if (f.checkIn) {
    if (!f.paused && f.cadence) count(t, f.checkIn);
  } else if (f.due) {
    t.notLogged++;
  }
}

/**
 * One track's tally over [from, to] (clipped to `today`). Check-ins on paused days don't count.
 * Not logged: fixed-day cadences count due days without a check-in; "N per week" counts, for
 * weeks that have ended, how far the logged answers fall short of the target.
 */
export function tallyTrack(
  track: Track,
  from: LocalDate,
  to: LocalDate,
  today: LocalDate,
  weekStartsOn: number,
): Tally {
  const t = emptyTally();
  const end = to < today ? to : today;
  if (end < from) return t;
  for (const day of eachDate(from, end)) tallyDay(t, track, day);
  // "N per week": short answers in completed weeks that lie wholly inside the range.
  for (let week = weekStartOf(from, weekStartsOn); week <= end; week = addDays(week, 7)) {
    const last = addDays(week, 6);
    if (week < from || last > to || last >= today) continue;
    if (factsOn(track, week).cadence?.kind !== "timesPerWeek") continue;
    const target = targetOf(track, week);
    const logged = eachDate(week, last).filter((d) => {
      const f = factsOn(track, d);
      return f.checkIn !== undefined && !f.paused;
    }).length;
    t.notLogged += Math.max(0, target - logged);
  }
  return t;
}

export type WeekSummary = {
  weekStart: LocalDate;
  tally: Tally;
  rate: number | null;
  /** Check-ins aimed for (fixed days and N per week; "when it comes up" has none). */
  target: number;
  /** kept + ½ partly, what "kept X of Y" shows. */
  keptScore: number;
  met: boolean | null;
};

/** The person's weeks from the one containing `from` to the one containing `today`, newest last. */
export function weeklySummaries(
  tracks: Track[],
  from: LocalDate,
  today: LocalDate,
  weekStartsOn: number,
): WeekSummary[] {
  const weeks: WeekSummary[] = [];
  for (let week = weekStartOf(from, weekStartsOn); week <= today; week = addDays(week, 7)) {
    const tally = emptyTally();
    let target = 0;
    for (const track of tracks) {
      addTally(tally, tallyTrack(track, week, addDays(week, 6), today, weekStartsOn));
      target += targetOf(track, week);
    }
    // An excused miss lowers what the week aimed for.
    target = Math.max(0, target - tally.excused);
    const keptScore = tally.kept + tally.partly / 2;
    weeks.push({
      weekStart: week,
      tally,
      rate: keptRate(tally),
      target,
      keptScore,
      met: target === 0 ? null : keptScore >= target,
    });
  }
  return weeks;
}

/**
 * Streaks, in weeks that met their target. A week with nothing to aim for (all paused) neither
 * counts nor breaks; the current week counts once met and never breaks the streak while it runs.
 */
export function weekStreaks(weeks: WeekSummary[]): { current: number; best: number } {
  let best = 0;
  let run = 0;
  const last = weeks.length - 1;
  let current = 0;
  weeks.forEach((w, i) => {
    if (w.met === null) return;
    if (w.met) run++;
    else if (i !== last) run = 0;
    best = Math.max(best, run);
  });
  // The run that reaches the newest week is the current streak.
  for (let i = last; i >= 0; i--) {
    const w = weeks[i];
    if (!w || w.met === null) continue;
    if (w.met) current++;
    else if (i !== last) break;
  }
  return { current, best };
}

export type DayStatus = "kept" | "partly" | "missed" | "excused" | "not-applicable" | "not-logged" | "none";

/** A day of the heatmap: the mix of the day's answers and what is still unknown. */
export type DayCell = { day: LocalDate; status: DayStatus; tally: Tally };

export function dayStatus(t: Tally): DayStatus {
  const answered = t.kept + t.partly + t.missed;
  if (answered > 0) {
    if (t.kept === answered) return "kept";
    if (t.missed === answered) return "missed";
    return "partly";
  }
  if (t.notLogged > 0) return "not-logged";
  if (t.excused > 0) return "excused";
  if (t.notApplicable > 0) return "not-applicable";
  return "none";
}

export function heatmap(tracks: Track[], from: LocalDate, today: LocalDate): DayCell[] {
  return eachDate(from, today).map((day) => {
    const tally = emptyTally();
    // Day cells count due days only; "N per week" shortfalls belong to weeks, not days.
    for (const track of tracks) tallyDay(tally, track, day);
    return { day, status: dayStatus(tally), tally };
  });
}

const multiplier = (timesPerDay: number) => 0.5 ** (Math.sqrt(timesPerDay) / 13);

/**
 * Habit strength in [0, 1] over [from, today]. Fixed-day cadences and "when it comes up" score each
 * answered day; "N per week" scores each completed week by the share of its target met.
 */
export function strength(track: Track, from: LocalDate, today: LocalDate, weekStartsOn: number): number {
  let score = 0;
  const value = (c: CheckInFact) => (c.outcome === "kept" ? 1 : c.outcome === "partly" ? 0.5 : 0);
  let week: LocalDate | null = null;
  for (const day of eachDate(from, today)) {
    const { cadence, paused, checkIn: c } = factsOn(track, day);
    if (!cadence || paused) continue;
    if (cadence.kind === "timesPerWeek") {
      const start = weekStartOf(day, weekStartsOn);
      const last = addDays(start, 6);
      if (start === week || last >= today || start < from) continue;
      week = start;
      const target = targetOf(track, start);
      if (target === 0) continue;
      const counted = eachDate(start, last)
        .map((d) => factsOn(track, d))
        .flatMap((f) => (f.checkIn && !f.paused ? [f.checkIn] : []))
        .filter((x) => !(x.outcome === "missed" && x.excused) && x.outcome !== "not-applicable");
      if (counted.length === 0) continue;
      const done = counted.reduce((sum, x) => sum + value(x), 0);
      const m = multiplier(cadence.times / 7);
      score = score * m + Math.min(1, done / target) * (1 - m);
      continue;
    }
    if (!c || c.outcome === "not-applicable" || (c.outcome === "missed" && c.excused)) continue;
    const timesPerDay = cadence.kind === "weekdays" ? cadence.days.length / 7 : 1;
    const m = multiplier(timesPerDay);
    score = score * m + value(c) * (1 - m);
  }
  return score;
}
