import { test as base, expect } from "@playwright/test";
import { test } from "./fixtures";

// Security headers on pages and API responses of the production build (issue #7, suite 5).
const publicPaths = [
  "/",
  "/sign-in",
  "/home",
  "/api/health",
  "/api/trpc/notification.list",
  "/invite/some-token",
];
const signedInPaths = [
  "/home",
  "/today",
  "/commitments",
  "/boundaries",
  "/dashboard",
  "/settings",
  "/api/trpc/user.me",
  "/api/trpc/notification.list",
];

function expectSecurityHeaders(path: string, h: Record<string, string>) {
  const csp = h["content-security-policy"] ?? "";
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(csp, path).toContain("default-src 'self'");
  // No inline script runs anywhere: pages allow only their own nonce, API answers no script.
  const scripts = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scripts, path).not.toContain("unsafe-inline");
  if (!path.startsWith("/api/")) expect(scripts, path).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(h["x-content-type-options"], path).toBe("nosniff");
  expect(h["x-frame-options"], path).toBe("DENY");
  expect(h["strict-transport-security"], path).toContain("max-age=");
  expect(h["referrer-policy"], path).toBe(
    path.startsWith("/invite/") ? "no-referrer" : "strict-origin-when-cross-origin",
  );
  expect(h["x-powered-by"], path).toBeUndefined();
}

for (const path of publicPaths) {
  base(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(path, response.headers());
  });
}

test("signed-in pages and API answers carry the headers and are never stored by a cache", async ({
  context,
  user,
}) => {
  for (const path of signedInPaths) {
    const response = await context.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    const h = response.headers();
    expectSecurityHeaders(path, h);
    expect(h["cache-control"], path).toContain("no-store");
  }
  const me = await context.request.get("/api/trpc/user.me");
  expect(await me.text()).toContain(user.email);
});

test("cross-site form posts (text/plain, multipart, urlencoded) change nothing", async ({
  context,
  user,
}) => {
  const evil = { origin: "https://evil.test", referer: "https://evil.test/page" };
  const attempts = [
    {
      "content-type": "text/plain",
      body: JSON.stringify({ json: { name: "Hacked", timeZone: "UTC", weekStartsOn: 0 } }),
    },
    { "content-type": "application/x-www-form-urlencoded", body: "name=Hacked&timeZone=UTC&weekStartsOn=0" },
  ];
  for (const { body, ...headers } of attempts) {
    const res = await context.request.post("/api/trpc/user.updateProfile", {
      headers: { ...headers, ...evil },
      data: body,
    });
    expect(res.status(), headers["content-type"]).toBeGreaterThanOrEqual(400);
    expect(res.status(), headers["content-type"]).toBeLessThan(500);
  }
  const multipart = await context.request.post("/api/trpc/user.updateProfile", {
    headers: evil,
    multipart: { name: "Hacked", timeZone: "UTC", weekStartsOn: "0" },
  });
  expect(multipart.status()).toBeGreaterThanOrEqual(400);
  expect(multipart.status()).toBeLessThan(500);
  // The same JSON from another site is refused too (a browser sends its Origin).
  const json = await context.request.post("/api/trpc/user.updateProfile", {
    headers: evil,
    data: { json: { name: "Hacked", timeZone: "UTC", weekStartsOn: 0 } },
  });
  expect(json.status()).toBe(403);
  const me = await (await context.request.get("/api/trpc/user.me")).json();
  expect(JSON.stringify(me)).toContain(`"name":"${user.name}"`);
  expect(JSON.stringify(me)).not.toContain("Hacked");
});

base(
  "every script on a page carries the response's own nonce, and it changes per response",
  async ({ request }) => {
    const nonces: string[] = [];
    for (const path of ["/", "/sign-in", "/help"]) {
      const response = await request.get(path);
      const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
      expect(nonce, path).toBeTruthy();
      nonces.push(nonce ?? "");
      const html = await response.text();
      const tags = html.match(/<script\b[^>]*>/g) ?? [];
      expect(tags.length, path).toBeGreaterThan(0);
      for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  },
);

base("pages hydrate under the CSP: no violation is reported", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/sign-in");
  // A client component answers: the form validates in the browser, which needs hydrated React.
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page.getByText(/enter/i).first()).toBeVisible();
  expect(violations).toEqual([]);
});
