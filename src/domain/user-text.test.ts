import { describe, expect, it } from "vitest";
import { HIDDEN_CHARACTERS_MESSAGE, userText } from "./user-text";

const schema = userText(20).min(1, "Write something.");
const errorOf = (text: string) => {
  const r = schema.safeParse(text);
  return r.success ? null : r.error.issues.map((i) => i.message);
};

describe("userText", () => {
  it.each([
    ["U+202E (reversed display)", "ok \u202Eevil"],
    ["U+2066 (isolate)", "a\u2066b"],
    ["U+200E (direction mark)", "a\u200Eb"],
    ["a zero-width space", "a\u200Bb"],
    ["a word joiner", "a\u2060b"],
    ["a BOM", "a\uFEFFb"],
    ["NUL", "a\u0000b"],
    ["a bell", "a\u0007b"],
    ["DEL", "a\u007Fb"],
    ["a C1 control", "a\u0085b"],
  ])("refuses %s with a clear message", (_, text) => {
    expect(errorOf(text)).toEqual([HIDDEN_CHARACTERS_MESSAGE]);
  });

  it.each([
    ["line breaks and tabs", "one\ntwo\r\n\tthree"],
    ["right-to-left text", "שלום עולם"],
    ["an emoji sequence (ZWJ)", "👨‍👩‍👧"],
    ["Persian with a non-joiner", "می‌خواهم"],
    ["a URL", "https://x.test/a?b"],
  ])("keeps %s", (_, text) => {
    expect(schema.parse(text)).toBe(text.trim());
  });

  it("normalises to NFC and trims before counting", () => {
    expect(schema.parse("  e\u0301  ")).toBe("é");
    expect(errorOf("x".repeat(21))).toEqual(["Keep it under 20 characters."]);
  });
});
