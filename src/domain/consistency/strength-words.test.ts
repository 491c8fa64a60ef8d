import { describe, expect, it } from "vitest";
import { strengthInWords } from "./strength-words";

describe("strengthInWords", () => {
  it("says nothing for a one-off", () => {
    expect(strengthInWords({ strength: 0.05, answeredDays: 1, oneOff: true })).toBeNull();
  });
  it("is 'building' for a new commitment, whatever the figure", () => {
    expect(strengthInWords({ strength: 0.02, answeredDays: 3, oneOff: false })).toEqual({
      label: "Building",
      detail: "about 11 more answered days before it says more",
    });
  });
  it("puts an established habit into words, with no percentage", () => {
    const words = [0.1, 0.3, 0.6, 0.9].map(
      (strength) => strengthInWords({ strength, answeredDays: 60, oneOff: false })?.label,
    );
    expect(words).toEqual(["Just starting", "Taking root", "Growing steady", "Well rooted"]);
    for (const s of [0.1, 0.9])
      expect(JSON.stringify(strengthInWords({ strength: s, answeredDays: 60, oneOff: false }))).not.toMatch(
        /%/,
      );
  });
});
