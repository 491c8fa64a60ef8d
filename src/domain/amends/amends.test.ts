import { describe, expect, it } from "vitest";
import {
  amendsStatus,
  canAnswer,
  canEdit,
  canFollowUp,
  gentleHints,
  isVisibleTo,
  titleFrom,
  waitsForTalk,
} from "./amends";
import { ZCreateAmends } from "./schemas";

const draft = { authorId: "a", sharedAt: null, answer: null, talkedAt: null };
const shared = { ...draft, sharedAt: new Date("2026-12-01T10:00:00Z") };

describe("amends rules", () => {
  it("keeps a draft the author's alone", () => {
    expect(isVisibleTo(draft, "a")).toBe(true);
    expect(isVisibleTo(draft, "b")).toBe(false);
    expect(isVisibleTo(shared, "b")).toBe(true);
  });

  it("lets only the author edit, and only a draft", () => {
    expect(canEdit(draft, "a")).toBe(true);
    expect(canEdit(draft, "b")).toBe(false);
    expect(canEdit(shared, "a")).toBe(false);
  });

  it("lets only the partner answer what was shared", () => {
    expect(canAnswer(draft, "b")).toBe(false);
    expect(canAnswer(shared, "a")).toBe(false);
    expect(canAnswer(shared, "b")).toBe(true);
    expect(canFollowUp(draft)).toBe(false);
    expect(canFollowUp(shared)).toBe(true);
  });

  it("waits for the talk only after a 'let's talk' answer, until talked about", () => {
    expect(waitsForTalk({ ...shared, answer: "received" })).toBe(false);
    expect(waitsForTalk({ ...shared, answer: "talk" })).toBe(true);
    expect(waitsForTalk({ ...shared, answer: "talk", talkedAt: new Date() })).toBe(false);
    expect(amendsStatus({ ...shared, answer: "talk" }, "a")).toMatch(/weekly talk/);
    expect(amendsStatus(draft, "a")).toMatch(/only you/);
  });

  it("nudges gently at a 'but' and at blaming, never blocks", () => {
    expect(gentleHints("whatIDid", "I was late, but traffic was bad")).toHaveLength(1);
    expect(gentleHints("impact", "Maybe you felt alone")).toHaveLength(1);
    expect(gentleHints("whatIDid", "I shouted because you were late")).toHaveLength(1);
    expect(gentleHints("different", "I will call when I'm late")).toEqual([]);
    expect(ZCreateAmends.safeParse({ whatIDid: "x but y", impact: "i", different: "d" }).success).toBe(true);
  });

  it("refuses empty and invisible text", () => {
    expect(ZCreateAmends.safeParse({ whatIDid: " ", impact: "i", different: "d" }).success).toBe(false);
    expect(ZCreateAmends.safeParse({ whatIDid: "\u200b", impact: "i", different: "d" }).success).toBe(false);
  });
});

describe("titleFrom", () => {
  it("keeps a first line that fits, whole", () => {
    expect(titleFrom("I will call when I'm late\nand say where I am", 120)).toBe("I will call when I'm late");
  });
  it("cuts a long line at a word, with an ellipsis, within the limit", () => {
    const text = `I will ${"always ".repeat(30)}ask first`;
    const title = titleFrom(text, 40);
    expect(title.length).toBeLessThanOrEqual(40);
    expect(title.endsWith("always…")).toBe(true);
  });
  it("cuts one endless word where it must", () => {
    expect(titleFrom("a".repeat(50), 10)).toBe(`${"a".repeat(9)}…`);
  });
});
