// The rules of quality time both chose: which ideas both want (never who said "not now"), when a
// reflection may be given, and when both are revealed. Pure: no database, no HTTP.
import type { LocalDate } from "@/domain/commitment/schedule";

export const CHOICES = [
  { value: "yes", label: "Yes" },
  { value: "maybe", label: "Maybe" },
  { value: "not-now", label: "Not now" },
] as const;
export type Choice = (typeof CHOICES)[number]["value"];
export const CHOICE_VALUES = CHOICES.map((c) => c.value) as [Choice, ...Choice[]];

/**
 * How much two marks want an idea together: both yes, or one yes and one maybe; anything else
 * (a "not now", two maybes, an idea only one has marked) is null and looks exactly like "not
 * marked yet" to either of them.
 */
export function bothWant(a: Choice | undefined, b: Choice | undefined): "both-yes" | "yes-maybe" | null {
  if (a === "yes" && b === "yes") return "both-yes";
  if ((a === "yes" && b === "maybe") || (a === "maybe" && b === "yes")) return "yes-maybe";
  return null;
}

/** The keys of the ideas both want, both yes first. */
export function ideasBothWant(mine: Map<string, Choice>, partners: Map<string, Choice>) {
  const wanted: { key: string; strength: "both-yes" | "yes-maybe" }[] = [];
  for (const [key, choice] of mine) {
    const strength = bothWant(choice, partners.get(key));
    if (strength) wanted.push({ key, strength });
  }
  return wanted.sort((x, y) => Number(x.strength === "yes-maybe") - Number(y.strength === "yes-maybe"));
}

/** A quality time can be put on a day from today (the scheduler's) up to a year ahead. */
export const SCHEDULE_MAX_DAYS = 366;

/** Each answers the two questions once their day has come, in their own zone. */
export const canReflect = (day: LocalDate, today: LocalDate) => day <= today;

/** Revealed when both have answered. */
export const shouldReveal = (answers: { userId: string }[]) =>
  new Set(answers.map((a) => a.userId)).size >= 2;

export type QualityTimeStatus =
  | "upcoming"
  | "answer"
  | "waiting-for-partner"
  | "partner-answered"
  | "revealed";

export function statusOf(args: {
  day: LocalDate;
  today: LocalDate;
  revealed: boolean;
  mine: boolean;
  partnerAnswered: boolean;
}): QualityTimeStatus {
  if (args.revealed) return "revealed";
  if (!canReflect(args.day, args.today)) return "upcoming";
  if (args.mine) return "waiting-for-partner";
  return args.partnerAnswered ? "partner-answered" : "answer";
}

/** "How close I felt", 1 to 5: each person's own feeling, never compared with the other's. */
export const CLOSENESS_LABELS = ["1 · distant", "2", "3", "4", "5 · very close"] as const;
