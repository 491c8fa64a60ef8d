// A time-out from a conversation that got too heated (the Gottman method's rule for a break when
// one is flooded: at least 20 minutes, at most 24 hours, coming back at a time said in advance).
// Not a 1–30-day break (src/domain/break) and not an unlink. Pure rules; the reads and writes are
// in src/server/time-out.
import { z } from "zod";

export const TIME_OUT_MIN_MINUTES = 20;
export const TIME_OUT_MAX_MINUTES = 24 * 60;
/** The taker is reminded this long before the return time they chose. */
export const REMINDER_LEAD_MINUTES = 10;
/** A time-out with no "I'm back" this long after its return time just ends. */
export const GRACE_MINUTES = 60;
/**
 * At most this many time-outs started in any 7 days: a pause, not a way around a conversation
 * (the weekly talk waits all the same).
 */
export const TIME_OUTS_PER_WEEK = 3;

const MINUTE = 60_000;

/** The lengths the form offers, in minutes (any whole minute in range is accepted). */
export const TIME_OUT_CHOICES = [20, 30, 45, 60, 120, 240, 480, 720, 1440] as const;

export const ZStartTimeOut = z.strictObject({
  minutes: z
    .number({ error: "Choose when you'll be back." })
    .int("Choose when you'll be back.")
    .min(TIME_OUT_MIN_MINUTES, "A time-out lasts at least 20 minutes: long enough to calm down.")
    .max(TIME_OUT_MAX_MINUTES, "A time-out lasts at most 24 hours."),
});
export type TStartTimeOut = z.infer<typeof ZStartTimeOut>;

export type TimeOutTimes = { returnAt: Date; returnedAt: Date | null; endedAt: Date | null };

export const returnAtFor = (now: Date, minutes: number) => new Date(now.getTime() + minutes * MINUTE);

/** When a time-out without a return ends by itself. */
export const runsOutAt = (returnAt: Date) => new Date(returnAt.getTime() + GRACE_MINUTES * MINUTE);

/** When the taker is reminded. */
export const remindAt = (returnAt: Date) => new Date(returnAt.getTime() - REMINDER_LEAD_MINUTES * MINUTE);

export type TimeOutState = "running" | "due" | "returned" | "ran-out";

/** Running until its return time, then due (waiting for "I'm back") until it runs out. */
export function timeOutState(t: TimeOutTimes, now: Date): TimeOutState {
  if (t.returnedAt) return "returned";
  if (t.endedAt || now >= runsOutAt(t.returnAt)) return "ran-out";
  return now < t.returnAt ? "running" : "due";
}

/** Whether the reminder is due at `now`: from shortly before the return time until it runs out. */
export function reminderDue(t: TimeOutTimes, now: Date): boolean {
  return !t.endedAt && now >= remindAt(t.returnAt) && now < runsOutAt(t.returnAt);
}

/** How many more time-outs may start now, given when the person's earlier ones started. */
export function timeOutsLeft(startedAt: readonly Date[], now: Date): number {
  const since = now.getTime() - 7 * 24 * 60 * MINUTE;
  const recent = startedAt.filter((d) => d.getTime() > since).length;
  return Math.max(0, TIME_OUTS_PER_WEEK - recent);
}

/** "20 minutes", "1 hour", "1 hour 30 minutes", "24 hours": a length as the form says it. */
export function describeMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 1 ? "1 hour" : `${h} hours`;
  const mins = m === 1 ? "1 minute" : `${m} minutes`;
  if (h === 0) return mins;
  return m === 0 ? hours : `${hours} ${mins}`;
}
