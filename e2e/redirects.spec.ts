import { expect, test } from "./fixtures";

// "You belong elsewhere" is a redirect status before any HTML, not a page that loads and then
// moves on (a tap in that moment was lost).

test("a signed-in person's visitor pages answer 307 to Home", async ({ context, user }) => {
  expect(user.email).toBeTruthy();
  for (const url of ["/", "/sign-in", "/sign-up", "/sign-in?callbackUrl=%2Ftoday"]) {
    const res = await context.request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(307);
    expect(res.headers().location, url).toBe("/home");
  }
  const home = await context.request.get("/home", { maxRedirects: 0 });
  expect(home.status()).toBe(200);
});

test("a visitor's signed-in pages answer 307 to sign in, then back", async ({ request }) => {
  for (const url of ["/home", "/today?day=2026-01-02", "/dashboard", "/settings", "/boundaries/x"]) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(307);
    expect(res.headers().location, url).toBe(`/sign-in?callbackUrl=${encodeURIComponent(url)}`);
  }
  for (const url of ["/", "/sign-in", "/help"]) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(200);
  }
});
