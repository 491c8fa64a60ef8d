import { describe, expect, it } from "vitest";
import { newNonce, pageCsp } from "@/lib/csp";

describe("page CSP", () => {
  it("lets scripts run only with the response's nonce, never inline", () => {
    const csp = pageCsp("abc123", { development: false });
    const scripts = csp.split("; ").find((d) => d.startsWith("script-src")) ?? "";
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(scripts).not.toContain("unsafe");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("allows eval only in development (React's dev tools need it)", () => {
    expect(pageCsp("n", { development: true })).toContain("'unsafe-eval'");
  });

  it("makes a different nonce every time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
  });
});
