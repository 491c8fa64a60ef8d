// The weekly talk: when it is, who sees what, and when the answers are revealed. Pure rules.
import { addDays, dayOfWeek, type LocalDate, localDate, weekStartOf } from "@/domain/commitment/schedule";

export const PROMPTS = [
  { key: "appreciation", label: "Something I appreciated about you this week" },
  { key: "wentWell", label: "Something that went well between us" },
  { key: "hard", label: "Something that was hard" },
  { key: "request", label: "One request for the coming week" },
] as const;
export type PromptKey = (typeof PROMPTS)[number]["key"];
export const PROMPT_KEYS = PROMPTS.map((p) => p.key) as [PromptKey, ...PromptKey[]];
export const promptLabel = (key: string) => PROMPTS.find((p) => p.key === key)?.label ?? key;

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * The talk a person is in at `instant`: the date of the latest talk day on or before their own
 * local today. Each partner reaches a talk day at their own midnight, so for a few hours around it
 * two partners in different zones can be in different weeks; the later one's talk waits for the
 * other (see `isOpenFor`).
 */
export function currentTalkWeek(instant: Date, timeZone: string, talkDay: number): LocalDate {
  return weekStartOf(localDate(instant, timeZone), talkDay);
}

/** How long a week's talk can still be answered after its day. */
export const ANSWERABLE_DAYS = 13;

/** A week's talk can be answered from its day on, in the person's own zone. */
export const isOpenFor = (week: LocalDate, instant: Date, timeZone: string) =>
  week <= localDate(instant, timeZone);

/** The next talk day after the person's today (their local date), for "next talk: Sunday 6 December". */
export function nextTalkDay(instant: Date, timeZone: string, talkDay: number): LocalDate {
  return addDays(currentTalkWeek(instant, timeZone, talkDay), 7);
}

/**
 * The talk a person is told about at `instant`: their local today when it is the couple's talk
 * day (from their own midnight), else null. A day missed while the app was down is not told late.
 */
export function talkDayToday(instant: Date, timeZone: string, talkDay: number): LocalDate | null {
  const today = localDate(instant, timeZone);
  return dayOfWeek(today) === talkDay ? today : null;
}

/** Whether a "YYYY-MM-DD" is a talk day of this couple. */
export const isTalkDay = (week: LocalDate, talkDay: number) => dayOfWeek(week) === talkDay;

export type TalkState = { revealedAt: Date | null; skippedAt: Date | null };
export type AnswerState = { userId: string; submittedAt: Date | null };

/** Both have submitted, nobody skipped, not yet revealed: the moment to reveal (once). */
export function shouldReveal(talk: TalkState, answers: AnswerState[]): boolean {
  if (talk.revealedAt !== null || talk.skippedAt !== null) return false;
  const submitted = new Set(answers.filter((a) => a.submittedAt !== null).map((a) => a.userId));
  return submitted.size >= 2;
}

/** The partner's answers are served only after the reveal; before it, not even a draft exists for them. */
export const partnerAnswersVisible = (talk: TalkState) => talk.revealedAt !== null;

export type TalkStatus = "open" | "waiting-for-partner" | "partner-answered" | "revealed" | "skipped";

/** Where this week's talk stands for the viewer. */
export function talkStatus(
  talk: TalkState | null,
  mine: AnswerState | null,
  partnerSubmitted: boolean,
): TalkStatus {
  if (talk?.skippedAt) return "skipped";
  if (talk?.revealedAt) return "revealed";
  if (mine?.submittedAt) return "waiting-for-partner";
  return partnerSubmitted ? "partner-answered" : "open";
}

/** Only the listener reflects an answer back, and only after the reveal. */
export const canReflect = (talk: TalkState, answerUserId: string, viewerId: string) =>
  talk.revealedAt !== null && answerUserId !== viewerId;

/** Only the writer says whether the reflection caught it. */
export const canConfirm = (answerUserId: string, viewerId: string) => answerUserId === viewerId;
