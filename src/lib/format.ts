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
