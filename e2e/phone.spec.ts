import type { Browser, BrowserContext, Page } from "@playwright/test";
import { link } from "./couple";
import { createAccount, expect, fakeIp, newUserData, signInOverHttp, test } from "./fixtures";
import { checkInRows } from "./seed";

// Issue #20: the daily use on a phone (390×844, touch) and on a desktop.

const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  serviceWorkers: "allow" as const,
};

async function phoneOf(browser: Browser, user: { email: string; password: string; name: string }) {
  const context = await browser.newContext({ ...PHONE, extraHTTPHeaders: { "x-forwarded-for": fakeIp() } });
  await signInOverHttp(context, { ...user });
  return { context, page: await context.newPage() };
}

/** Makes a commitment over the API (its form has its own tests). */
async function commit(context: BrowserContext, input: Record<string, unknown>) {
  const res = await context.request.post("/api/trpc/commitment.create", { data: { json: input } });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
}

async function linkedWithThree(
  page: Page,
  context: BrowserContext,
  browser: Browser,
  user: { name: string },
) {
  const b = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeIp() } });
  const partner = newUserData("Blair");
  await createAccount(b.request, partner);
  await signInOverHttp(b, partner);
  const bPage = await b.newPage();
  await link(page, bPage, user.name);
  const ids = [];
  for (const title of ["Walk after dinner", "Text when I'm out late", "Phone away at meals"]) {
    ids.push(await commit(context, { title, who: "me", cadence: { kind: "daily" } }));
  }
  return { b, ids };
}

test("from Home on a phone: 3 check-ins in 3 taps, no scrolling, with Undo", async ({
  browser,
  page,
  context,
  user,
}) => {
  test.slow();
  const { b, ids } = await linkedWithThree(page, context, browser, user);
  const phone = await phoneOf(browser, user);
  await phone.page.goto("/home");
  await expect(phone.page.getByTestId("progress")).toHaveText(/0 of 3 done/);
  let taps = 0;
  for (const title of ["Walk after dinner", "Text when I'm out late", "Phone away at meals"]) {
    const item = phone.page.getByRole("region", { name: title });
    const kept = item.getByRole("button", { name: "Kept" });
    // Every answer is on the first screen, above the tab bar: no scrolling.
    const box = await kept.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(844 - 56);
    await kept.tap();
    taps++;
    await expect(item.getByTestId("answered")).toContainText("Kept");
    // Focus stays with the item (its answered line), not on the page's body.
    await expect(item.getByTestId("answered")).toBeFocused();
  }
  expect(taps).toBeLessThanOrEqual(4);
  expect(await phone.page.evaluate(() => window.scrollY)).toBe(0);
  await expect(phone.page.getByTestId("progress")).toHaveText(/3 of 3 done/);
  for (const id of ids) expect(checkInRows(id)).toBe(1);

  // Undo takes the last one back.
  const last = phone.page.getByRole("region", { name: "Phone away at meals" });
  await last.getByRole("button", { name: "Undo" }).tap();
  await expect(last.getByRole("button", { name: "Kept" })).toBeVisible();
  await expect(phone.page.getByTestId("progress")).toHaveText(/2 of 3 done/);
  expect(checkInRows(ids[2] ?? "")).toBe(0);
  await phone.context.close();
  await b.close();
});

test("a check-in made offline is queued, then sent once when online", async ({
  browser,
  page,
  context,
  user,
}) => {
  test.slow();
  const { b, ids } = await linkedWithThree(page, context, browser, user);
  const phone = await phoneOf(browser, user);
  await phone.page.goto("/today");
  const item = phone.page.getByRole("region", { name: "Walk after dinner" });
  await expect(item.getByRole("button", { name: "Kept" })).toBeEnabled();
  await phone.context.setOffline(true);
  await item.getByRole("button", { name: "Kept" }).tap();
  await expect(item.getByTestId("answered")).toContainText("will be sent when you're online");
  await expect(phone.page.getByTestId("queue")).toContainText("will be sent when you're online");
  await expect(phone.page.locator("body")).not.toContainText("Failed to fetch");
  expect(checkInRows(ids[0] ?? "")).toBe(0);
  await phone.context.setOffline(false);
  await expect(phone.page.getByTestId("queue")).toHaveCount(0, { timeout: 30_000 });
  await expect(item.getByTestId("answered")).not.toContainText("will be sent");
  expect(checkInRows(ids[0] ?? "")).toBe(1);
  // A second page opening later sends nothing again.
  await phone.page.reload();
  await expect(item.getByTestId("answered")).toContainText("Kept");
  expect(checkInRows(ids[0] ?? "")).toBe(1);
  await phone.context.close();
  await b.close();
});

test("a typed note survives a reload until it is saved", async ({ browser, page, context, user }) => {
  const { b } = await linkedWithThree(page, context, browser, user);
  await page.goto("/today");
  const item = page.getByRole("region", { name: "Walk after dinner" });
  await item.getByRole("button", { name: "Kept" }).click();
  await expect(item.getByTestId("answered")).toContainText("Kept");
  await item.getByRole("button", { name: /^Add a note/ }).click();
  await item.getByLabel("Note (optional)").fill("We went the long way round.");
  await page.reload();
  await expect(item.getByLabel("Note (optional)")).toHaveValue("We went the long way round.");
  await item.getByRole("button", { name: "Save note" }).click();
  await expect(item).toContainText("Private note (only you see it): We went the long way round.");
  await page.reload();
  await expect(item.getByLabel("Note (optional)")).toHaveCount(0);
  await b.close();
});

test("installable: manifest with maskable icons and a favicon; offline, an opened page still loads", async ({
  browser,
  page,
  context,
  user,
}) => {
  test.slow();
  const manifest = await (await context.request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ name: "Kept", start_url: "/home", display: "standalone" });
  const purposes = (manifest.icons as { purpose: string; src: string }[]).map((i) => i.purpose);
  expect(purposes).toContain("maskable");
  for (const icon of manifest.icons as { src: string }[]) {
    expect((await context.request.get(icon.src)).status()).toBe(200);
  }
  expect((await context.request.get("/favicon.ico")).status()).toBe(200);
  const sw = await context.request.get("/serwist/sw.js");
  expect(sw.status()).toBe(200);
  expect(sw.headers()["service-worker-allowed"]).toBe("/");

  const { b } = await linkedWithThree(page, context, browser, user);
  const phone = await phoneOf(browser, user);
  await phone.page.goto("/today");
  await phone.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // A page opened while the worker controls this tab is not kept (a shared phone keeps nothing
  // of a session): offline, the worker's offline page shows instead, and no cache holds a page
  // or an RSC payload, only static files.
  await phone.page.reload();
  await expect.poll(() => phone.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await phone.page.goto("/today");
  await expect(phone.page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await phone.page.goto("/home");
  await phone.page.goto("/today");
  await phone.context.setOffline(true);
  await phone.page.reload();
  await expect(phone.page.getByRole("heading", { level: 1, name: "You're offline" })).toBeVisible();
  await phone.context.setOffline(false);
  await phone.page.goto("/today");
  const cached = await phone.page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  expect(cached).toContain("/offline.html");
  expect(
    cached.filter((path) => !/^\/(_next\/static\/|offline\.html$|icons\/|favicon|manifest)/.test(path)),
  ).toEqual([]);
  await phone.context.close();
  await b.close();
});

test("Back after proposing a boundary shows the list with it", async ({ browser, page, context, user }) => {
  const { b } = await linkedWithThree(page, context, browser, user);
  await page.goto("/boundaries");
  const form = page.getByRole("region", { name: "Propose a boundary" });
  await form.getByLabel("Title").fill("Kind words at night");
  await form.getByLabel("What it means in practice").fill("No hard talks after 11pm.");
  await form.getByLabel("Category").selectOption({ label: "Privacy & phones" });
  await form.getByRole("radio", { name: "Mine" }).check();
  await form.getByRole("button", { name: "Propose this boundary" }).click();
  await expect(page).toHaveURL(/\/boundaries\/[^/?]+$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/boundaries$/);
  await expect(page.getByRole("link", { name: /Kind words at night/ })).toBeVisible();
  // The form's draft went with the save: nothing typed is waiting to be proposed twice.
  await expect(page.getByRole("region", { name: "Propose a boundary" }).getByLabel("Title")).toHaveValue("");
  await b.close();
});

test("on a phone the tab bar stays at the bottom and More holds the rest", async ({ browser, user }) => {
  const phone = await phoneOf(browser, user);
  await phone.page.goto("/home");
  const nav = phone.page.getByRole("navigation", { name: "Main" });
  const box = await nav.boundingBox();
  expect(box && Math.round(box.y + box.height)).toBe(844);
  for (const tab of ["Home", "Commitments", "Boundaries", "Consistency"]) {
    await expect(nav.getByRole("link", { name: tab })).toBeVisible();
  }
  await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
  await nav.getByRole("button", { name: "More" }).tap();
  for (const entry of ["Weekly talk", "Amends", "Journey", "Counselor summary", "Settings", "Help"]) {
    await expect(nav.getByRole("link", { name: entry })).toBeVisible();
  }
  await expect(nav.getByRole("button", { name: "Sign out" })).toBeVisible();
  await nav.getByRole("link", { name: "Settings" }).tap();
  await expect(phone.page).toHaveURL(/\/settings$/);
  await expect(nav.getByRole("button", { name: "More" })).toHaveAttribute("aria-expanded", "false");
  // The bell stays in the header.
  await expect(phone.page.getByTestId("bell")).toBeVisible();
  await phone.context.close();
});
