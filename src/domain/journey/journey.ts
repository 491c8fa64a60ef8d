// The journey: what the couple did together since they linked, by month. No ranking of the
// partners, no streaks: counts of what happened and each person's own consistency beside it.
import { daysBetween, type LocalDate } from "@/domain/commitment/schedule";
import { addTally, emptyTally, keptRate, type Tally } from "@/domain/consistency/metrics";

export const JOURNEY_FILTERS = [
  { value: "all", label: "Everything" },
  { value: "boundaries", label: "Boundaries" },
  { value: "commitments", label: "Commitments" },
  { value: "amends", label: "Amends" },
  { value: "talks", label: "Talks" },
  { value: "time", label: "Time together" },
] as const;
export type JourneyFilter = (typeof JOURNEY_FILTERS)[number]["value"];

export type JourneyKind =
  | "boundary-agreed"
  | "boundary-revised"
  | "boundary-retired"
  | "commitment-started"
  | "commitment-ended"
  | "amends-shared"
  | "amends-received"
  | "talk-held"
  | "quality-time";

export const KIND_FILTER: Record<JourneyKind, Exclude<JourneyFilter, "all">> = {
  "boundary-agreed": "boundaries",
  "boundary-revised": "boundaries",
  "boundary-retired": "boundaries",
  "commitment-started": "commitments",
  "commitment-ended": "commitments",
  "amends-shared": "amends",
  "amends-received": "amends",
  "talk-held": "talks",
  "quality-time": "time",
};

/** What each kind of moment is called on the timeline ("by" is a name, "You" or null for both). */
export const KIND_LABEL: Record<JourneyKind, string> = {
  "boundary-agreed": "Boundary agreed",
  "boundary-revised": "Boundary revised",
  "boundary-retired": "Boundary retired",
  "commitment-started": "Commitment started",
  "commitment-ended": "Commitment ended",
  "amends-shared": "Amends shared",
  "amends-received": "Amends received",
  "talk-held": "Weekly talk held",
  "quality-time": "Time together",
};

export type JourneyEvent = {
  /** Unique on the timeline (the row it comes from). */
  key: string;
  kind: JourneyKind;
  /** The viewer's local date of the moment. */
  day: LocalDate;
  title: string | null;
  by: string | null;
  href: string | null;
};

export const monthOf = (day: LocalDate) => day.slice(0, 7);

/** "YYYY-MM" months from the first to the last, inclusive, newest first. */
export function monthsBetween(first: LocalDate, last: LocalDate): string[] {
  const months: string[] = [];
  let [y, m] = monthOf(first).split("-").map(Number) as [number, number];
  const end = monthOf(last);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    months.push(key);
    if (key >= end) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months.reverse();
}

/** Whole weeks since the couple linked (0 in the first week). */
export const weeksSince = (linkedOn: LocalDate, today: LocalDate) =>
  Math.max(0, Math.floor(daysBetween(linkedOn, today) / 7));

/**
 * Each month's kept-rate from a person's weekly tallies (the dashboard's weeks), a week counting in
 * the month its first day falls in. Null for a month with nothing answered (shown as "—").
 */
export function monthlyRates(weeks: { weekStart: LocalDate; tally: Tally }[]): Map<string, number | null> {
  const tallies = new Map<string, Tally>();
  for (const w of weeks) {
    const key = monthOf(w.weekStart);
    tallies.set(key, addTally(tallies.get(key) ?? emptyTally(), w.tally));
  }
  return new Map([...tallies].map(([k, t]) => [k, keptRate(t)]));
}

export type JourneyMonth = {
  month: string;
  events: JourneyEvent[];
  counts: Partial<Record<Exclude<JourneyFilter, "all">, number>>;
};

/** The timeline by month, newest first, every month since linking (a quiet month is shown too). */
export function groupByMonth(
  events: JourneyEvent[],
  linkedOn: LocalDate,
  today: LocalDate,
  filter: JourneyFilter,
): JourneyMonth[] {
  const shown = events.filter((e) => filter === "all" || KIND_FILTER[e.kind] === filter);
  return monthsBetween(linkedOn, today).map((month) => {
    const inMonth = shown.filter((e) => monthOf(e.day) === month).sort((a, b) => (a.day < b.day ? 1 : -1));
    const counts: JourneyMonth["counts"] = {};
    for (const e of inMonth) counts[KIND_FILTER[e.kind]] = (counts[KIND_FILTER[e.kind]] ?? 0) + 1;
    return { month, events: inMonth, counts };
  });
}

/** A calm word for a change between two months' rates: no arrows, no red. */
export function monthChange(previous: number | null, current: number | null): string | null {
  if (previous === null || current === null) return null;
  const diff = Math.round((current - previous) * 100);
  if (Math.abs(diff) < 5) return "about the same as the month before";
  return diff > 0
    ? `${diff} points more than the month before`
    : `${-diff} points fewer than the month before`;
}
