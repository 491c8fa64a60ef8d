import type { Page } from "@playwright/test";
import { link } from "./couple";
import { expect, secondPerson, test } from "./fixtures";

// Quality time both chose, between two browsers, on a phone and on a desktop: private marks, the
// ideas both want, one put on today, the two small questions revealed when both answered.
const LIVE = { timeout: 10_000 };
const SIZES = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1280, height: 900 } },
] as const;

async function shot(page: Page, name: string) {
  if (process.env.QT_SHOTS) await page.screenshot({ path: `data/e2e/${name}.png`, fullPage: true });
}

const mark = (page: Page, idea: string, choice: "Yes" | "Maybe" | "Not now") =>
  page.getByRole("group", { name: idea }).getByRole("radio", { name: choice, exact: true }).check();

/** Today in the zone the fixtures' people live in. */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport });

    test("ideas both want, one put on today, two small questions revealed when both answered", async ({
      browser,
      page,
      user,
    }) => {
      test.slow(); // two browsers and a production build on a loaded machine
      const b = await secondPerson(browser, "Blair");
      await b.page.setViewportSize(size.viewport);
      await link(page, b.page, user.name);

      await page.goto("/quality-time");
      await b.page.goto("/quality-time");
      const bothWant = (p: Page) => p.getByRole("region", { name: "You both want" });
      await expect(bothWant(page)).toContainText("Nothing yet");
      await mark(page, "Cook a new recipe together", "Yes");
      await mark(page, "Play a board game or cards", "Not now");
      await mark(b.page, "Play a board game or cards", "Yes");
      await mark(b.page, "Cook a new recipe together", "Maybe");
      // Only the idea both want shows, for both; Blair's yes to the board game stays alone.
      await expect(bothWant(b.page)).toContainText("Cook a new recipe together");
      await expect(bothWant(b.page)).toContainText("A yes and a maybe");
      await expect(bothWant(page)).toContainText("Cook a new recipe together", LIVE);
      await expect(bothWant(b.page)).not.toContainText("board game");
      await expect(
        b.page.getByRole("group", { name: "Play a board game or cards" }).getByRole("radio", { name: "Yes" }),
      ).toBeChecked();
      await shot(page, `quality-time-${size.name}`);

      await bothWant(page).getByLabel("On which day?").fill(today());
      await bothWant(page).getByRole("button", { name: "Put it on this day" }).click();
      await expect(page).toHaveURL(/\/quality-time\/[^/]+$/);
      const url = page.url();
      await expect(page.getByRole("heading", { name: "Cook a new recipe together" })).toBeVisible();
      await page.getByLabel("A moment I liked").fill("AVA-MOMENT the smell of garlic");
      await page.getByRole("radio", { name: "4", exact: true }).check();
      await shot(page, `quality-time-questions-${size.name}`);
      await page.getByRole("button", { name: "Share my answers" }).click();
      await expect(page.getByText("it opens when Blair has too")).toBeVisible();

      // Blair is told and has a shared commitment for the day; A's words stay hers for now.
      await b.page.goto("/commitments");
      await expect(b.page.getByText("Cook a new recipe together")).toBeVisible();
      await b.page.goto(url);
      await expect(b.page.getByText(/has answered; your turn/)).toBeVisible();
      await expect(b.page.locator("main")).not.toContainText("AVA-MOMENT");
      await b.page.getByLabel("A moment I liked").fill("BLAIR-MOMENT you laughing at the burnt onions");
      await b.page.getByRole("radio", { name: "5 · very close" }).check();
      await b.page.getByRole("button", { name: "Share my answers" }).click();
      const both = (p: Page) => p.getByRole("region", { name: "What you each liked" });
      await expect(both(b.page)).toContainText("AVA-MOMENT the smell of garlic");
      await expect(both(page)).toContainText("BLAIR-MOMENT you laughing", LIVE);
      await shot(page, `quality-time-revealed-${size.name}`);
      await shot(b.page, `quality-time-revealed-partner-${size.name}`);

      await page.goto("/journey");
      await expect(
        page.getByRole("link", { name: /^Time together: Cook a new recipe together/ }),
      ).toBeVisible();
      await b.context.close();
    });
  });
}
