// Habit strength in words, never a bare percentage: a figure like "2 %" beside "kept-rate 100 %"
// reads as a verdict on someone who has only just begun. It is "building" until there are enough
// answered days to mean something, and a one-off has none at all (it is done or it isn't).

/** Answered days before the strength says more than "building". */
export const STRENGTH_MIN_DAYS = 14;

export type StrengthWords = { label: string; detail: string } | null;

export function strengthInWords(args: {
  strength: number;
  answeredDays: number;
  oneOff: boolean;
}): StrengthWords {
  if (args.oneOff) return null;
  if (args.answeredDays < STRENGTH_MIN_DAYS) {
    const left = STRENGTH_MIN_DAYS - args.answeredDays;
    return {
      label: "Building",
      detail: `about ${left} more answered day${left === 1 ? "" : "s"} before it says more`,
    };
  }
  const s = args.strength;
  if (s < 0.25) return { label: "Just starting", detail: "recent days have been mixed" };
  if (s < 0.5) return { label: "Taking root", detail: "kept more often than not lately" };
  if (s < 0.75) return { label: "Growing steady", detail: "kept on most days for weeks" };
  return { label: "Well rooted", detail: "kept steadily for a long while" };
}
