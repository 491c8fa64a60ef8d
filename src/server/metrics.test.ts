import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/server/auth/client-ip";
import { mayReadMetrics } from "@/server/metrics";

const direct = { KEPT_PEER_ADDRESS_HEADER: "1" };
const h = (headers: Record<string, string>) => new Headers(headers);

describe("who may read /api/metrics", () => {
  it("a client on this machine", () => {
    for (const peer of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
      expect(mayReadMetrics(h({ [PEER_ADDRESS_HEADER]: peer }), direct), peer).toBe(true);
    }
    expect(mayReadMetrics(h({ [PEER_ADDRESS_HEADER]: "203.0.113.5" }), direct)).toBe(false);
  });

  it("not an outside client relayed by a proxy on this machine", () => {
    const env = { ...direct, TRUSTED_PROXIES: "1" };
    expect(
      mayReadMetrics(h({ [PEER_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "203.0.113.5" }), env),
    ).toBe(false);
    expect(
      mayReadMetrics(h({ [PEER_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "127.0.0.1" }), env),
    ).toBe(true);
  });

  it("anyone with the token, when one of at least 16 characters is set", () => {
    const env = { ...direct, METRICS_TOKEN: "t".repeat(24) };
    const outside = { [PEER_ADDRESS_HEADER]: "203.0.113.5" };
    expect(mayReadMetrics(h({ ...outside, authorization: `Bearer ${"t".repeat(24)}` }), env)).toBe(true);
    expect(mayReadMetrics(h({ ...outside, authorization: "Bearer wrong" }), env)).toBe(false);
    expect(
      mayReadMetrics(h({ ...outside, authorization: "Bearer short" }), { ...direct, METRICS_TOKEN: "short" }),
    ).toBe(false);
  });

  it("nobody when the app isn't started through its own server (no address to trust)", () => {
    expect(mayReadMetrics(h({ [PEER_ADDRESS_HEADER]: "127.0.0.1" }), {})).toBe(false);
  });
});
