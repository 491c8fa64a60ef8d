import { z } from "zod";
import { ZONED_TIME } from "./reminders";

const ZLocalTime = z.string().trim().regex(ZONED_TIME, "Use a time like 08:00.");

export const ZUpdateMailSettingsInput = z.strictObject({
  choices: z.strictObject({
    "partner-news": z.boolean(),
    reminders: z.boolean(),
    "weekly-summary": z.boolean(),
  }),
  titles: z.boolean(),
  reminderTime: ZLocalTime,
  quietFrom: ZLocalTime,
  quietTo: ZLocalTime,
  weeklySummaryDay: z.number().int().min(0).max(6),
});
export type TUpdateMailSettingsInput = z.infer<typeof ZUpdateMailSettingsInput>;
