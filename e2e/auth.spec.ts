import { createAccount, expect, fakeIp, newUserData, signInOverHttp, test } from "./fixtures";

test("landing page explains Kept and health reports the database", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Rebuild trust");
  await expect(page.getByRole("link", { name: "Create an account" }).first()).toBeVisible();
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: { status: "ok", engine: "sqlite" } });
});

test("sign up, sign out, sign in again", async ({ page }) => {
  const user = newUserData("Robin");
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await expect(page.getByTestId("detected-time-zone")).not.toHaveText("");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("heading", { name: "Hello, Robin" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/home");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fhome/);

  await page.getByLabel("Email").fill(user.email.toUpperCase());
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("heading", { name: "Hello, Robin" })).toBeVisible();
});

test("sign-up shows inline errors and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Sky");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Sky");

  await page.getByLabel("Email").fill(`sky-${Date.now()}@example.test`);
  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is too common")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up/);
});

test("a taken email gets a clear message", async ({ page }) => {
  const user = newUserData();
  await createAccount(page.request, user);
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Someone");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("another calm passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists")).toBeVisible();
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  const user = newUserData();
  await createAccount(page.request, user);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("definitely not it");
  await page.getByRole("button", { name: "Sign in" }).click();
  const message = page.getByRole("main").getByRole("alert");
  await expect(message).toHaveText("That email and password don't match an account.");

  await page.getByLabel("Email").fill("nobody-here@example.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(message).toHaveText("That email and password don't match an account.");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("sign-in never redirects off-site", async ({ page }) => {
  const user = newUserData();
  await createAccount(page.request, user);
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("https://evil.test/steal")}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/localhost:\d+\/home$/);
});

test("sign out everywhere ends the session in another browser", async ({ browser, page, user }) => {
  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeIp() } });
  await signInOverHttp(other, user);
  const otherPage = await other.newPage();
  await otherPage.goto("/home");
  await expect(otherPage.getByRole("heading", { name: `Hello, ${user.name}` })).toBeVisible();

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere…" }).click();
  await page.getByRole("button", { name: "Yes, sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await otherPage.goto("/home");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  const api = await other.request.get("/api/trpc/user.me");
  expect(api.status()).toBe(401);
  await other.close();
});
