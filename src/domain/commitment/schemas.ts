import { z } from "zod";
import { userText } from "@/domain/user-text";
import { isLocalDate } from "./schedule";

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 2000;
export const NOTE_MAX = 1000;
/** The longest pause, in days (inclusive range). */
export const PAUSE_MAX_DAYS = 366;

const hasVisible = (v: string) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(v);

const optionalText = (max: number, label: string) =>
  userText(max, `Keep the ${label} under ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

export const ZLocalDate = z
  .string()
  .max(10, "Use a date like 2026-11-25.")
  .refine(isLocalDate, "Use a real date like 2026-11-25.");

const ZId = z.string().min(1).max(64);

export const WEEKDAY_LABELS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

/** The Cadence type of schedule.ts, validated. */
export const ZCadence = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("daily") }),
    z.strictObject({
      kind: z.literal("weekdays"),
      days: z
        .array(z.number().int().min(0).max(6), { error: "Pick the days." })
        .min(1, "Pick at least one day.")
        .max(7)
        .refine((d) => new Set(d).size === d.length, "Each day once.")
        .transform((d) => [...d].sort((a, b) => a - b)),
    }),
    z.strictObject({
      kind: z.literal("timesPerWeek"),
      times: z
        .number({ error: "How many times a week?" })
        .int("A whole number of times.")
        .min(1, "At least once a week.")
        .max(7, "At most 7 times a week (use every day)."),
    }),
    z.strictObject({ kind: z.literal("conditional") }),
    z.strictObject({ kind: z.literal("once"), due: ZLocalDate }),
  ],
  { error: "Choose how often." },
);
export type TCadence = z.infer<typeof ZCadence>;

const ZCommitmentText = {
  title: userText(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters.`)
    .min(3, "Give the commitment a short title (at least 3 characters).")
    .refine(hasVisible, "The title needs some visible text."),
  description: optionalText(DESCRIPTION_MAX, "description"),
};

export const ZCreate = z.strictObject({
  ...ZCommitmentText,
  /** "me": a promise I make; "both": a shared promise each of us checks in on. */
  who: z.enum(["me", "both"], { error: "Say who makes this commitment." }),
  cadence: ZCadence,
  /** The first day it counts (default today); up to 7 days back, so recent days can be back-filled. */
  startsOn: ZLocalDate.optional(),
  boundaryId: ZId.optional(),
});

export const ZEdit = z.strictObject({
  id: ZId,
  ...ZCommitmentText,
  cadence: ZCadence,
  boundaryId: ZId.nullable().optional(),
});

export const OUTCOMES = ["kept", "partly", "missed", "not-applicable"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const ZCheckIn = z
  .strictObject({
    commitmentId: ZId,
    day: ZLocalDate,
    outcome: z.enum(OUTCOMES, { error: "Choose kept, partly, missed or didn't come up." }),
    note: optionalText(NOTE_MAX, "note"),
    noteShared: z.boolean().default(false),
    excused: z.boolean().default(false),
    excuseNote: optionalText(NOTE_MAX, "excuse"),
    /** An idempotency key from the device (a check-in queued offline may arrive twice or late). */
    requestKey: z
      .string()
      .regex(/^[A-Za-z0-9-]{16,64}$/, { error: "That request key isn't one we made." })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.excused && v.outcome !== "missed") {
      ctx.addIssue({ code: "custom", path: ["excused"], message: "Only a miss can be excused." });
    }
    if (v.excused && !v.excuseNote) {
      ctx.addIssue({ code: "custom", path: ["excuseNote"], message: "Say briefly why, for your partner." });
    }
  })
  .transform((v) => ({
    ...v,
    // A note-less check-in has nothing to share; an excuse only exists on an excused miss.
    noteShared: v.note ? v.noteShared : false,
    excuseNote: v.excused ? v.excuseNote : undefined,
  }));
export type TCheckIn = z.infer<typeof ZCheckIn>;

export const ZAck = z
  .strictObject({
    checkInId: ZId,
    kind: z.enum(["noticed", "differ"], { error: "Choose how to respond." }),
    note: optionalText(NOTE_MAX, "note"),
  })
  .refine((v) => v.kind !== "differ" || v.note, {
    path: ["note"],
    message: "Say how you see it, so your partner can understand.",
  });

export const ZPause = z
  .strictObject({ commitmentId: ZId, from: ZLocalDate, to: ZLocalDate })
  .refine((v) => v.from <= v.to, { path: ["to"], message: "The pause must end on or after its first day." });

export const ZIdInput = z.strictObject({ id: ZId });
export const ZArchive = z.strictObject({ id: ZId, archived: z.boolean() });
export const ZToday = z.strictObject({ day: ZLocalDate.optional() }).default({});
export const ZList = z
  .strictObject({ view: z.enum(["active", "archived"]).default("active") })
  .default({ view: "active" });
