import type { Browser, BrowserContext, Page } from "@playwright/test";
import { link } from "./couple";
import { createAccount, type E2EUser, expect, fakeIp, newUserData, signInOverHttp, test } from "./fixtures";
import { checkInRows } from "./seed";

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
  // Quick exit replaces one history entry; Get help says plainly what Back can still show.
  await page.goto("/get-help");
  await expect(page.getByRole("main")).toContainText(
    "pages you opened before it are still there: Back can go to them and, while you are signed in, show them again",
  );
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

async function trpc(context: BrowserContext, path: string, json: unknown) {
  const res = await context.request.post(`/api/trpc/${path}`, { data: { json } });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { result: { data: { json: unknown } } }).result.data.json;
}

/** Ava (the fixture's user) linked with Blair, with commitments of her own to check in on. */
async function coupleWith(
  browser: Browser,
  page: Page,
  context: BrowserContext,
  user: E2EUser,
  titles: string[],
) {
  const blairContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeIp() } });
  const blair = newUserData("Blair");
  await createAccount(blairContext.request, blair);
  await signInOverHttp(blairContext, blair);
  await link(page, await blairContext.newPage(), user.name);
  const ids: string[] = [];
  for (const title of titles) {
    const made = (await trpc(context, "commitment.create", {
      title,
      who: "me",
      cadence: { kind: "daily" },
    })) as {
      id: string;
    };
    ids.push(made.id);
  }
  return { blair, blairContext, ids };
}

/** Everything this site keeps in the page's storage: name → value. */
const stored = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [localStorage, sessionStorage].flatMap((s) =>
        Object.keys(s)
          .filter((k) => k.startsWith("kept:"))
          .map((k) => [k, s.getItem(k) ?? ""]),
      ),
    ),
  );

/** A browser that ignores Clear-Site-Data: what the page itself does must be enough. */
async function ignoreClearSiteData(context: BrowserContext) {
  await context.route("**/*", async (route) => {
    // A live stream never ends; nothing in it clears anything.
    if (route.request().headers().accept?.includes("text/event-stream")) return route.fallback();
    const response = await route.fetch({ maxRedirects: 0 });
    const headers = { ...response.headers() };
    delete headers["clear-site-data"];
    await route.fulfill({ response, headers });
  });
}

test("a draft is sealed to its session: unreadable once it ends, and gone with the next page of another", async ({
  browser,
  page,
  context,
  user,
}) => {
  test.slow();
  const NOTE = "Something only I should read";
  const { blair, blairContext } = await coupleWith(browser, page, context, user, ["Walk after dinner"]);
  await ignoreClearSiteData(context);
  await page.goto("/today");
  const item = page.getByRole("region", { name: "Walk after dinner" });
  await item.getByRole("button", { name: "Kept" }).click();
  await expect(item.getByTestId("answered")).toContainText("Kept");
  await item.getByRole("button", { name: /^Add a note/ }).click();
  await item.getByLabel("Note (optional)").fill(NOTE);
  await expect.poll(async () => Object.keys(await stored(page)).length).toBe(1);
  const [[name, value] = ["", ""]] = Object.entries(await stored(page));
  expect(name).toMatch(/^kept:[\w-]{16}:draft:/);
  // Sealed: neither the text nor any part of it is readable in storage.
  expect(value).not.toContain("only I");
  expect(value).not.toContain(btoa(NOTE).slice(0, 12));
  await page.reload();
  await expect(item.getByLabel("Note (optional)")).toHaveValue(NOTE);

  // The session ends from another device ("sign out everywhere else", as after a password reset):
  // the next page opened here, signed out, deletes what it left.
  const elsewhere = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeIp() } });
  await signInOverHttp(elsewhere, user);
  const list = await elsewhere.request.get("/api/trpc/session.list");
  const devices = ((await list.json()) as { result: { data: { json: { id: string; current: boolean }[] } } })
    .result.data.json;
  for (const d of devices.filter((d) => !d.current)) await trpc(elsewhere, "session.end", { id: d.id });
  // The open page learns it from its next answer (a 401) and drops what it kept at once.
  await item.getByRole("button", { name: "Save note" }).click();
  await expect.poll(() => stored(page)).toEqual({});
  await item.getByLabel("Note (optional)").fill(`${NOTE}, still typing`);
  expect(await stored(page)).toEqual({});
  await page.goto("/");
  await expect.poll(() => stored(page)).toEqual({});

  // Signed in again, the same person finds no draft of the ended session; another person signing
  // in on this browser (without anyone signing out) doesn't either, and their first page deletes
  // what the previous session kept.
  await signInOverHttp(context, user);
  await page.goto("/today");
  await item.getByRole("button", { name: /^Add a note/ }).click();
  await expect(item.getByLabel("Note (optional)")).toHaveValue("");
  await item.getByLabel("Note (optional)").fill(NOTE);
  await expect.poll(async () => Object.keys(await stored(page)).length).toBe(1);
  await signInOverHttp(context, blair);
  await page.goto("/today");
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await expect.poll(() => stored(page)).toEqual({});
  await elsewhere.close();
  await blairContext.close();
});

test("signing out sends queued check-ins first, and drops the rest only when told to", async ({
  browser,
  page,
  context,
  user,
}) => {
  test.slow();
  const { blair, blairContext, ids } = await coupleWith(browser, page, context, user, [
    "Walk after dinner",
    "Text when I'm out late",
  ]);
  const [walk = "", text = ""] = ids;
  await page.goto("/today");
  for (const title of ["Walk after dinner", "Text when I'm out late"]) {
    await expect(
      page.getByRole("region", { name: title }).getByRole("button", { name: "Kept" }),
    ).toBeEnabled();
  }
  await context.setOffline(true);
  for (const title of ["Walk after dinner", "Text when I'm out late"]) {
    await page.getByRole("region", { name: title }).getByRole("button", { name: "Kept" }).click();
  }
  await expect(page.getByTestId("queue")).toContainText("2 check-ins are saved on this device");
  // Online again, but the network loses every check-in on "Text when I'm out late".
  await context.route("**/api/trpc/commitment.checkIn**", (route) =>
    (route.request().postData() ?? "").includes(text) ? route.abort("failed") : route.fallback(),
  );
  await context.setOffline(false);
  await expect.poll(() => checkInRows(walk), { timeout: 30_000 }).toBe(1);

  const nav = page.getByRole("navigation", { name: "Main" }).first();
  await nav.getByRole("button", { name: "Sign out" }).click();
  const question = page.getByRole("alertdialog", { name: "1 check-in hasn't reached Kept yet" });
  await expect(question).toContainText("Text when I'm out late");
  await question.getByRole("button", { name: "Stay signed in" }).click();
  await page.reload();
  await expect(page.getByTestId("queue")).toContainText("1 check-in is saved on this device");

  await nav.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out and drop it" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(checkInRows(text)).toBe(0);
  expect(await stored(page)).toEqual({});
  // The next person on this browser gets nothing of it.
  await context.unrouteAll();
  await signInOverHttp(context, blair);
  await page.goto("/today");
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await expect(page.getByTestId("queue")).toHaveCount(0);
  expect(await stored(page)).toEqual({});
  expect(checkInRows(text)).toBe(0);
  await blairContext.close();
});

test("signing out with a queued check-in and the network back sends it, then signs out", async ({
  browser,
  page,
  context,
  user,
}) => {
  test.slow();
  const { blairContext, ids } = await coupleWith(browser, page, context, user, ["Walk after dinner"]);
  const [walk = ""] = ids;
  await page.goto("/today");
  const item = page.getByRole("region", { name: "Walk after dinner" });
  await expect(item.getByRole("button", { name: "Kept" })).toBeEnabled();
  await context.setOffline(true);
  await item.getByRole("button", { name: "Kept" }).click();
  await expect(page.getByTestId("queue")).toContainText("1 check-in is saved on this device");
  // On a page where nothing sends the queue, the network comes back; Sign out sends it.
  await context.route("**/api/trpc/commitment.checkIn**", (route) => route.abort("failed"));
  await context.setOffline(false);
  await page.getByRole("link", { name: "Settings" }).first().click();
  await expect(page).toHaveURL(/\/settings$/);
  await context.unrouteAll();
  expect(checkInRows(walk)).toBe(0);
  await page
    .getByRole("navigation", { name: "Main" })
    .first()
    .getByRole("button", { name: "Sign out" })
    .click();
  await expect(page).toHaveURL(/\/$/);
  expect(checkInRows(walk)).toBe(1);
  await blairContext.close();
});

test("after signing out, Back brings back no page of the session", async ({
  browser,
  page,
  context,
  user,
}) => {
  const { blairContext } = await coupleWith(browser, page, context, user, ["Walk after dinner"]);
  await page.goto("/today");
  await expect(page.getByRole("region", { name: "Walk after dinner" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Main" })
    .first()
    .getByRole("button", { name: "Sign out" })
    .click();
  await expect(page).toHaveURL(/\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftoday$/);
  await expect(page.getByText("Walk after dinner")).toHaveCount(0);
  await blairContext.close();
});
