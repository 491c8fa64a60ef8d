// How a "N times a week" commitment is going this week, in words people read without stumbling:
// never "3 of 2" (more than the aim is the aim reached) and never "0½" (half a point is "½").

/** Points of one answer: kept 1, partly ½, anything else 0. */
export const pointsOf = (outcome: string) => (outcome === "kept" ? 1 : outcome === "partly" ? 0.5 : 0);

/** "5½" for half points from partly kept days, "½" alone, never "0½". */
export function points(n: number): string {
  const whole = Math.floor(n);
  if (n === whole) return String(n);
  return whole === 0 ? "½" : `${whole}½`;
}

/** The week's points from the check-ins made inside it (one per day, as stored). */
export function weekPoints(
  checkIns: readonly { day: string; outcome: string }[],
  weekStart: string,
  weekEnd: string,
) {
  return checkIns
    .filter((c) => c.day >= weekStart && c.day <= weekEnd)
    .reduce((n, c) => n + pointsOf(c.outcome), 0);
}

/**
 * "2 of 3 this week"; once the aim is reached "3 this week, aim of 2 reached"; a week with no aim
 * (all paused) "nothing asked this week".
 */
export function describeWeek(done: number, target: number): string {
  if (target <= 0) return done > 0 ? `${points(done)} this week, nothing asked` : "nothing asked this week";
  if (done > target) return `${points(done)} this week, aim of ${target} reached`;
  return `${points(done)} of ${target} this week`;
}

export type DayMark = "kept" | "partly" | "missed" | null;

/** A day chip's mark from the answers given that day: all kept ✓, any missed ✗, else ◐; none: no mark. */
export function dayMark(answers: readonly { outcome: string }[]): DayMark {
  const counted = answers.filter((a) => a.outcome !== "not-applicable");
  if (answers.length === 0) return null;
  if (counted.length === 0 || counted.every((a) => a.outcome === "kept")) return "kept";
  if (counted.some((a) => a.outcome === "missed")) return "missed";
  return "partly";
}

/** "2 of 4 done" for a day's list: answered items out of those due. */
export function doneOf(items: readonly { checkIn: unknown }[]) {
  return { done: items.filter((i) => i.checkIn !== null).length, total: items.length };
}
