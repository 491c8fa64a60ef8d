import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("takes the rightmost X-Forwarded-For entry (the one the client can't forge)", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }))).toBe("203.0.113.7");
  });
  it("falls back to X-Real-IP, then 'unknown'", () => {
    expect(clientIp({ "x-real-ip": "203.0.113.9" })).toBe("203.0.113.9");
    expect(clientIp({})).toBe("unknown");
  });
  it("reads next-auth's plain header objects", () => {
    expect(clientIp({ "x-forwarded-for": ["198.51.100.1"] })).toBe("198.51.100.1");
  });
});
