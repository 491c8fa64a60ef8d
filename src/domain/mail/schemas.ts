import { z } from "zod";

export const ZUpdateMailSettingsInput = z.strictObject({
  choices: z.strictObject({
    "partner-news": z.boolean(),
    reminders: z.boolean(),
    "weekly-summary": z.boolean(),
  }),
  titles: z.boolean(),
});
export type TUpdateMailSettingsInput = z.infer<typeof ZUpdateMailSettingsInput>;
