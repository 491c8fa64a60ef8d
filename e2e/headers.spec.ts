import { test as base, expect } from "@playwright/test";
import { test } from "./fixtures";

// Security headers on pages and API responses of the production build (issue #7, suite 5).
const publicPaths = ["/", "/sign-in", "/home", "/api/health", "/api/trpc/notice.list", "/invite/some-token"];
const signedInPaths = [
  "/home",
  "/today",
  "/commitments",
  "/boundaries",
  "/dashboard",
  "/settings",
  "/api/trpc/user.me",
  "/api/trpc/notice.list",
];

function expectSecurityHeaders(path: string, h: Record<string, string>) {
  expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"], path).toContain("default-src 'self'");
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
