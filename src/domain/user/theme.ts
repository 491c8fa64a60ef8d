// Light or dark pages. "system" follows the device's prefers-color-scheme; the other two override
// it for this person on every device (src/app/globals.css maps the palette for dark).
import { z } from "zod";

export const THEMES = ["system", "light", "dark"] as const;
export type TTheme = (typeof THEMES)[number];

export const ZSetThemeInput = z.strictObject({
  theme: z.enum(THEMES, { error: "Choose light, dark, or the same as this device." }),
});
export type TSetThemeInput = z.infer<typeof ZSetThemeInput>;

/** A stored value read back (an old or hand-edited row falls back to following the device). */
export const toTheme = (value: string): TTheme =>
  (THEMES as readonly string[]).includes(value) ? (value as TTheme) : "system";
