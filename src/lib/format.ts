/** A date as the person reads it, in their own time zone. */
export function formatDate(date: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone }).format(date);
}

export function formatDateTime(date: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
}

/** A local calendar day ("YYYY-MM-DD", already in the person's zone) as "Wed 25 Nov". */
export function formatDay(day: string, options: Intl.DateTimeFormatOptions = {}) {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
    ...options,
  }).format(new Date(`${day}T12:00:00Z`));
}
