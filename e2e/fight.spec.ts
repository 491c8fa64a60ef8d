import type { Page } from "@playwright/test";
import { link } from "./couple";
import { expect, secondPerson, test } from "./fixtures";

// When a fight happens: a time-out with a promised return, between two browsers, on a phone and
// on a desktop. Open pages follow the partner through live updates.
const LIVE = { timeout: 10_000 };
const SIZES = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1280, height: 900 } },
] as const;

async function shot(page: Page, name: string) {
  if (process.env.FIGHT_SHOTS) await page.screenshot({ path: `data/e2e/${name}.png`, fullPage: true });
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport });

    test("a time-out and the return: the partner sees the time, then 'back'", async ({
      browser,
      page,
      user,
    }) => {
      test.slow(); // two browsers and a production build on a loaded machine
      const b = await secondPerson(browser, "Blair");
      await b.page.setViewportSize(size.viewport);
      await link(page, b.page, user.name);

      // B's Home is open while A steps away.
      await b.page.goto("/home");
      await page.goto("/home");
      await page.getByRole("link", { name: /Time-out/ }).click();
      await expect(page).toHaveURL(/\/time-out$/);
      await expect(page.getByRole("radio", { name: /^20 minutes · back at/ })).toBeChecked();
      await page.getByRole("radio", { name: /^1 hour · back/ }).check();
      await shot(page, `time-out-form-${size.name}`);
      await page.getByRole("button", { name: "I need a break from this conversation" }).click();
      await expect(page.getByTestId("my-time-out")).toContainText("Blair knows you'll be back");

      const notice = b.page.getByTestId("time-out-notice");
      await expect(notice).toContainText(`${user.name} needs a break from this conversation`, LIVE);
      await expect(notice).toContainText(/back (tomorrow )?at \d{2}:\d{2}/);
      await shot(page, `time-out-mine-${size.name}`);
      await shot(b.page, `time-out-partner-${size.name}`);
      await b.page.goto("/notifications");
      await expect(b.page.getByText("needs a break from this conversation and said when")).toBeVisible();

      await b.page.goto("/time-out");
      await expect(b.page.getByTestId("time-out-notice")).toBeVisible();
      await page.getByRole("button", { name: "I'm back, ready to talk" }).click();
      await expect(page.getByRole("button", { name: "I need a break from this conversation" })).toBeVisible();
      await expect(b.page.getByTestId("time-out-notice")).toHaveCount(0, LIVE);
      await b.page.goto("/notifications");
      await expect(b.page.getByText("is back from their time-out and ready to talk")).toBeVisible();
      await b.context.close();
    });
  });
}
