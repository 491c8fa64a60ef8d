import { describe, expect, it } from "vitest";
import {
  amendsCounts,
  amendsLine,
  resolvePeriod,
  shareStatus,
  talkLine,
  talkOutcome,
  talkWeeksIn,
  ZProposeShare,
  ZShareToken,
} from "@/domain/counselor/summary";

describe("the counselor summary's period", () => {
  it("defaults to the last 4 weeks, today included, and never reaches past today", () => {
    expect(resolvePeriod({}, "2026-12-01")).toEqual({ from: "2026-11-04", to: "2026-12-01" });
    expect(resolvePeriod({ from: "2026-11-01", to: "2027-01-01" }, "2026-12-01")).toEqual({
      from: "2026-11-01",
      to: "2026-12-01",
    });
  });

  it("refuses a period that ends before it starts, or lasts over a year", () => {
    expect(resolvePeriod({ from: "2026-11-10", to: "2026-11-01" }, "2026-12-01")).toEqual({
      problem: "The period must start before it ends.",
    });
    expect(resolvePeriod({ from: "2024-01-01" }, "2026-12-01")).toEqual({
      problem: "A summary covers at most a year.",
    });
  });
});

describe("a counselor link", () => {
  it("lasts 14 days unless chosen, at most 90", () => {
    expect(ZProposeShare.parse({})).toEqual({ days: 14, includeMyNotes: false });
    expect(ZProposeShare.safeParse({ days: 91 }).success).toBe(false);
    expect(ZProposeShare.safeParse({ days: 0 }).success).toBe(false);
    expect(ZProposeShare.safeParse({ coupleId: "x" }).success).toBe(false);
  });

  it("is proposed until confirmed, then active until it expires or is revoked", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const later = new Date("2026-12-15T12:00:00Z");
    expect(shareStatus({ approvedAt: null, expiresAt: null, revokedAt: null }, now)).toBe("proposed");
    expect(shareStatus({ approvedAt: now, expiresAt: later, revokedAt: null }, now)).toBe("active");
    expect(shareStatus({ approvedAt: now, expiresAt: later, revokedAt: null }, later)).toBe("expired");
    expect(shareStatus({ approvedAt: now, expiresAt: later, revokedAt: now }, now)).toBe("revoked");
  });

  it("takes only URL-safe tokens of a sensible length", () => {
    expect(ZShareToken.safeParse({ token: "a".repeat(43) }).success).toBe(true);
    expect(ZShareToken.safeParse({ token: "../../etc/passwd-xxxxxxxxxxxxx" }).success).toBe(false);
    expect(ZShareToken.safeParse({ token: "short" }).success).toBe(false);
  });
});

describe("the summary's amends and weekly talks", () => {
  it("lists each talk day of the period, none without a talk day", () => {
    // 2026-11-04 is a Wednesday; Sunday is 0.
    expect(talkWeeksIn("2026-11-04", "2026-12-01", 0)).toEqual([
      "2026-11-08",
      "2026-11-15",
      "2026-11-22",
      "2026-11-29",
    ]);
    expect(talkWeeksIn("2026-11-04", "2026-11-18", 3)).toEqual(["2026-11-04", "2026-11-11", "2026-11-18"]);
    expect(talkWeeksIn("2026-11-04", "2026-12-01", null)).toEqual([]);
  });

  it("says a talk was held only once revealed, skipped when skipped, open while it can be answered, otherwise not held", () => {
    const at = new Date("2026-11-08T19:00:00Z");
    const week = "2026-11-08";
    const later = "2026-12-01";
    expect(talkOutcome({ revealedAt: at, skippedAt: null }, week, later)).toBe("held");
    expect(talkOutcome({ revealedAt: null, skippedAt: at }, week, later)).toBe("skipped");
    expect(talkOutcome({ revealedAt: null, skippedAt: null }, week, later)).toBe("not-held");
    expect(talkOutcome(undefined, week, later)).toBe("not-held");
    // Answerable for 13 days after its day: open until then.
    expect(talkOutcome(undefined, week, week)).toBe("open");
    expect(talkOutcome(undefined, week, "2026-11-21")).toBe("open");
    expect(talkOutcome(undefined, week, "2026-11-22")).toBe("not-held");
    expect(talkLine({ week, outcome: "skipped" })).toBe("Week of 8 Nov 2026: skipped");
    expect(talkLine({ week, outcome: "open" })).toBe("Week of 8 Nov 2026: still open");
    expect(talkLine({ week, outcome: "not-held" })).toBe("Week of 8 Nov 2026: not held");
  });

  it("counts amends by their answer and words them with days only", () => {
    expect(
      amendsCounts([{ answer: "received" }, { answer: "talk" }, { answer: null }, { answer: "talk" }]),
    ).toEqual({
      shared: 4,
      received: 1,
      notReady: 0,
      talk: 2,
      unanswered: 1,
    });
    expect(amendsLine({ day: "2026-11-03", answer: "not-ready", answeredDay: "2026-11-05" })).toBe(
      'Shared 3 Nov 2026, answered "not ready yet" on 5 Nov 2026',
    );
    expect(amendsLine({ day: "2026-11-03", answer: null, answeredDay: null })).toBe(
      "Shared 3 Nov 2026, not answered yet",
    );
  });
});
