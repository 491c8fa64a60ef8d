import { z } from "zod";
import { userText } from "@/domain/user-text";

export const AMENDS_TEXT_MAX = 4000;
export const AMENDS_NOTE_MAX = 2000;

const hasVisible = (v: string) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(v);
const ZId = z.string().min(1).max(64);

const text = (what: string) =>
  userText(AMENDS_TEXT_MAX, `Keep this under ${AMENDS_TEXT_MAX} characters.`)
    .min(1, `Write ${what}.`)
    .refine(hasVisible, "This needs some visible text.");

const ZNote = userText(AMENDS_NOTE_MAX, `Keep the note under ${AMENDS_NOTE_MAX} characters.`)
  .optional()
  .transform((v) => (v ? v : undefined));

export const ZAmendsText = {
  whatIDid: text("what you did"),
  impact: text("the impact you understand it had"),
  different: text("what you will do differently"),
};

/** A new amends: a private draft, or shared at once. */
export const ZCreateAmends = z.strictObject({ ...ZAmendsText, share: z.boolean().default(false) });
export const ZEditAmends = z.strictObject({
  id: ZId,
  rev: z.number().int().min(0).max(1_000_000),
  ...ZAmendsText,
});
export const ZAmendsRef = z.strictObject({ id: ZId, rev: z.number().int().min(0).max(1_000_000) });
export const ZAmendsId = z.strictObject({ id: ZId });
export const ZAnswerAmends = z.strictObject({
  id: ZId,
  answer: z.enum(["received", "not-ready", "talk"], { error: "Choose an answer." }),
  note: ZNote,
});
export const ZFollowUp = z.strictObject({
  id: ZId,
  note: userText(AMENDS_NOTE_MAX, `Keep it under ${AMENDS_NOTE_MAX} characters.`)
    .min(1, "Write your follow-up.")
    .refine(hasVisible, "This needs some visible text."),
});
export const ZAmendsList = z
  .strictObject({ view: z.enum(["current", "archive"]).default("current") })
  .default({ view: "current" });

/**
 * Turning what you'll do differently (or a weekly talk's request) into something kept, in one step:
 * a commitment of your own, or a boundary proposal to your partner. Reuses those features' rules.
 */
export const ZFollowThrough = z.strictObject({
  id: ZId,
  as: z.enum(["commitment", "boundary"], { error: "Choose a commitment or a boundary." }),
  title: userText(120, "Keep the title under 120 characters.")
    .min(3, "Give it a short title (at least 3 characters).")
    .refine(hasVisible, "The title needs some visible text."),
});
export type TFollowThrough = z.infer<typeof ZFollowThrough>;
