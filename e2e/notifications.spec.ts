import { link } from "./couple";
import { expect, secondPerson, test } from "./fixtures";

// Phone first: the bell must be there on a small screen.
test.use({ viewport: { width: 390, height: 844 } });

// A long right-to-left name: it must wrap and stay isolated in the sentence around it.
const RTL_NAME = "نور الهدى عبد الرحمن الفاضلي";

test("a proposal reaches the partner's bell and Home; marking all read clears the bell", async ({
  browser,
  page,
  user,
}, testInfo) => {
  test.slow(); // two browsers and a production build on a loaded machine
  const a = await secondPerson(browser, RTL_NAME);
  await link(a.page, page, RTL_NAME);

  await page.goto("/home");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${user.name}`);
  await expect(page.getByTestId("bell")).toBeVisible();
  await expect(page.getByTestId("bell-count")).toHaveCount(0);

  // A proposes a boundary.
  const title = "Phones stay out of the bedroom, every single night, without exceptions for work";
  await a.page.goto("/boundaries");
  const form = a.page.getByRole("region", { name: "Propose a boundary" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("What it means in practice").fill("Chargers live in the hall.");
  await form.getByLabel("Category").selectOption({ label: "Privacy & phones" });
  await form.getByRole("radio", { name: "Mine" }).check();
  await form.getByRole("button", { name: "Propose this boundary" }).click();
  await expect(a.page).toHaveURL(/\/boundaries\/[^/?]+$/);

  // B opens a page: the bell shows it, Home lists it as waiting.
  await page.reload();
  await expect(page.getByTestId("bell-count")).toHaveText("1");
  await expect(page.getByTestId("bell")).toHaveAccessibleName("Notifications: 1 new or waiting on you");
  const waiting = page.getByRole("list", { name: "Waiting on you" });
  await expect(waiting).toContainText(title);
  await page.screenshot({ path: testInfo.outputPath("home-390.png"), fullPage: true });

  await page.getByTestId("bell").click();
  await expect(page).toHaveURL(/\/notifications$/);
  const list = page.getByRole("list", { name: "Notifications" });
  await expect(list).toContainText("proposed a boundary and is waiting for your answer.");
  await expect(list).toContainText(title);
  await expect(list.locator("bdi").first()).toHaveText(RTL_NAME);
  await page.screenshot({ path: testInfo.outputPath("notifications-390.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: testInfo.outputPath("notifications-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });

  // Read, what waits still waits: the bell counts it until it is answered.
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByTestId("unread-count")).toHaveText("All read.");
  await page.reload();
  await expect(page.getByTestId("bell-count")).toHaveText("1");

  // The link leads to the boundary, where B can answer it; answered, it leaves the bell.
  await list.getByRole("link", { name: "Open" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("button", { name: "Agree to this version" }).click();
  await expect(page.getByTestId("bell-count")).toHaveCount(0);
  await a.context.close();
});

test("partner check-ins are off by default and can be turned on in Settings", async ({ page, user }) => {
  await page.goto("/settings");
  await expect(page.getByLabel("Display name")).toHaveValue(user.name);
  const box = page.getByRole("checkbox", { name: "Your partner's check-ins", exact: true });
  await expect(box).not.toBeChecked();
  // On a shared commitment they are on by default.
  await expect(
    page.getByRole("checkbox", { name: "Your partner's check-ins on shared commitments" }),
  ).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "A boundary proposed to you" })).toBeDisabled();
  await box.check();
  await page.getByRole("button", { name: "Save notification choices" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Your partner's check-ins", exact: true })).toBeChecked();
});
