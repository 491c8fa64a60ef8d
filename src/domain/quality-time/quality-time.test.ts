import { describe, expect, it } from "vitest";
import { BUILT_IN_IDEAS, builtInIdea, builtInKey, EFFORTS, IDEA_KINDS } from "./ideas";
import { bothWant, type Choice, ideasBothWant, statusOf } from "./quality-time";

describe("quality time both chose", () => {
  it("wants an idea together only with yes + yes or yes + maybe; a 'not now' looks like no mark", () => {
    expect(bothWant("yes", "yes")).toBe("both-yes");
    expect(bothWant("maybe", "yes")).toBe("yes-maybe");
    expect(bothWant("yes", "maybe")).toBe("yes-maybe");
    for (const [a, b] of [
      ["maybe", "maybe"],
      ["yes", "not-now"],
      ["not-now", "yes"],
      ["yes", undefined],
      [undefined, "yes"],
    ] as const)
      expect(bothWant(a, b)).toBeNull();
  });

  it("lists both-yes ideas before yes + maybe ones", () => {
    const mine = new Map<string, Choice>([
      ["a", "maybe"],
      ["b", "yes"],
      ["c", "yes"],
      ["d", "not-now"],
    ]);
    const theirs = new Map<string, Choice>([
      ["a", "yes"],
      ["b", "yes"],
      ["c", "not-now"],
      ["d", "yes"],
    ]);
    expect(ideasBothWant(mine, theirs)).toEqual([
      { key: "b", strength: "both-yes" },
      { key: "a", strength: "yes-maybe" },
    ]);
  });

  it("opens the two questions on the day, and says whose turn it is", () => {
    const base = { day: "2026-12-08", revealed: false, mine: false, partnerAnswered: false };
    expect(statusOf({ ...base, today: "2026-12-07" })).toBe("upcoming");
    expect(statusOf({ ...base, today: "2026-12-08" })).toBe("answer");
    expect(statusOf({ ...base, today: "2026-12-09", partnerAnswered: true })).toBe("partner-answered");
    expect(statusOf({ ...base, today: "2026-12-09", mine: true })).toBe("waiting-for-partner");
    expect(statusOf({ ...base, today: "2026-12-09", mine: true, revealed: true })).toBe("revealed");
  });

  it("has a few dozen built-in ideas with unique keys, each of a known kind and effort", () => {
    expect(BUILT_IN_IDEAS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(BUILT_IN_IDEAS.map((i) => i.slug)).size).toBe(BUILT_IN_IDEAS.length);
    const kinds = IDEA_KINDS.map((k) => k.value as string);
    const efforts = EFFORTS.map((e) => e.value as string);
    for (const i of BUILT_IN_IDEAS) {
      expect(kinds).toContain(i.kind);
      expect(efforts).toContain(i.effort);
      expect(builtInIdea(builtInKey(i.slug))).toBe(i);
    }
    expect(builtInIdea("builtin:nope")).toBeUndefined();
    expect(builtInIdea("evening-walk")).toBeUndefined();
  });
});
