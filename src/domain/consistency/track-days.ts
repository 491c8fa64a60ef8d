// A track's facts per day (cadence in force, paused, due, answer, weekly target) as dense arrays
// over day numbers, worked out once per track and shared by every figure of consistency/metrics.ts.
import type { Cadence, CadencePeriod, LocalDate, Pause } from "@/domain/commitment/schedule";
import { addDays, daysBetween, toDayNumber, weekdayOf as weekday } from "@/domain/commitment/schedule";

/**
 * A person's answers to a commitment as one character per day from `from` on (how CheckInMonth
 * stores them, month by month): see ANSWER_CODES.
 */
export type DayAnswers = { from: LocalDate; codes: string };

/** One commitment as one person lives it: its schedule, their pauses and their answers. */
export type Track = {
  id: string;
  periods: CadencePeriod[];
  pauses: Pause[];
  /** Their answers as day codes, as CheckInMonth holds them; none yet when absent. */
  answers?: DayAnswers;
};

/** The day codes of CheckInMonth.codes and DayAnswers (src/server/check-in-months-sql.ts writes them). */
export const ANSWER_CODES = {
  none: ".",
  kept: "k",
  partly: "p",
  missed: "m",
  excused: "x",
  notApplicable: "n",
} as const;

// Answers as small integers, one byte per day.
export const NONE = 0;
export const KEPT = 1;
export const PARTLY = 2;
export const MISSED = 3;
export const EXCUSED = 4;
export const NOT_APPLICABLE = 5;
const FROM_CODE: Record<string, number> = {
  [ANSWER_CODES.kept]: KEPT,
  [ANSWER_CODES.partly]: PARTLY,
  [ANSWER_CODES.missed]: MISSED,
  [ANSWER_CODES.excused]: EXCUSED,
  [ANSWER_CODES.notApplicable]: NOT_APPLICABLE,
};

// What a track is on each day of a span, worked out once per track: a dashboard asks the same
// questions about the same days from several views. Days are day numbers (schedule.toDayNumber)
// and the facts are dense arrays indexed from `lo`: this runs for every day of every chart.
export type Days = {
  lo: number;
  hi: number;
  cadence: (Cadence | null)[];
  paused: Uint8Array;
  due: Uint8Array;
  answer: Uint8Array;
  targets: Map<number, number>;
};
const memos = new WeakMap<Track, Days>();

function build(track: Track, lo: number, hi: number): Days {
  const length = hi - lo + 1;
  const cadence: (Cadence | null)[] = new Array(length).fill(null);
  const paused = new Uint8Array(length);
  const due = new Uint8Array(length);
  const answer = new Uint8Array(length);
  // The cadence in force: the latest period starting on or before the day (of two that start
  // the same day, the later one listed; the sort is stable).
  const periods = track.periods
    .map((p) => ({ from: toDayNumber(p.from), cadence: p.cadence }))
    .sort((a, b) => a.from - b.from);
  let next = 0;
  let current: Cadence | null = null;
  for (let i = 0; i < length; i++) {
    const n = lo + i;
    while (next < periods.length && (periods[next]?.from ?? n + 1) <= n)
      current = periods[next++]?.cadence ?? null;
    cadence[i] = current;
  }
  for (const p of track.pauses) {
    const a = Math.max(lo, toDayNumber(p.from));
    const b = Math.min(hi, toDayNumber(p.to));
    for (let n = a; n <= b; n++) paused[n - lo] = 1;
  }
  for (let i = 0; i < length; i++) {
    const c = cadence[i];
    if (!c || paused[i]) continue;
    const n = lo + i;
    if (c.kind === "daily") due[i] = 1;
    else if (c.kind === "weekdays") due[i] = c.days.includes(weekday(n)) ? 1 : 0;
    else if (c.kind === "once") due[i] = toDayNumber(c.due) === n ? 1 : 0;
  }
  if (track.answers) {
    const first = toDayNumber(track.answers.from);
    const { codes } = track.answers;
    const a = Math.max(lo, first);
    const b = Math.min(hi, first + codes.length - 1);
    for (let n = a; n <= b; n++) answer[n - lo] = FROM_CODE[codes.charAt(n - first)] ?? NONE;
  }
  return { lo, hi, cadence, paused, due, answer, targets: new Map() };
}

/** The track's facts over (at least) [lo, hi]. */
export function daysOf(track: Track, lo: number, hi: number): Days {
  let days = memos.get(track);
  if (!days || lo < days.lo || hi > days.hi) {
    days = build(track, Math.min(lo, days?.lo ?? lo), Math.max(hi, days?.hi ?? hi));
    memos.set(track, days);
  }
  return days;
}

/**
 * The track's weekly target, as schedule.weeklyTarget counts it ("when it comes up" counts 0):
 * fixed-day cadences count their due, unpaused days; "N per week" scales N by the unpaused
 * share of the week. The week must lie inside the span of `d`.
 */
export function targetOf(d: Days, week: number): number {
  let target = d.targets.get(week);
  if (target !== undefined) return target;
  const i = week - d.lo;
  const cadence = d.cadence[i] ?? d.cadence[i + 6] ?? null;
  target = 0;
  if (cadence?.kind === "timesPerWeek") {
    let active = 0;
    for (let j = i; j < i + 7; j++) if (d.cadence[j] && !d.paused[j]) active++;
    target = Math.round((cadence.times * active) / 7);
  } else if (cadence && cadence.kind !== "conditional") {
    for (let j = i; j < i + 7; j++) target += d.due[j] ?? 0;
  }
  d.targets.set(week, target);
  return target;
}

/** One person's months of one commitment (any order, gaps allowed) as day codes from the first. */
export function answersOf(months: { month: string; codes: string }[]): DayAnswers {
  const sorted = months.toSorted((a, b) => (a.month < b.month ? -1 : 1));
  const from = `${sorted[0]?.month ?? "1970-01"}-01`;
  let codes = "";
  for (const { month, codes: days } of sorted) {
    const first = `${month}-01`;
    const length = daysBetween(first, `${addDays(first, 31).slice(0, 7)}-01`);
    codes = codes.padEnd(daysBetween(from, first), ANSWER_CODES.none) + days.slice(0, length);
  }
  return { from, codes };
}
