// Dates as people read them. Anything a partner did is shown as a day, never a time ("days, not
// minutes", docs/security.md): procedures send local days ("YYYY-MM-DD") for it, read with
// `formatLocalDay`. `formatDateTime` is for the reader's own things only (their invitation's expiry).

/** A date as the person reads it, in their own time zone. */
export function formatDate(date: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone }).format(date);
}

/** A local day ("YYYY-MM-DD", already in the reader's zone) as "3 December 2026". */
export function formatLocalDay(day: string) {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** Only for the reader's own things: never for what a partner did. */
export function formatDateTime(date: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
}

/**
 * A time-out's return time, the one time of day a partner is ever shown (its taker chose to share
 * it): "at 14:30" today in the reader's zone, "tomorrow at 09:15" on the next day.
 */
export function formatReturnTime(date: Date, timeZone: string, now = new Date()) {
  const clock = new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone }).format(date);
  const day = (d: Date) => new Intl.DateTimeFormat("en-CA", { dateStyle: "short", timeZone }).format(d);
  if (day(date) === day(now)) return `at ${clock}`;
  if (day(date) === day(new Date(now.getTime() + 86_400_000))) return `tomorrow at ${clock}`;
  return `on ${formatDate(date, timeZone)} at ${clock}`;
}
