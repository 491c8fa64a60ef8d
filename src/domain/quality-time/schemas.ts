import { z } from "zod";
import { ZLocalDate } from "@/domain/commitment/schemas";
import { userText } from "@/domain/user-text";
import { EFFORTS, IDEA_KINDS } from "./ideas";
import { CHOICE_VALUES } from "./quality-time";

export const IDEA_TITLE_MAX = 120;
export const MOMENT_MAX = 1000;
const ZId = z.string().min(1).max(64);
const ZIdeaKey = z.string().min(1, "Pick an idea.").max(80);

export const ZMarkIdea = z.strictObject({
  ideaKey: ZIdeaKey,
  /** null takes the mark back. */
  choice: z.enum(CHOICE_VALUES, { error: "Choose yes, maybe or not now." }).nullable(),
});

export const ZAddIdea = z.strictObject({
  title: userText(IDEA_TITLE_MAX, `Keep the idea under ${IDEA_TITLE_MAX} characters.`)
    .min(3, "Say the idea in a few words (at least 3 characters).")
    .refine((v) => /[\p{L}\p{N}]/u.test(v), "Say the idea in a few words."),
  kind: z.enum(IDEA_KINDS.map((k) => k.value) as [string, ...string[]], { error: "Pick a kind." }),
  effort: z.enum(EFFORTS.map((e) => e.value) as [string, ...string[]], { error: "Pick how much it takes." }),
});
export type TAddIdea = z.infer<typeof ZAddIdea>;

export const ZScheduleIdea = z.strictObject({ ideaKey: ZIdeaKey, day: ZLocalDate });

export const ZReflectQualityTime = z.strictObject({
  id: ZId,
  moment: userText(MOMENT_MAX, `Keep it under ${MOMENT_MAX} characters.`)
    .min(1, "Write a few words about a moment you liked.")
    .refine((v) => /[\p{L}\p{N}\p{So}]/u.test(v), "Write a few words about a moment you liked."),
  closeness: z
    .number({ error: "Pick how close you felt, 1 to 5." })
    .int("Pick how close you felt, 1 to 5.")
    .min(1, "Pick how close you felt, 1 to 5.")
    .max(5, "Pick how close you felt, 1 to 5."),
});

export const ZQualityTimeId = z.strictObject({ id: ZId });
