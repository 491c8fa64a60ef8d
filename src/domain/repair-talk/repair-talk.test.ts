import { describe, expect, it } from "vitest";
import { repairTalkCounts } from "@/domain/counselor/summary";
import {
  bothShared,
  currentStep,
  impactFrom,
  iStatementHints,
  isComplete,
  isRevealed,
  revealedSteps,
  STEP_KEYS,
} from "./repair-talk";
import { ZRepairAnswer, ZStartRepairTalk } from "./schemas";

describe("repair conversation rules", () => {
  it("walks the steps in order and ends after the plan", () => {
    expect(currentStep({ status: "open", revealed: 0 })).toBe("felt");
    expect(currentStep({ status: "open", revealed: 1 })).toBe("heard");
    expect(currentStep({ status: "open", revealed: STEP_KEYS.length })).toBeNull();
    expect(currentStep({ status: "stopped", revealed: 2 })).toBeNull();
    expect(revealedSteps({ revealed: 2 })).toEqual(["felt", "heard"]);
    expect(isRevealed({ revealed: 2 }, "heard")).toBe(true);
    expect(isRevealed({ revealed: 2 }, "reality")).toBe(false);
  });

  it("opens a step only when both have shared it", () => {
    expect(bothShared([{ userId: "a" }])).toBe(false);
    expect(bothShared([{ userId: "a" }, { userId: "a" }])).toBe(false);
    expect(bothShared([{ userId: "a" }, { userId: "b" }])).toBe(true);
  });

  it("needs words (or a feeling) to share, except for the optional step", () => {
    expect(isComplete("felt", { feelings: ["hurt"], text: "" })).toBe(true);
    expect(isComplete("felt", { feelings: [], text: "  " })).toBe(false);
    expect(isComplete("touched", { feelings: [], text: "" })).toBe(true);
    expect(isComplete("part", { feelings: [], text: "…" })).toBe(false);
    expect(ZRepairAnswer.safeParse({ id: "x", step: "part", text: "", share: true }).success).toBe(false);
    expect(ZRepairAnswer.safeParse({ id: "x", step: "part", text: "", share: false }).success).toBe(true);
  });

  it("refuses hidden characters but keeps line breaks", () => {
    expect(ZStartRepairTalk.safeParse({ about: "a\u202Eb" }).success).toBe(false);
    expect(ZStartRepairTalk.safeParse({ about: "a\u200Bb" }).success).toBe(false);
    expect(ZStartRepairTalk.safeParse({ about: "   " }).success).toBe(false);
    const ok = ZRepairAnswer.parse({ id: "x", step: "reality", text: "one\ntwo ", share: true });
    expect(ok.text).toBe("one\ntwo");
    expect(ZStartRepairTalk.parse({ about: "مرحبا" }).about).toBe("مرحبا");
  });

  it("hints gently at I-statements, never blocking", () => {
    expect(iStatementHints("reality", "You always ignore me")).toHaveLength(1);
    expect(iStatementHints("reality", "It happened because you left")).toHaveLength(1);
    expect(iStatementHints("part", "I was short, but I was tired")).toHaveLength(1);
    expect(iStatementHints("reality", "I felt alone when the phone came out")).toEqual([]);
    expect(iStatementHints("felt", "you always")).toEqual([]);
  });

  it("counts conversations for the counselor without scoring", () => {
    const c = repairTalkCounts(
      [
        { status: "finished", stoppedTo: null },
        { status: "stopped", stoppedTo: "counselor" },
        { status: "open", stoppedTo: null },
      ],
      [{ commitmentId: "c", boundaryId: null }],
      2,
    );
    expect(c).toEqual({
      started: 3,
      finished: 1,
      toWeeklyTalk: 0,
      toCounselor: 1,
      open: 1,
      commitments: 1,
      boundaries: 0,
      amends: 2,
    });
  });

  it("fills an amends' impact from the partner's feeling words", () => {
    expect(impactFrom(["lonely"])).toBe("You told me you felt lonely.");
    expect(impactFrom(["hurt", "sad", "lonely"])).toBe("You told me you felt hurt, sad and lonely.");
  });
});
