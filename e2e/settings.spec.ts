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

/** A colour as the browser paints it, in sRGB (computed styles may be oklch()). */
async function luminance(page: import("@playwright/test").Page, selector: string, property: string) {
  return page.evaluate(
    ([sel, prop]) => {
      const el = document.querySelector(sel ?? "");
      if (!el) throw new Error(`no ${sel}`);
      const ctx = document.createElement("canvas").getContext("2d");
      if (!ctx) throw new Error("no canvas");
      ctx.fillStyle = getComputedStyle(el).getPropertyValue(prop ?? "");
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b] = [...ctx.getImageData(0, 0, 1, 1).data].map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    },
    [selector, property],
  );
}
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

test("dark pages: the device's setting by default, or the person's choice, in the page's first HTML", async ({
  browser,
  page,
  user,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/settings");
  const appearance = page.getByRole("group", { name: "Pages" });
  await expect(appearance.getByRole("radio", { name: /Same as this device/ })).toBeChecked();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "system");
  expect(await luminance(page, "html", "background-color")).toBeGreaterThan(0.8);

  await appearance.getByRole("radio", { name: /^Dark/ }).check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Saved.");
  expect(await luminance(page, "html", "background-color")).toBeLessThan(0.05);
  // Printed (the counselor summary is printed from its page), it is light: paper is white.
  await page.emulateMedia({ media: "print" });
  expect(await luminance(page, "body", "color")).toBeLessThan(0.2);
  await page.emulateMedia({ media: "screen" });

  // Another device set to light: dark from the server's HTML itself, before any script runs.
  const other = await browser.newContext({
    colorScheme: "light",
    extraHTTPHeaders: { "x-forwarded-for": fakeIp() },
  });
  await signInOverHttp(other, user);
  const html = await (await other.request.get("/today")).text();
  expect(html).toMatch(/<html[^>]* data-theme="dark"/);
  const q = await other.newPage();
  await q.goto("/today");
  expect(await luminance(q, "html", "background-color")).toBeLessThan(0.05);
  // The quick exit is still the header's most visible control: its colour stands well apart from
  // the header's (WCAG's 3:1 for a control, with room to spare), and its words from its colour.
  const exit = q.getByRole("link", { name: "Quick exit" });
  await expect(exit).toBeVisible();
  await exit.evaluate((el) => el.setAttribute("data-probe", "exit"));
  const button = await luminance(q, "[data-probe=exit]", "background-color");
  const header = await luminance(q, "header", "background-color");
  expect(contrast(button, header)).toBeGreaterThan(4.5);
  expect(contrast(button, await luminance(q, "[data-probe=exit]", "color"))).toBeGreaterThan(4.5);
  await other.close();

  // Light on a device set to dark; then back to following the device.
  await page.emulateMedia({ colorScheme: "dark" });
  await appearance.getByRole("radio", { name: /^Light/ }).check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(await luminance(page, "html", "background-color")).toBeGreaterThan(0.8);
  await appearance.getByRole("radio", { name: /Same as this device/ }).check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "system");
  expect(await luminance(page, "html", "background-color")).toBeLessThan(0.05);
  await page.reload();
  await expect(appearance.getByRole("radio", { name: /Same as this device/ })).toBeChecked();
});
