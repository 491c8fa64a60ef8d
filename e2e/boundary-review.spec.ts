import type { Page } from "@playwright/test";
import { link } from "./couple";
import { expect, secondPerson, test } from "./fixtures";
import { openE2EDb } from "./seed";

// A boundary that comes up for review, between two browsers, on a phone and on a desktop: a
// phones boundary suggests a review in 90 days; on the day, one would keep it, the other loosens
// it, and the loosened wording, agreed, is the new version.
const LIVE = { timeout: 10_000 };
const SIZES = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1280, height: 900 } },
] as const;

async function shot(page: Page, name: string) {
  if (process.env.QT_SHOTS) await page.screenshot({ path: `data/e2e/${name}.png`, fullPage: true });
}

/** Today in the zone the fixtures' people live in. */
const berlinDay = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport });

    test("a phones boundary comes up for review: keep, or loosen to a new version", async ({
      browser,
      page,
      user,
    }) => {
      test.slow(); // two browsers and a production build on a loaded machine
      const b = await secondPerson(browser, "Blair");
      await b.page.setViewportSize(size.viewport);
      await link(page, b.page, user.name);

      await page.goto("/boundaries");
      const form = page.getByRole("region", { name: "Propose a boundary" });
      await form.getByLabel("Title").fill("Phones open to each other");
      await form.getByLabel("What it means in practice").fill("Either of us may look at the other's phone.");
      await expect(form.getByLabel("Review it on (optional)")).toHaveValue("");
      await form.getByLabel("Category").selectOption({ label: "Privacy & phones" });
      // A monitoring boundary suggests coming back to it in 90 days (the browser's day).
      await expect(form.getByLabel("Review it on (optional)")).not.toHaveValue("");
      await form.getByRole("radio", { name: "Ours", exact: true }).check();
      await form.getByRole("button", { name: "Propose this boundary" }).click();
      await expect(page).toHaveURL(/\/boundaries\/[^/?]+$/);
      const url = page.url();
      const id = url.split("/").pop() ?? "";
      await b.page.goto(url);
      await b.page.getByRole("button", { name: "Agree to this version" }).click();
      await expect(b.page.getByTestId("boundary-status")).toContainText(/agreed|active/i);
      await expect(b.page.getByRole("region", { name: "Review date" })).toContainText("Up for review on");

      // Its day comes.
      const seed = openE2EDb();
      seed.reviewBoundaryOn(id, berlinDay());
      seed.close();
      await page.reload();
      const review = (p: Page) => p.getByRole("region", { name: "Up for review" });
      await expect(review(page)).toContainText("Keep it as it is, loosen it, or retire it?");
      await shot(page, `boundary-review-${size.name}`);
      await page.getByRole("button", { name: "Keep it as it is" }).click();
      await expect(review(page)).toContainText("You said keep", LIVE);
      await b.page.reload();
      await expect(review(b.page)).toContainText(`${user.name} would keep it.`);
      await b.page.getByRole("button", { name: "Loosen it" }).click();
      await review(b.page)
        .getByLabel("What it means in practice")
        .fill("We ask first, and only when one of us feels unsure.");
      await b.page.getByRole("button", { name: `Propose it to ${user.name}` }).click();
      await expect(b.page.getByTestId("boundary-status")).toContainText(/Waiting for/, LIVE);

      await page.reload();
      await page.getByRole("button", { name: "Agree to this version" }).click();
      const agreed = (p: Page) => p.getByRole("region", { name: "Agreed version" });
      await expect(agreed(page)).toContainText("only when one of us feels unsure", LIVE);
      await expect(agreed(b.page)).toContainText("only when one of us feels unsure", LIVE);
      await expect(page.getByRole("region", { name: "Up for review" })).toHaveCount(0);
      await shot(b.page, `boundary-review-done-${size.name}`);
      await b.context.close();
    });
  });
}
