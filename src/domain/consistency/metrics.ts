// Consistency over time, computed fairly, as pure functions over one person's local dates.
// Definitions (also in docs/consistency.md and the in-app help):
// - Weekly kept-rate = (kept + ½ partly) ÷ (kept + partly + missed) over the person's own week.
//   Excused misses, paused days and "didn't come up" are left out; days that were due but not
//   logged are unknown: left out of the rate, counted separately.
// - Strength (per commitment): exponential smoothing in the style of Loop Habit Tracker. Each due
//   period: score = previous × m + v × (1 − m), m = 0.5^(√f / 13), f = expected times per day,
//   v = fraction of the target met. Excused, paused, not-applicable and not-logged periods leave
//   the score unchanged, so one bad day can't erase months.

import type { LocalDate } from "@/domain/commitment/schedule";
import { fromDayNumber, toDayNumber, weekStartOfDay as weekStart } from "@/domain/commitment/schedule";
import {
  type Days,
  daysOf,
  EXCUSED,
  KEPT,
  MISSED,
  NONE,
  NOT_APPLICABLE,
  PARTLY,
  type Track,
  targetOf,
} from "@/domain/consistency/track-days";

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

function count(t: Tally, answer: number) {
  if (answer === KEPT) t.kept++;
  else if (answer === PARTLY) t.partly++;
  else if (answer === MISSED) t.missed++;
  else if (answer === EXCUSED) t.excused++;
  else t.notApplicable++;
}

/** Adds one day of one track: its answer (unless paused or before the start), or "not logged" if it was due. */
function tallyDay(t: Tally, d: Days, n: number) {
  const i = n - d.lo;
  const answer = d.answer[i] ?? NONE;
  if (answer !== NONE) {
    if (!d.paused[i] && d.cadence[i]) count(t, answer);
  } else if (d.due[i]) {
    t.notLogged++;
  }
}

function tallyDays(d: Days, from: number, to: number, today: number, weekStartsOn: number): Tally {
  const t = emptyTally();
  const end = Math.min(to, today);
  if (end < from) return t;
  for (let n = from; n <= end; n++) tallyDay(t, d, n);
  // "N per week": short answers in completed weeks that lie wholly inside the range.
  for (let week = weekStart(from, weekStartsOn); week <= end; week += 7) {
    const last = week + 6;
    if (week < from || last > to || last >= today) continue;
    if (d.cadence[week - d.lo]?.kind !== "timesPerWeek") continue;
    const target = targetOf(d, week);
    let logged = 0;
    for (let n = week; n <= last; n++) if (d.answer[n - d.lo] !== NONE && !d.paused[n - d.lo]) logged++;
    t.notLogged += Math.max(0, target - logged);
  }
  return t;
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
  const [f, t, n] = [toDayNumber(from), toDayNumber(to), toDayNumber(today)];
  return tallyDays(daysOf(track, f, Math.max(f, Math.min(t, n))), f, t, n, weekStartsOn);
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
  const n = toDayNumber(today);
  const first = weekStart(toDayNumber(from), weekStartsOn);
  const spans = tracks.map((track) => daysOf(track, first, Math.max(first, weekStart(n, weekStartsOn)) + 6));
  const weeks: WeekSummary[] = [];
  for (let week = first; week <= n; week += 7) {
    const tally = emptyTally();
    let target = 0;
    for (const d of spans) {
      addTally(tally, tallyDays(d, week, week + 6, n, weekStartsOn));
      target += targetOf(d, week);
    }
    // An excused miss lowers what the week aimed for.
    target = Math.max(0, target - tally.excused);
    const keptScore = tally.kept + tally.partly / 2;
    weeks.push({
      weekStart: fromDayNumber(week),
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
type DayCell = { day: LocalDate; status: DayStatus; tally: Tally };

function dayStatus(t: Tally): DayStatus {
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
  const [f, n] = [toDayNumber(from), toDayNumber(today)];
  const spans = tracks.map((track) => daysOf(track, f, Math.max(f, n)));
  const cells: DayCell[] = [];
  for (let day = f; day <= n; day++) {
    const tally = emptyTally();
    // Day cells count due days only; "N per week" shortfalls belong to weeks, not days.
    for (const d of spans) tallyDay(tally, d, day);
    cells.push({ day: fromDayNumber(day), status: dayStatus(tally), tally });
  }
  return cells;
}

const multiplier = (timesPerDay: number) => 0.5 ** (Math.sqrt(timesPerDay) / 13);
const value = (answer: number) => (answer === KEPT ? 1 : answer === PARTLY ? 0.5 : 0);

/**
 * Habit strength in [0, 1] over [from, today]. Fixed-day cadences and "when it comes up" score each
 * answered day; "N per week" scores each completed week by the share of its target met.
 */
export function strength(track: Track, from: LocalDate, today: LocalDate, weekStartsOn: number): number {
  const [f, n] = [toDayNumber(from), toDayNumber(today)];
  const d = daysOf(track, f, Math.max(f, n));
  let score = 0;
  let week = Number.NaN;
  for (let day = f; day <= n; day++) {
    const i = day - d.lo;
    const cadence = d.cadence[i];
    if (!cadence || d.paused[i]) continue;
    if (cadence.kind === "timesPerWeek") {
      const start = weekStart(day, weekStartsOn);
      const last = start + 6;
      if (start === week || last >= n || start < f) continue;
      week = start;
      const target = targetOf(d, start);
      if (target === 0) continue;
      let counted = 0;
      let done = 0;
      for (let j = start - d.lo; j <= last - d.lo; j++) {
        const answer = d.answer[j] ?? NONE;
        if (answer === NONE || d.paused[j] || answer === EXCUSED || answer === NOT_APPLICABLE) continue;
        counted++;
        done += value(answer);
      }
      if (counted === 0) continue;
      const m = multiplier(cadence.times / 7);
      score = score * m + Math.min(1, done / target) * (1 - m);
      continue;
    }
    const answer = d.answer[i] ?? NONE;
    if (answer === NONE || answer === NOT_APPLICABLE || answer === EXCUSED) continue;
    const timesPerDay = cadence.kind === "weekdays" ? cadence.days.length / 7 : 1;
    const m = multiplier(timesPerDay);
    score = score * m + value(answer) * (1 - m);
  }
  return score;
}
