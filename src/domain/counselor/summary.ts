// The counselor summary: what was agreed, what was promised, how consistently each kept it, for a
// chosen period. Pure rules (the period, the share's limits); the sections are built in
// src/server/counselor.
import { z } from "zod";
import { formatDay } from "@/domain/commitment/format-day";
import { addDays, dayOfWeek, daysBetween, isLocalDate, type LocalDate } from "@/domain/commitment/schedule";
import { ANSWERABLE_DAYS } from "@/domain/talk/talk";

/** The default period: the last 4 weeks, today included. */
export const DEFAULT_DAYS = 28;
/** The longest period a summary covers. */
export const MAX_PERIOD_DAYS = 366;

const ZDay = z
  .string()
  .max(10, "Use a date like 2026-11-25.")
  .refine(isLocalDate, "Use a real date like 2026-11-25.");

export const ZPeriod = z.strictObject({ from: ZDay.optional(), to: ZDay.optional() });
type TPeriod = z.infer<typeof ZPeriod>;

/** The period asked for, filled in and checked against `today` (the viewer's local day). */
export function resolvePeriod(
  input: TPeriod,
  today: LocalDate,
): { from: LocalDate; to: LocalDate } | { problem: string } {
  const to = input.to && input.to < today ? input.to : today;
  const from = input.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  if (from > to) return { problem: "The period must start before it ends." };
  if (daysBetween(from, to) >= MAX_PERIOD_DAYS) return { problem: "A summary covers at most a year." };
  return { from, to };
}

export const SHARE_DEFAULT_DAYS = 14;
export const SHARE_MAX_DAYS = 90;

export const ZProposeShare = z.strictObject({
  from: ZDay.optional(),
  to: ZDay.optional(),
  days: z
    .number({ error: "Choose how many days the link lasts: 1 to 90." })
    .int("Choose a whole number of days.")
    .min(1, "A link lasts at least 1 day.")
    .max(SHARE_MAX_DAYS, "A link lasts at most 90 days.")
    .default(SHARE_DEFAULT_DAYS),
  includeMyNotes: z.boolean().default(false),
});
export type TProposeShare = z.infer<typeof ZProposeShare>;

export const ZShareId = z.strictObject({
  id: z.string().min(1, "Which link?").max(64, "That isn't a link of yours."),
});
export const ZApproveShare = ZShareId.extend({ includeMyNotes: z.boolean().default(false) });
export const ZShareToken = z.strictObject({
  token: z
    .string()
    .min(20, "This link is incomplete.")
    .max(100, "This link isn't valid.")
    .regex(/^[A-Za-z0-9_-]+$/, "This link isn't valid."),
});

/** Where a share stands, from its dates. */
export function shareStatus(
  s: { approvedAt: Date | null; expiresAt: Date | null; revokedAt: Date | null },
  now: Date,
): "proposed" | "active" | "expired" | "revoked" {
  if (s.revokedAt) return "revoked";
  if (!s.approvedAt || !s.expiresAt) return "proposed";
  return s.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

/** A day's pattern symbol in text (the PDF, screen readers): the same as the dashboard's heatmap. */
export const PATTERN_SYMBOLS: Record<string, string> = {
  kept: "●",
  partly: "◐",
  missed: "○",
  excused: "–",
  "not-applicable": "·",
  "not-logged": "?",
  none: " ",
};

/** The talk weeks of a period: every day in it that is the couple's talk day ("YYYY-MM-DD"). */
export function talkWeeksIn(from: LocalDate, to: LocalDate, talkDay: number | null): LocalDate[] {
  if (talkDay === null) return [];
  const first = addDays(from, (talkDay - dayOfWeek(from) + 7) % 7);
  const weeks: LocalDate[] = [];
  for (let d = first; d <= to; d = addDays(d, 7)) weeks.push(d);
  return weeks;
}

/**
 * How a week's talk went, for the summary: never its answers. A week that can still be answered
 * on `today` is "open", not yet "not held".
 */
export function talkOutcome(
  talk: { revealedAt: Date | null; skippedAt: Date | null } | undefined,
  week: LocalDate,
  today: LocalDate,
): "held" | "skipped" | "open" | "not-held" {
  if (talk?.revealedAt) return "held";
  if (talk?.skippedAt) return "skipped";
  return daysBetween(week, today) <= ANSWERABLE_DAYS ? "open" : "not-held";
}

/** One partner's shared amends in the period, counted by their partner's answer. */
export function amendsCounts(items: { answer: string | null }[]) {
  const count = (a: string) => items.filter((i) => i.answer === a).length;
  return {
    shared: items.length,
    received: count("received"),
    notReady: count("not-ready"),
    talk: count("talk"),
    unanswered: items.filter((i) => i.answer === null).length,
  };
}

const ANSWER_WORDS: Record<string, string> = {
  received: "received",
  "not-ready": "not ready yet",
  talk: "let's talk",
};
/** A day as the summary writes it: "8 Nov 2026". */
export const dayText = (d: string) => formatDay(d, { weekday: undefined, year: "numeric" });

/** One shared amends in words, the same on the page and in the PDF: days only. */
export function amendsLine(item: { day: string; answer: string | null; answeredDay: string | null }) {
  const answer =
    item.answer && item.answeredDay
      ? `answered "${ANSWER_WORDS[item.answer] ?? item.answer}" on ${dayText(item.answeredDay)}`
      : "not answered yet";
  return `Shared ${dayText(item.day)}, ${answer}`;
}

/** A partner's amends counts in words. */
export const amendsTotals = (c: ReturnType<typeof amendsCounts>) =>
  `${c.shared} shared: ${c.received} received, ${c.notReady} not ready yet, ${c.talk} let's talk, ${c.unanswered} not answered`;

/** A week's talk in words (who skipped it, a name, is the caller's to add). */
export function talkLine(w: { week: string; outcome: ReturnType<typeof talkOutcome> }) {
  const how = w.outcome === "open" ? "still open" : w.outcome === "not-held" ? "not held" : w.outcome;
  return `Week of ${dayText(w.week)}: ${how}`;
}

/** The couple's conversations about what happened in the period: counts only, never a score. */
export function repairTalkCounts(
  talks: { status: string; stoppedTo: string | null }[],
  plans: { commitmentId: string | null; boundaryId: string | null }[],
  amends: number,
) {
  return {
    started: talks.length,
    finished: talks.filter((t) => t.status === "finished").length,
    toWeeklyTalk: talks.filter((t) => t.status === "stopped" && t.stoppedTo === "weekly-talk").length,
    toCounselor: talks.filter((t) => t.status === "stopped" && t.stoppedTo === "counselor").length,
    open: talks.filter((t) => t.status === "open").length,
    commitments: plans.filter((p) => p.commitmentId).length,
    boundaries: plans.filter((p) => p.boundaryId).length,
    amends,
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Those counts in words, the same on the page and in the PDF. */
export const repairTalkTotals = (c: ReturnType<typeof repairTalkCounts>) =>
  `${c.started} started: ${c.finished} finished, ${c.toWeeklyTalk} taken to the weekly talk, ${c.toCounselor} taken to you, ${c.open} still open. They led to ${count(c.commitments, "commitment", "commitments")}, ${count(c.boundaries, "boundary proposal", "boundary proposals")} and ${c.amends} amends.`;

/** The couple's time-outs in the period, together (never per person: a pause isn't a mark against anyone). */
export function timeOutCounts(timeOuts: { returnedAt: Date | null; endedAt: Date | null }[]) {
  return {
    taken: timeOuts.length,
    cameBack: timeOuts.filter((t) => t.returnedAt).length,
    ranOut: timeOuts.filter((t) => !t.returnedAt && t.endedAt).length,
  };
}

export const timeOutTotals = (c: ReturnType<typeof timeOutCounts>) =>
  `Time-outs: ${c.taken} taken, ${c.cameBack} with a return (“I'm back, ready to talk”), ${c.ranOut} that ran out without one.`;

export const qualityTimeTotals = (c: { scheduled: number; bothAnswered: number }) =>
  `${c.scheduled} times together put on a day; both answered about ${c.bothAnswered} of them.`;
