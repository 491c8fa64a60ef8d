// When a commitment is due, as pure functions over *local dates* ("YYYY-MM-DD" in the promiser's
// own time zone). Instants become local dates once, through `localDate`; everything after that is
// calendar arithmetic on dates, so DST transitions (23- or 25-hour days) can't shift a day.

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
  let days = dayFormats.get(timeZone);
  if (!days) {
    // Throws a RangeError for a zone that doesn't exist, so only real zones are kept.
    days = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dayFormats.set(timeZone, days);
  }
  let year = "";
  let month = "";
  let day = "";
  for (const part of days.formatToParts(instant)) {
    if (part.type === "year") year = part.value.padStart(4, "0");
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  return `${year}-${month}-${day}`;
}

// One formatter per zone: building one costs far more than using it, and every request works out
// someone's today (what date-fns-tz's TZDate and format cost instead: docs/performance.md).
const dayFormats = new Map<string, Intl.DateTimeFormat>();

// Calendar arithmetic on day numbers (days since 1970-01-01), with integer maths only: no time
// zone, no DST, and no Date parsing (this runs for every day of every chart). The conversions are
// Howard Hinnant's days_from_civil / civil_from_days.
export function toDayNumber(date: LocalDate): number {
  let y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): LocalDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday, of a day number. Day 0 (1970-01-01) was a Thursday. */
export const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;

/** The day number that starts the week containing `day`. */
export const weekStartOfDay = (day: number, weekStartsOn: number) =>
  day - ((weekdayOf(day) - (weekStartsOn % 7) + 7) % 7);

export function dayOfWeek(date: LocalDate): number {
  return weekdayOf(toDayNumber(date));
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function weekStartOf(date: LocalDate, weekStartsOn: number): LocalDate {
  return fromDayNumber(weekStartOfDay(toDayNumber(date), weekStartsOn));
}

/** Every date from `from` to `to`, inclusive. */
export function eachDate(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  const last = toDayNumber(to);
  for (let n = toDayNumber(from); n <= last; n++) out.push(fromDayNumber(n));
  return out;
}

/** The cadence in force on a date: the latest period that starts on or before it. */
export function cadenceOn(periods: CadencePeriod[], date: LocalDate): Cadence | null {
  // A single pass (no copy, no sort): this runs for every day of every chart.
  let found: CadencePeriod | null = null;
  for (const p of periods) {
    if (p.from <= date && (found === null || p.from >= found.from)) found = p;
  }
  return found?.cadence ?? null;
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

type CheckInDateProblem = "future" | "locked" | null;

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
