import { expect, fakeIp, signInOverHttp, test } from "./fixtures";

test("change display name, time zone and week start", async ({ page, user }) => {
  await page.goto("/settings");
  await expect(page.getByLabel("Display name")).toHaveValue(user.name);
  await page.getByLabel("Display name").fill("Morgan");
  await page.getByLabel("Time zone").selectOption("Pacific/Auckland");
  await page.getByLabel("Week starts on").selectOption("Sunday");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Saved.");

  await page.reload();
  await expect(page.getByLabel("Display name")).toHaveValue("Morgan");
  await expect(page.getByLabel("Time zone")).toHaveValue("Pacific/Auckland");
  await expect(page.getByLabel("Week starts on")).toHaveValue("0");
  await page.goto("/home");
  await expect(page.getByRole("heading", { name: "Hello, Morgan" })).toBeVisible();
  await expect(page.getByText("Pacific/Auckland".replace("_", " "))).toBeVisible();
});

test("before the script has loaded, every field already shows what was saved", async ({
  browser,
  page,
  user,
}) => {
  // What the server sends is what a person sees (and could click) until React hydrates: saved
  // values, not empty fields and unticked boxes that tick themselves a moment later.
  await page.goto("/settings");
  await page.getByLabel("Time zone").selectOption("Pacific/Auckland");
  await page.getByLabel("Week starts on").selectOption("Sunday");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Saved.");

  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const html = await noScript.newPage();
  await html.goto("/settings");
  // Without a script the streamed page stays in its hidden template: look there.
  const box = (name: string | RegExp) => html.getByRole("checkbox", { name, includeHidden: true });
  await expect(html.getByLabel("Display name")).toHaveValue(user.name);
  await expect(html.getByLabel("Time zone")).toHaveValue("Pacific/Auckland");
  await expect(html.getByLabel("Week starts on")).toHaveValue("0");
  await expect(box(/Show streaks on the dashboard/)).toBeChecked();
  await expect(box("Your partner agreed to a boundary")).toBeChecked();
  await expect(box(/^Your partner's check-ins$/)).not.toBeChecked();
  await noScript.close();
});

test("an empty name is refused with a message and nothing is saved", async ({ page, user }) => {
  await page.goto("/settings");
  await page.getByLabel("Display name").fill("   ");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Display name")).toHaveValue(user.name);
});

test("changing the password keeps this browser signed in and signs out the others", async ({
  browser,
  page,
  user,
}) => {
  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeIp() } });
  await signInOverHttp(other, user);

  await page.goto("/settings");
  // The email address form has its own "Current password".
  const password = page.getByRole("region", { name: "Password", exact: true });
  await password.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password").fill("a new calm passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your current password is not right.");

  await password.getByLabel("Current password").fill(user.password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Password changed");

  await page.goto("/home");
  await expect(page.getByRole("heading", { name: `Hello, ${user.name}` })).toBeVisible();
  const otherPage = await other.newPage();
  await otherPage.goto("/home");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();
});

test("where you're signed in: each device is listed and can be signed out on its own", async ({
  browser,
  page,
  user,
}) => {
  const other = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": fakeIp() },
    userAgent:
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
  });
  await signInOverHttp(other, user);

  await page.goto("/settings");
  const list = page.getByRole("list", { name: "Where you're signed in" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByText("This device")).toBeVisible();
  await expect(list.getByText("Chrome on Android")).toBeVisible();
  await list.getByRole("button", { name: "Sign out on Chrome on Android" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);

  const otherPage = await other.newPage();
  await otherPage.goto("/home");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await page.goto("/home");
  await expect(page.getByRole("heading", { name: `Hello, ${user.name}` })).toBeVisible();
  await other.close();
});
