// When a reminder mail goes out. Pure: the clock (`now`) is always passed in.
//
// A person picks a local time ("08:00") and quiet hours ("22:00"–"07:00") in their own time zone.
// Local times are turned into instants with @date-fns/tz, so they follow daylight saving time: an
// 08:00 reminder is at 08:00 local on the day the clocks change too. A time that doesn't exist
// that day (inside the spring-forward gap) moves forward by the gap, as clocks do.
import { TZDate } from "@date-fns/tz";
import { type LocalDate, localDate } from "@/domain/commitment/schedule";

export const ZONED_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export type ReminderPrefs = {
  /** "HH:MM", local. */
  time: string;
  /** Quiet hours, local "HH:MM"; from > to means they span midnight (22:00–07:00). */
  quietFrom: string;
  quietTo: string;
};

/** A reminder missed (the server was down) is still sent this long after its time, else skipped. */
export const REMINDER_RELEVANT_MS = 3 * 60 * 60 * 1000;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The instant the clock on the wall shows `time` on `day` in `timeZone`. */
export function zonedInstant(day: LocalDate, time: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const minutes = minutesOf(time);
  return new Date(new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime());
}

/** Minutes since local midnight at `instant`. */
function localMinutes(instant: Date, timeZone: string): number {
  const t = new TZDate(instant.getTime(), timeZone);
  return t.getHours() * 60 + t.getMinutes();
}

export function inQuietHours(
  instant: Date,
  timeZone: string,
  prefs: Pick<ReminderPrefs, "quietFrom" | "quietTo">,
) {
  const now = localMinutes(instant, timeZone);
  const from = minutesOf(prefs.quietFrom);
  const to = minutesOf(prefs.quietTo);
  if (from === to) return false;
  return from < to ? now >= from && now < to : now >= from || now < to;
}

/**
 * The reminder to send at `now`, if any: the person's local day when its time has come, it isn't
 * more than REMINDER_RELEVANT_MS late, and it isn't quiet hours. At most one a day is the caller's
 * part (one outbox key per person and day); whether something due is still unlogged too.
 */
export function reminderDue(now: Date, timeZone: string, prefs: ReminderPrefs): { day: LocalDate } | null {
  const day = localDate(now, timeZone);
  const at = zonedInstant(day, prefs.time, timeZone);
  const late = now.getTime() - at.getTime();
  if (late < 0 || late > REMINDER_RELEVANT_MS) return null;
  if (inQuietHours(now, timeZone, prefs)) return null;
  return { day };
}
