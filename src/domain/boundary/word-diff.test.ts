import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";

describe("wordDiff", () => {
  it("marks the words taken out and put in, keeping the rest", () => {
    const parts = wordDiff("Phones away at dinner.", "Phones away at breakfast and dinner.");
    expect(parts.filter((p) => p.change === "added").map((p) => p.text.trim())).toEqual(["breakfast and"]);
    expect(parts.filter((p) => p.change === "removed")).toEqual([]);
    expect(
      parts
        .filter((p) => p.change !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe("Phones away at breakfast and dinner.");
    const swapped = wordDiff("Call before ten.", "Text before ten.");
    expect(swapped.filter((p) => p.change === "removed").map((p) => p.text)).toEqual(["Call"]);
    expect(swapped.filter((p) => p.change === "added").map((p) => p.text)).toEqual(["Text"]);
  });
  it("has nothing to mark for the same text", () => {
    expect(wordDiff("Same words", "Same words").every((p) => p.change === "same")).toBe(true);
  });
});
