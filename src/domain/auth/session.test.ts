import { describe, expect, it } from "vitest";
import {
  deviceLabel,
  isSeenAgain,
  isSessionCurrent,
  SESSION_IDLE_DAYS,
  SESSION_LIFETIME_DAYS,
  sessionExpiry,
} from "@/domain/auth/session";

const DAY = 24 * 60 * 60 * 1000;
const at = (iso: string) => new Date(iso);

describe("session lifetime", () => {
  const created = at("2026-01-01T08:00:00Z");
  const session = (lastSeenAt: Date) => ({
    createdAt: created,
    lastSeenAt,
    expiresAt: sessionExpiry(created),
  });

  it("ends after its absolute lifetime, however often it is used", () => {
    const end = created.getTime() + SESSION_LIFETIME_DAYS * DAY;
    expect(isSessionCurrent(session(new Date(end - DAY)), new Date(end - 1))).toBe(true);
    expect(isSessionCurrent(session(new Date(end - DAY)), new Date(end))).toBe(false);
  });

  it("idles out after 30 days unused", () => {
    const idleEnd = created.getTime() + SESSION_IDLE_DAYS * DAY;
    expect(isSessionCurrent(session(created), new Date(idleEnd - 1))).toBe(true);
    expect(isSessionCurrent(session(created), new Date(idleEnd))).toBe(false);
  });

  it("moves 'last seen' once a day at most", () => {
    expect(isSeenAgain(at("2026-01-01T00:00:01Z"), at("2026-01-01T23:59:59Z"))).toBe(false);
    expect(isSeenAgain(at("2026-01-01T23:59:59Z"), at("2026-01-02T00:00:00Z"))).toBe(true);
  });
});

describe("device label", () => {
  it("names the browser and system, never a version or a model", () => {
    const android =
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";
    expect(deviceLabel(android)).toBe("Chrome on Android");
    expect(deviceLabel(android)).not.toMatch(/Pixel|14|126/);
    expect(
      deviceLabel("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Firefox/128.0"),
    ).toBe("Firefox on macOS");
    expect(deviceLabel("")).toBe("Unknown device");
    expect(deviceLabel(undefined)).toBe("Unknown device");
    expect(deviceLabel("curl/8.5.0")).toMatch(/\S/);
  });
});
