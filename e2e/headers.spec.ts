import { expect, test } from "@playwright/test";

// Security headers on pages and API responses of the production build.
const paths = ["/", "/sign-in", "/home", "/api/health", "/api/trpc/notice.list", "/invite/some-token"];

for (const path of paths) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    const h = response.headers();
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).toContain("default-src 'self'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["strict-transport-security"]).toContain("max-age=");
    expect(h["referrer-policy"]).toBe(
      path.startsWith("/invite/") ? "no-referrer" : "strict-origin-when-cross-origin",
    );
    expect(h["x-powered-by"]).toBeUndefined();
  });
}
