import { describe, expect, it } from "vitest";
import { GIVE_UP_AFTER_MS, retryDelayMs, shouldGiveUp } from "./backoff";

describe("mail retry backoff", () => {
  it("doubles from the base and stops growing at an hour", () => {
    const none = () => 0;
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, 30_000, none))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
    expect(retryDelayMs(30, 30_000, none)).toBe(3_600_000);
  });

  it("spreads retries by at most a quarter", () => {
    expect(retryDelayMs(1, 1000, () => 0.999)).toBeLessThanOrEqual(1250);
    expect(retryDelayMs(1, 1000, () => 0.5)).toBe(1125);
  });

  it("gives up a day after the mail was queued", () => {
    const queued = new Date("2026-03-01T10:00:00Z");
    expect(shouldGiveUp(queued, new Date(queued.getTime() + GIVE_UP_AFTER_MS - 1))).toBe(false);
    expect(shouldGiveUp(queued, new Date(queued.getTime() + GIVE_UP_AFTER_MS))).toBe(true);
  });
});
