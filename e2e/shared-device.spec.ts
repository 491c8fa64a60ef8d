import { expect, test } from "./fixtures";

// "Time and the shared device" (docs/security.md): every way a session ends tells the browser to
// drop this site's caches and storage; Quick exit too, with no referrer, and never while someone
// is typing; prefetched pages carry their CSP.
const NEUTRAL = "https://weather.com/";
const CLEAR = '"cache", "storage"';

test("sign-out, an ended session's 401, its sign-in redirect and Quick exit send Clear-Site-Data", async ({
  context,
  user,
}) => {
  expect(user.email).toBeTruthy();
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  if (!session) throw new Error("no session cookie");
  // Signed in: nothing is cleared.
  expect((await context.request.get("/api/trpc/user.me")).headers()["clear-site-data"]).toBeUndefined();
  expect((await context.request.get("/api/auth/session")).headers()["clear-site-data"]).toBeUndefined();

  const csrf = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const out = await context.request.post("/api/auth/signout", {
    form: { csrfToken: csrf.csrfToken, callbackUrl: "/", json: "true" },
  });
  expect(out.ok()).toBe(true);
  expect(out.headers()["clear-site-data"]).toBe(CLEAR);

  // The old cookie, replayed (as a device signed out from elsewhere still holds it).
  await context.addCookies([session]);
  const me = await context.request.get("/api/trpc/user.me");
  expect(me.status()).toBe(401);
  expect(me.headers()["clear-site-data"]).toBe(CLEAR);
  await context.addCookies([session]);
  const ended = await context.request.get("/api/auth/session");
  expect(await ended.json()).toEqual({});
  expect(ended.headers()["clear-site-data"]).toBe(CLEAR);
  // Where a signed-in page sends it (requireUser: /sign-in?callbackUrl=…).
  await context.addCookies([session]);
  const signIn = await context.request.get("/sign-in?callbackUrl=%2Ftoday");
  expect(signIn.headers()["clear-site-data"]).toBe(CLEAR);
  // Someone who was never signed in loses nothing.
  await context.clearCookies();
  expect(
    (await context.request.get("/sign-in?callbackUrl=%2Ftoday")).headers()["clear-site-data"],
  ).toBeUndefined();

  const exit = await context.request.get("/api/exit", { maxRedirects: 0 });
  expect(exit.status()).toBe(303);
  expect(exit.headers().location).toBe(NEUTRAL);
  expect(exit.headers()["clear-site-data"]).toBe(CLEAR);
});

test("Quick exit sends no referrer; Escape twice does nothing while a field holds typed text", async ({
  context,
  page,
  user,
}) => {
  const referers: (string | undefined)[] = [];
  await context.route(`${NEUTRAL}**`, (route) => {
    referers.push(route.request().headers().referer);
    return route.fulfill({ contentType: "text/html", body: "<title>Weather</title><h1>Weather</h1>" });
  });
  expect(user.name).toBeTruthy();
  await page.goto("/settings");
  const field = page.getByRole("textbox").first();
  await field.fill("Something I am in the middle of writing");
  await field.press("Escape");
  await field.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/settings$/);
  await expect(field).toHaveValue("Something I am in the middle of writing");
  await page.getByRole("link", { name: "Quick exit" }).click();
  await expect(page).toHaveURL(NEUTRAL);
  expect(referers).toEqual([undefined]);
});

test("a prefetched page carries its CSP", async ({ context, user }) => {
  expect(user.email).toBeTruthy();
  const prefetches: Record<string, string>[] = [
    { "next-router-prefetch": "1", rsc: "1" },
    { purpose: "prefetch" },
  ];
  for (const headers of prefetches) {
    const res = await context.request.get("/today", { headers });
    expect(res.headers()["content-security-policy"], JSON.stringify(headers)).toContain(
      "frame-ancestors 'none'",
    );
  }
});
