import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/server/auth/client-ip";
import { mayReadMetrics } from "@/server/metrics";

const direct = { KEPT_PEER_ADDRESS_HEADER: "1" };
const h = (headers: Record<string, string>) => new Headers(headers);
const TOKEN = "t".repeat(24);

describe("who may read /api/metrics", () => {
  it("nobody without METRICS_TOKEN, not even this machine", () => {
    for (const peer of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
      expect(mayReadMetrics(h({ [PEER_ADDRESS_HEADER]: peer }), direct), peer).toBe(false);
    }
    expect(mayReadMetrics(h({ [PEER_ADDRESS_HEADER]: "127.0.0.1" }), {})).toBe(false);
  });

  it("never because of X-Forwarded-For, whatever TRUSTED_PROXIES says", () => {
    for (const proxies of ["0", "1", "2"]) {
      const env = { ...direct, TRUSTED_PROXIES: proxies, METRICS_TOKEN: TOKEN };
      expect(
        mayReadMetrics(h({ [PEER_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "127.0.0.1" }), env),
      ).toBe(false);
    }
  });

  it("anyone with the token, when one of at least 16 characters is set", () => {
    const env = { ...direct, METRICS_TOKEN: TOKEN };
    const outside = { [PEER_ADDRESS_HEADER]: "203.0.113.5" };
    expect(mayReadMetrics(h({ ...outside, authorization: `Bearer ${TOKEN}` }), env)).toBe(true);
    expect(mayReadMetrics(h({ ...outside, authorization: "Bearer wrong" }), env)).toBe(false);
    expect(mayReadMetrics(h({ ...outside, authorization: TOKEN }), env)).toBe(false);
    expect(
      mayReadMetrics(h({ ...outside, authorization: "Bearer short" }), { ...direct, METRICS_TOKEN: "short" }),
    ).toBe(false);
  });
});
