import { z } from "zod";
import { isLocalDate } from "@/domain/commitment/schedule";
import { userText } from "@/domain/user-text";
import { PROMPT_KEYS } from "./talk";

export const TALK_ANSWER_MAX = 2000;
export const REFLECTION_MAX = 2000;
export const VERDICT_NOTE_MAX = 500;

const hasVisible = (v: string) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(v);
const ZId = z.string().min(1).max(64);
const ZWeek = z
  .string()
  .max(10, "Use a date like 2026-11-29.")
  .refine(isLocalDate, "Use a real date like 2026-11-29.");

const answer = userText(TALK_ANSWER_MAX, `Keep each answer under ${TALK_ANSWER_MAX} characters.`);

export const ZTalkDay = z.strictObject({
  day: z.number({ error: "Choose a day." }).int().min(0, "Choose a day.").max(6, "Choose a day."),
});
export const ZTalkGet = z.strictObject({ week: ZWeek.optional() }).default({});
export const ZTalkWeek = z.strictObject({ week: ZWeek });

/**
 * The four answers. Saving keeps a private draft; submitting also needs each one written (the
 * reveal waits for both partners' submissions).
 */
export const ZTalkAnswers = z
  .strictObject({
    week: ZWeek,
    appreciation: answer,
    wentWell: answer,
    hard: answer,
    request: answer,
    submit: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (!v.submit) return;
    for (const key of PROMPT_KEYS) {
      if (!hasVisible(v[key]))
        ctx.addIssue({ code: "custom", path: [key], message: "Write a few words here." });
    }
  });
export type TTalkAnswers = z.infer<typeof ZTalkAnswers>;

export const ZSkip = z.strictObject({ week: ZWeek, skipped: z.boolean() });

export const ZReflect = z.strictObject({
  answerId: ZId,
  prompt: z.enum(PROMPT_KEYS),
  text: userText(REFLECTION_MAX, `Keep it under ${REFLECTION_MAX} characters.`)
    .min(1, "Say what you heard.")
    .refine(hasVisible, "This needs some visible text."),
});

export const ZConfirm = z.strictObject({
  reflectionId: ZId,
  verdict: z.enum(["yes", "not-quite"], { error: "Choose “Yes, that's it” or “Not quite”." }),
  note: userText(VERDICT_NOTE_MAX, `Keep it under ${VERDICT_NOTE_MAX} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined)),
});
