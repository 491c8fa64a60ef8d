import { z } from "zod";
import { ZAmendsText, ZFollowThrough } from "@/domain/amends/schemas";
import { userText } from "@/domain/user-text";
import { FEELINGS, isComplete, LINK_TYPES, STEP_KEYS, STOP_TO } from "./repair-talk";

export const REPAIR_ANSWER_MAX = 2000;
export const ABOUT_MAX = 200;
const ZId = z.string().min(1).max(64);

export const ZStartRepairTalk = z.strictObject({
  about: userText(ABOUT_MAX, `Keep it under ${ABOUT_MAX} characters.`).refine(
    (v) => /[\p{L}\p{N}]/u.test(v),
    "Name what happened in a few words.",
  ),
  link: z.strictObject({ type: z.enum(LINK_TYPES), id: ZId }).optional(),
});
export type TStartRepairTalk = z.infer<typeof ZStartRepairTalk>;

/** One step's answer: saved as a private draft, or shared (then it must say something). */
export const ZRepairAnswer = z
  .strictObject({
    id: ZId,
    step: z.enum(STEP_KEYS),
    feelings: z
      .array(z.enum(FEELINGS, { error: "Pick from the list." }))
      .max(FEELINGS.length)
      .default([]),
    text: userText(REPAIR_ANSWER_MAX, `Keep it under ${REPAIR_ANSWER_MAX} characters.`),
    share: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.feelings.length > 0 && v.step !== "felt") {
      ctx.addIssue({ code: "custom", path: ["feelings"], message: "Feeling words go with “How I felt”." });
    }
    if (v.share && !isComplete(v.step, v)) {
      ctx.addIssue({
        code: "custom",
        path: [v.step === "felt" ? "feelings" : "text"],
        message: v.step === "felt" ? "Pick a feeling or write a few words." : "Write a few words here.",
      });
    }
  });
export type TRepairAnswer = z.infer<typeof ZRepairAnswer>;

export const ZRepairTalkId = z.strictObject({ id: ZId });

/** "What I heard you say", said again after a "not quite". */
export const ZHearAgain = z.strictObject({
  id: ZId,
  text: userText(REPAIR_ANSWER_MAX, `Keep it under ${REPAIR_ANSWER_MAX} characters.`).refine(
    (v) => /[\p{L}\p{N}]/u.test(v),
    "Say what you heard.",
  ),
});

export const ZHeardVerdict = z.strictObject({
  answerId: ZId,
  verdict: z.enum(["yes", "not-quite"], { error: "Choose “Yes, that's it” or “Not quite”." }),
  note: userText(500, "Keep it under 500 characters.")
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export const ZStopRepairTalk = z.strictObject({
  id: ZId,
  to: z.enum(STOP_TO.map((s) => s.value) as ["weekly-talk", "counselor"], {
    error: "Choose where you'll take it.",
  }),
});

/** The plan turned into a commitment or a boundary proposal (amends' follow-through). */
export const ZRepairFollowThrough = ZFollowThrough;

/** "My part" made an amends in one step: the amends' own fields (prefilled on the page), shared or a draft. */
export const ZRepairAmends = z.strictObject({ id: ZId, ...ZAmendsText, share: z.boolean().default(false) });
export type TRepairAmends = z.infer<typeof ZRepairAmends>;
