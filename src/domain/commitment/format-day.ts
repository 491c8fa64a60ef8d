// Local days as people read them: pure, no time zone of its own (a local day is already in the
// person's zone), so the domain's own wording (a one-off's "Once, by Wed 25 Nov") and the pages
// say a day the same way.

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
