import { link } from "./couple";
import { expect, secondPerson, test } from "./fixtures";

// The repair half within reach: Amends, Weekly talk, Journey and the counselor summary at most
// two taps from Home on a phone (More, then the place; or one, from Home's "Repair together"),
// one click on a desktop; Help explains each place.

const PLACES = [
  { name: "Weekly talk", url: /\/talk(\/|$)/ },
  { name: "Amends", url: /\/amends$/ },
  { name: "Journey", url: /\/journey$/ },
  { name: "Counselor summary", url: /\/counselor$/ },
];

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("every repair place is two taps from Home, through More, with an icon", async ({
    browser,
    page,
    user,
  }, testInfo) => {
    test.slow();
    expect(user.name).toBeTruthy();
    const noa = await secondPerson(browser, "Noa");
    await link(noa.page, page, "Noa");
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const place of PLACES) {
      await page.goto("/home");
      await nav.getByRole("button", { name: "More" }).tap();
      const entry = nav
        .getByRole("list", { name: "Repair together" })
        .getByRole("link", { name: place.name });
      await expect(entry.locator("svg")).toBeVisible();
      if (place.name === "Weekly talk") {
        await page.screenshot({ path: testInfo.outputPath("more-390.png") });
      }
      await entry.tap();
      await expect(page).toHaveURL(place.url);
    }
    // And one tap from Home's own card.
    await page.goto("/home");
    const card = page.getByRole("region", { name: "Repair together" });
    await page.screenshot({ path: testInfo.outputPath("home-390.png"), fullPage: true });
    await card.getByRole("link", { name: "Amends" }).tap();
    await expect(page).toHaveURL(/\/amends$/);
    await noa.context.close();
  });
});

test.describe("on a desktop", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the sidebar holds every repair place; Help explains each; the summary is linked from Journey and Settings", async ({
    page,
    user,
  }, testInfo) => {
    expect(user.name).toBeTruthy();
    await page.goto("/home");
    const nav = page.getByRole("navigation", { name: "Main" });
    const together = nav.getByRole("list", { name: "Repair together" });
    for (const place of PLACES) await expect(together.getByRole("link", { name: place.name })).toBeVisible();
    // Today is Home's: no place of its own in the navigation.
    await expect(nav.getByRole("link", { name: "Today", exact: true })).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath("home-1280.png"), fullPage: true });
    await together.getByRole("link", { name: "Journey" }).click();
    await expect(page).toHaveURL(/\/journey$/);

    await page.goto("/help");
    const places = page.getByRole("region", { name: "Where things are" });
    for (const place of PLACES) await expect(places.getByRole("link", { name: place.name })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("help-1280.png") });

    await page.goto("/settings");
    await page.getByRole("region", { name: "Counselor summary" }).getByRole("link").click();
    await expect(page).toHaveURL(/\/counselor$/);
  });
});
