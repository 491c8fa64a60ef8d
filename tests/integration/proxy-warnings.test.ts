// The proxy warnings of scripts/serve.mjs (docs/security.md, "Time and the shared device").
import { describe, expect, it } from "vitest";
import { forwardedForWatcher, listenWarning } from "../../scripts/proxy-warnings.mjs";

describe("proxy warnings", () => {
  it("at start-up: TRUSTED_PROXIES > 0 while listening on all interfaces", () => {
    expect(listenWarning("0.0.0.0", "1")).toContain("TRUSTED_PROXIES=1 while listening on all interfaces");
    expect(listenWarning("::", "2")).toContain("TRUSTED_PROXIES=2");
    expect(listenWarning("127.0.0.1", "1")).toBeNull();
    expect(listenWarning("0.0.0.0", "0")).toBeNull();
    expect(listenWarning("0.0.0.0", undefined)).toBeNull();
  });

  it("once, when a request carries X-Forwarded-For while TRUSTED_PROXIES=0", () => {
    const said: string[] = [];
    const watch = forwardedForWatcher("0", (m: string) => said.push(m));
    watch({});
    expect(said).toEqual([]);
    watch({ "x-forwarded-for": "203.0.113.5" });
    watch({ "x-forwarded-for": "203.0.113.6" });
    expect(said).toHaveLength(1);
    expect(said[0]).toContain("TRUSTED_PROXIES=0");
    const trusted: string[] = [];
    forwardedForWatcher("1", (m: string) => trusted.push(m))({ "x-forwarded-for": "203.0.113.5" });
    expect(trusted).toEqual([]);
  });
});
