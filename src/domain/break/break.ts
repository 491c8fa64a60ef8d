// A break that isn't a breakup: either partner pauses sharing for 1–30 days. Pure rules; the
// reads and writes are in src/server/break.
import { z } from "zod";
import { addDays, type LocalDate } from "@/domain/commitment/schedule";
import { userText } from "@/domain/user-text";

const BREAK_MAX_DAYS = 30;

export const ZStartBreak = z.strictObject({
  days: z
    .number({ error: "Choose how many days: 1 to 30." })
    .int("Choose a whole number of days.")
    .min(1, "A break lasts at least 1 day.")
    .max(BREAK_MAX_DAYS, "A break lasts at most 30 days."),
  note: userText(300, "Keep the note under 300 characters.")
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type TStartBreak = z.infer<typeof ZStartBreak>;

/** The days a break covers: `from`..`to`, inclusive; empty when `to` < `from`. */
export type BreakWindow = { from: string; to: string };

/** A break started today for `days` days: today and the days after it. */
export function breakWindow(today: LocalDate, days: number): BreakWindow {
  return { from: today, to: addDays(today, days - 1) };
}

/**
 * Ending early on `today` makes today shared again: the break keeps only the days before it (none
 * if it started today).
 */
export function endedEarly(window: BreakWindow, today: LocalDate): BreakWindow {
  const to = addDays(today, -1);
  // biome-ignore lint/complexity/useMathMinMax: local days are strings, compared as text
  return { from: window.from, to: to < window.to ? to : window.to };
}

export function coversDay(windows: readonly BreakWindow[], day: string): boolean {
  return windows.some((w) => w.from <= day && day <= w.to);
}

/** The break running on `today`, if any. */
export function currentBreak<T extends BreakWindow>(windows: readonly T[], today: string): T | null {
  return windows.find((w) => w.from <= today && today <= w.to) ?? null;
}
