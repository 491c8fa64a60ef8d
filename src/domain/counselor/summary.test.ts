import { describe, expect, it } from "vitest";
import { resolvePeriod, shareStatus, ZProposeShare, ZShareToken } from "@/domain/counselor/summary";

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
