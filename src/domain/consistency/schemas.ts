import { z } from "zod";

/** Dashboard ranges in days (null: everything since the first commitment). */
export const RANGES = { "4w": 28, "12w": 84, "6m": 183, "1y": 365, all: null } as const;
export type Range = keyof typeof RANGES;
/** The heatmap shows at least the last 6 months, at most the last year. */
export const HEATMAP_MIN_DAYS = 183;
export const HEATMAP_MAX_DAYS = 365;

export const ZDashboard = z
  .strictObject({
    range: z.enum(["4w", "12w", "6m", "1y", "all"]).default("12w"),
    person: z.enum(["both", "me", "partner"]).default("both"),
    commitmentId: z.string().min(1).max(64).optional(),
  })
  .default({ range: "12w", person: "both" });
