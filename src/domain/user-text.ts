// One rule for text a person writes for their partner to read (amends, talk answers and
// reflections, notes, boundaries, commitments, a break's note): the display-name rule, for longer
// text. Control characters (NUL and the like; line breaks and tabs stay), text-direction controls
// (U+202E can show a sentence reversed), and invisible characters that only hide text (zero-width
// space, word joiner, BOM) are refused with a message that says so. Zero-width joiner and
// non-joiner stay: emoji sequences and Persian, Arabic and Indic spelling need them.
import { z } from "zod";

// \p{Cc} but tab, line feed and carriage return; bidi embeddings, overrides, isolates and marks;
// U+200B zero-width space, U+2060 word joiner, U+FEFF zero-width no-break space.
const HIDDEN_OR_CONTROL =
  /(?![\t\n\r])\p{Cc}|[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

export const HIDDEN_CHARACTERS_MESSAGE =
  "Remove invisible, control or text-direction characters; they can hide or reverse the words your partner reads.";

/** True when `text` holds none of the characters user text may not hold. */
export const isCleanUserText = (text: string) => !HIDDEN_OR_CONTROL.test(text);

/**
 * A free-text field: NFC-normalised, trimmed, at most `max` characters, none of the hidden or
 * control characters above. Chain `.min(…)` or a visibility check as the field needs.
 */
export function userText(max: number, tooLong = `Keep it under ${max} characters.`) {
  return z
    .string()
    .normalize("NFC")
    .trim()
    .max(max, tooLong)
    .refine(isCleanUserText, HIDDEN_CHARACTERS_MESSAGE);
}
