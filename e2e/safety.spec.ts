import { link } from "./couple";
import { expect, secondPerson, test } from "./fixtures";

// The default neutral site (QUICK_EXIT_URL unset); the browser never reaches the network for it.
const NEUTRAL = "https://weather.com/";

test.beforeEach(async ({ context }) => {
  await context.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Weather</title><h1>Weather</h1>" }),
  );
});

test("Quick exit replaces the page with a neutral site and leaves no history entry", async ({
  page,
  user,
}) => {
  await page.goto("/home");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(user.name);
  await page.goto("/settings");
  await expect(page.getByRole("link", { name: "Get help" })).toBeVisible();
  const before = await page.evaluate(() => history.length);
  await page.getByRole("link", { name: "Quick exit" }).click();
  await expect(page).toHaveURL(NEUTRAL);
  await expect(page.getByRole("heading", { name: "Weather" })).toBeVisible();
  // The settings page's entry was replaced, not pushed over: same length, and Back skips it.
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.goBack();
  await expect(page).toHaveURL(/\/home$/);
});

test("Escape pressed twice leaves too, also on a phone", async ({ page, user }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/today");
  await expect(page.getByRole("link", { name: "Quick exit" })).toBeVisible();
  expect(user.name).toBeTruthy();
  const before = await page.evaluate(() => history.length);
  await page.keyboard.press("Escape");
  // One press alone does nothing.
  await page.waitForTimeout(1200);
  await expect(page).toHaveURL(/\/today$/);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(NEUTRAL);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test("Get help explains what to do when someone feels unsafe", async ({ page, user }) => {
  expect(user.name).toBeTruthy();
  await page.goto("/home");
  await page.getByRole("link", { name: "Get help" }).click();
  await expect(page).toHaveURL(/\/get-help$/);
  const unsafe = page.getByRole("region", { name: "If you feel controlled, afraid or unsafe" });
  await expect(unsafe).toContainText("Kept is not the right tool");
  await expect(unsafe).toContainText("Unlink");
  await expect(page.getByRole("region", { name: "Finding a couples counselor" })).toBeVisible();
});

test("a break: the partner sees 'taking a break until …'; only its taker ends it", async ({
  browser,
  page,
  user,
}) => {
  test.slow();
  const b = await secondPerson(browser, "Sasha");
  await link(page, b.page, user.name);
  // A shared commitment due today: during the break Sasha's card says "on a break" where
  // the answer would be, not "not answered yet".
  const made = await page.request.post("/api/trpc/commitment.create", {
    data: { json: { title: "Walk together", who: "both", cadence: { kind: "daily" } } },
  });
  expect(made.status()).toBe(200);
  await b.page.goto("/home");
  await expect(b.page.getByRole("region", { name: "Walk together" })).toContainText(
    `${user.name}: not answered yet`,
  );
  await page.goto("/home");
  const section = page.getByRole("region", { name: "A break from sharing" });
  // Folded away until asked for.
  await expect(section.getByLabel("How many days (1–30)")).toBeHidden();
  await section.getByText("Need some room? Take a break").click();
  await section.getByLabel("How many days (1–30)").fill("5");
  await section.getByLabel("A note for Sasha (optional)").fill("I need a few quiet days");
  await section.getByRole("button", { name: "Take a break" }).click();
  await expect(page.getByTestId("my-break")).toContainText("You're taking a break until");

  await b.page.goto("/home");
  await expect(b.page.getByTestId("break-banner")).toContainText(`${user.name} is taking a break until`);
  await expect(b.page.getByText("“I need a few quiet days”")).toBeVisible();
  await expect(b.page.getByRole("button", { name: "End my break now" })).toHaveCount(0);
  await expect(
    b.page.getByRole("region", { name: "Walk together" }).getByTestId("partner-on-break"),
  ).toHaveText("on a break");
  await expect(b.page.getByRole("region", { name: "Walk together" })).not.toContainText("not answered");
  await b.page.goto("/dashboard");
  await expect(b.page.getByTestId("break-banner")).toBeVisible();

  await page.getByRole("button", { name: "End my break now" }).click();
  await expect(page.getByTestId("my-break")).toHaveCount(0);
  await b.page.goto("/home");
  await expect(b.page.getByTestId("break-banner")).toHaveCount(0);
  await b.context.close();
});
