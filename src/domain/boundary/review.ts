// Boundaries that come up for review: time-boxed agreements ("for 90 days") on whose review date
// both are asked "keep, loosen or retire?". Loosening and retiring go on as the usual proposals
// (a new version, a retirement) the other agrees to; both saying "keep" ends the review. Pure.
import { addDays, type LocalDate } from "@/domain/commitment/schedule";
import type { BoundaryStatus } from "./boundary";

export const REVIEW_ANSWERS = [
  { value: "keep", label: "Keep it as it is" },
  { value: "loosen", label: "Loosen it" },
  { value: "retire", label: "Retire it" },
] as const;
export type ReviewAnswer = (typeof REVIEW_ANSWERS)[number]["value"];

/** How far ahead a review date may be. */
export const REVIEW_MAX_DAYS = 366 * 2;

/**
 * Monitoring-type boundaries (phones, locations, passwords) turn into surveillance when they are
 * permanent: their proposal suggests a review in 90 days, which the proposer can clear.
 */
export const SUGGESTED_REVIEW_DAYS: Partial<Record<string, number>> = { "privacy-phones": 90 };

export function suggestedReviewOn(category: string, today: LocalDate): LocalDate | null {
  const days = SUGGESTED_REVIEW_DAYS[category];
  return days ? addDays(today, days) : null;
}

/** The review is open for a person from its date (their own day) while the boundary is agreed. */
export const isReviewDue = (status: BoundaryStatus | string, reviewOn: LocalDate | null, today: LocalDate) =>
  reviewOn !== null &&
  reviewOn <= today &&
  (status === "active" || status === "revising" || status === "retiring");

/** Both said "keep": the review ends with the boundary as it is. */
export const bothKeep = (answers: { userId: string; answer: string }[]) =>
  new Set(answers.filter((a) => a.answer === "keep").map((a) => a.userId)).size >= 2;
