import { describe, expect, it } from "vitest";
import { ZTalkAnswers } from "./schemas";
import {
  canConfirm,
  canReflect,
  currentTalkWeek,
  isOpenFor,
  nextTalkDay,
  partnerAnswersVisible,
  shouldReveal,
  talkDayToday,
  talkStatus,
} from "./talk";

const SUNDAY = 0;

describe("weekly talk scheduling, in each person's own zone", () => {
  it("is the latest talk day on or before the person's local today", () => {
    // Tuesday 1 December 2026, 12:00 UTC.
    const t = new Date("2026-12-01T12:00:00Z");
    expect(currentTalkWeek(t, "Europe/Berlin", SUNDAY)).toBe("2026-11-29");
    expect(currentTalkWeek(t, "Europe/Berlin", 2)).toBe("2026-12-01");
    expect(currentTalkWeek(t, "Europe/Berlin", 3)).toBe("2026-11-25");
    expect(nextTalkDay(t, "Europe/Berlin", SUNDAY)).toBe("2026-12-06");
  });

  it("reaches the talk day at each partner's own midnight", () => {
    // Saturday 5 December 2026, 20:00 UTC: already Sunday in Tokyo and Kathmandu (+5:45 = 01:45),
    // still Saturday in Los Angeles.
    const t = new Date("2026-12-05T20:00:00Z");
    expect(currentTalkWeek(t, "Asia/Tokyo", SUNDAY)).toBe("2026-12-06");
    expect(currentTalkWeek(t, "Asia/Kathmandu", SUNDAY)).toBe("2026-12-06");
    expect(currentTalkWeek(t, "America/Los_Angeles", SUNDAY)).toBe("2026-11-29");
    expect(isOpenFor("2026-12-06", t, "Asia/Tokyo")).toBe(true);
    expect(isOpenFor("2026-12-06", t, "America/Los_Angeles")).toBe(false);
    // 18:14 UTC is 23:59 in Kathmandu: still Saturday there.
    expect(currentTalkWeek(new Date("2026-12-05T18:14:00Z"), "Asia/Kathmandu", SUNDAY)).toBe("2026-11-29");
    expect(currentTalkWeek(new Date("2026-12-05T18:15:00Z"), "Asia/Kathmandu", SUNDAY)).toBe("2026-12-06");
  });

  it("tells each partner on their own talk day, from their own midnight, and on no other day", () => {
    // Saturday 5 December 2026, 18:14 UTC is 23:59 in Kathmandu; 18:15 is Sunday 00:00 there.
    expect(talkDayToday(new Date("2026-12-05T18:14:00Z"), "Asia/Kathmandu", SUNDAY)).toBeNull();
    expect(talkDayToday(new Date("2026-12-05T18:15:00Z"), "Asia/Kathmandu", SUNDAY)).toBe("2026-12-06");
    // The same instant is still Saturday morning in Los Angeles.
    expect(talkDayToday(new Date("2026-12-05T18:15:00Z"), "America/Los_Angeles", SUNDAY)).toBeNull();
    // All of Sunday in Los Angeles, up to its last minute (Monday 07:59 UTC).
    expect(talkDayToday(new Date("2026-12-07T07:59:00Z"), "America/Los_Angeles", SUNDAY)).toBe("2026-12-06");
    expect(talkDayToday(new Date("2026-12-07T08:00:00Z"), "America/Los_Angeles", SUNDAY)).toBeNull();
  });

  it("keeps the day across a daylight-saving change", () => {
    // Europe/Berlin leaves summer time on Sunday 25 October 2026.
    expect(currentTalkWeek(new Date("2026-10-24T22:30:00Z"), "Europe/Berlin", SUNDAY)).toBe("2026-10-25");
    expect(currentTalkWeek(new Date("2026-10-24T21:30:00Z"), "Europe/Berlin", SUNDAY)).toBe("2026-10-18");
  });
});

describe("reveal when both", () => {
  const open = { revealedAt: null, skippedAt: null };
  const a = { userId: "a", submittedAt: new Date() };
  const b = { userId: "b", submittedAt: new Date() };
  const bDraft = { userId: "b", submittedAt: null };

  it("reveals only once both have submitted", () => {
    expect(shouldReveal(open, [a])).toBe(false);
    expect(shouldReveal(open, [a, bDraft])).toBe(false);
    expect(shouldReveal(open, [a, b])).toBe(true);
    expect(shouldReveal({ ...open, revealedAt: new Date() }, [a, b])).toBe(false);
    expect(shouldReveal({ ...open, skippedAt: new Date() }, [a, b])).toBe(false);
  });

  it("hides the partner's answers until then", () => {
    expect(partnerAnswersVisible(open)).toBe(false);
    expect(partnerAnswersVisible({ ...open, revealedAt: new Date() })).toBe(true);
  });

  it("says where the talk stands", () => {
    expect(talkStatus(null, null, false)).toBe("open");
    expect(talkStatus(open, null, true)).toBe("partner-answered");
    expect(talkStatus(open, a, false)).toBe("waiting-for-partner");
    expect(talkStatus({ ...open, revealedAt: new Date() }, a, true)).toBe("revealed");
    expect(talkStatus({ ...open, skippedAt: new Date() }, a, true)).toBe("skipped");
  });

  it("lets the listener reflect after the reveal and the writer confirm", () => {
    const revealed = { ...open, revealedAt: new Date() };
    expect(canReflect(open, "a", "b")).toBe(false);
    expect(canReflect(revealed, "a", "b")).toBe(true);
    expect(canReflect(revealed, "a", "a")).toBe(false);
    expect(canConfirm("a", "a")).toBe(true);
    expect(canConfirm("a", "b")).toBe(false);
  });

  it("saves drafts freely but submits only written answers", () => {
    const base = { week: "2026-11-29", appreciation: "x", wentWell: "", hard: "", request: "" };
    expect(ZTalkAnswers.safeParse(base).success).toBe(true);
    expect(ZTalkAnswers.safeParse({ ...base, submit: true }).success).toBe(false);
    expect(
      ZTalkAnswers.safeParse({ ...base, wentWell: "w", hard: "h", request: "r", submit: true }).success,
    ).toBe(true);
  });
});
