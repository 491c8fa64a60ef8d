// When a commitment is due, as pure functions over *local dates* ("YYYY-MM-DD" in the promiser's
// own time zone). Instants become local dates once, through `localDate`; everything after that is
// calendar arithmetic on dates, so DST transitions (23- or 25-hour days) can't shift a day.

import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

export type LocalDate = string; // "YYYY-MM-DD"

export type Cadence =
  | { kind: "daily" }
  | { kind: "weekdays"; days: number[] } // 0 = Sunday … 6 = Saturday
  | { kind: "timesPerWeek"; times: number }
  | { kind: "conditional" } // "when it comes up": answered kept / missed / didn't come up
  | { kind: "once"; due: LocalDate };

/** A cadence and the local date it applies from (cadence changes start at a week boundary). */
export type CadencePeriod = { from: LocalDate; cadence: Cadence };

/** An inclusive range of local dates during which the commitment is paused. */
export type Pause = { from: LocalDate; to: LocalDate };

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isLocalDate(value: string): value is LocalDate {
  if (!DATE_RE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The person's local calendar date at an instant. */
export function localDate(instant: Date, timeZone: string): LocalDate {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd");
}

// Calendar arithmetic on the UTC representation of a date: no time zone, no DST.
const toUtc = (date: LocalDate) => new Date(`${date}T00:00:00Z`);
const fromUtc = (d: Date): LocalDate => d.toISOString().slice(0, 10);

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

export function dayOfWeek(date: LocalDate): number {
  return toUtc(date).getUTCDay();
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

export function weekStartOf(date: LocalDate, weekStartsOn: number): LocalDate {
  const back = (dayOfWeek(date) - (weekStartsOn % 7) + 7) % 7;
  return addDays(date, -back);
}

/** Every date from `from` to `to`, inclusive. */
export function eachDate(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The cadence in force on a date: the latest period that starts on or before it. */
export function cadenceOn(periods: CadencePeriod[], date: LocalDate): Cadence | null {
  let found: Cadence | null = null;
  for (const p of [...periods].sort((x, y) => (x.from < y.from ? -1 : 1))) {
    if (p.from <= date) found = p.cadence;
  }
  return found;
}

export const isPaused = (pauses: Pause[], date: LocalDate) =>
  pauses.some((p) => p.from <= date && date <= p.to);

/** The date a cadence change made on `today` takes effect: the start of the next week. */
export function nextCadenceStart(today: LocalDate, weekStartsOn: number): LocalDate {
  return addDays(weekStartOf(today, weekStartsOn), 7);
}

/**
 * Is the commitment due on this specific day? Daily and chosen weekdays are due on their days; a
 * one-off on its due date. "N times per week" and "when it comes up" have no fixed days: they are
 * offered every day (see `isOffered`) and counted per week.
 */
export function isDueOn(periods: CadencePeriod[], pauses: Pause[], date: LocalDate): boolean {
  const cadence = cadenceOn(periods, date);
  if (!cadence || isPaused(pauses, date)) return false;
  switch (cadence.kind) {
    case "daily":
      return true;
    case "weekdays":
      return cadence.days.includes(dayOfWeek(date));
    case "once":
      return cadence.due === date;
    case "timesPerWeek":
    case "conditional":
      return false;
  }
}

/** Should "Today" offer a check-in for this date? */
export function isOffered(periods: CadencePeriod[], pauses: Pause[], date: LocalDate): boolean {
  const cadence = cadenceOn(periods, date);
  if (!cadence || isPaused(pauses, date)) return false;
  if (cadence.kind === "timesPerWeek" || cadence.kind === "conditional") return true;
  if (cadence.kind === "once") return date <= cadence.due;
  return isDueOn(periods, pauses, date);
}

/**
 * How many check-ins the person aims for in the week starting `weekStart`: fixed-day cadences
 * count their due, unpaused days; "N times per week" scales N by the unpaused share of the week;
 * "when it comes up" has no target (null).
 */
export function weeklyTarget(periods: CadencePeriod[], pauses: Pause[], weekStart: LocalDate): number | null {
  const days = eachDate(weekStart, addDays(weekStart, 6));
  const cadence = cadenceOn(periods, weekStart) ?? cadenceOn(periods, days[6] ?? weekStart);
  if (!cadence) return 0;
  if (cadence.kind === "conditional") return null;
  if (cadence.kind === "timesPerWeek") {
    const active = days.filter((d) => cadenceOn(periods, d) !== null && !isPaused(pauses, d)).length;
    return Math.round((cadence.times * active) / 7);
  }
  return days.filter((d) => isDueOn(periods, pauses, d)).length;
}

export const BACKFILL_DAYS = 7;

export type CheckInDateProblem = "future" | "locked" | null;

/**
 * Check-ins can be made or corrected for today and the previous 7 days (the person's local days);
 * later days don't exist yet, older ones are locked.
 */
export function checkInDateProblem(date: LocalDate, today: LocalDate): CheckInDateProblem {
  if (date > today) return "future";
  if (daysBetween(date, today) > BACKFILL_DAYS) return "locked";
  return null;
}

/** The earlier of two local dates (they compare as text). */
export const earlierDate = (a: LocalDate, b: LocalDate): LocalDate => (a <= b ? a : b);
