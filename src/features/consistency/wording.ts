import type { DayStatus } from "@/domain/consistency/metrics";

/** A rate as people read it; null (nothing answered yet) is "—", never 0 %. */
export const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)} %`);

export { points } from "@/domain/commitment/week-count";

// Each status has a symbol and a label as well as a colour, so none depends on colour alone.
export const DAY_STATUS: Record<DayStatus, { label: string; mark: string; className: string }> = {
  kept: { label: "Kept", mark: "✓", className: "bg-sage-600 text-white" },
  partly: { label: "Partly / mixed", mark: "◐", className: "bg-sage-200 text-sage-800" },
  missed: { label: "Missed", mark: "✗", className: "bg-rose-200 text-rose-950" },
  excused: { label: "Excused", mark: "E", className: "bg-amber-100 text-amber-950" },
  "not-applicable": { label: "Didn't come up", mark: "–", className: "bg-stone-200 text-stone-800" },
  "not-logged": {
    label: "Not logged",
    mark: "?",
    className: "bg-white text-stone-600 border border-dashed border-stone-400",
  },
  none: { label: "Nothing due", mark: "", className: "bg-stone-50 text-stone-400" },
};
