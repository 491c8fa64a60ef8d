import { expect, test } from "./fixtures";

// Issue #19: Settings → Email address on a phone. Mail is off on this server: the address
// changes at once, unconfirmed, and the page says no link was sent.
test("changing the address on a phone: a wrong password is refused, then it changes, unconfirmed", async ({
  page,
  user,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Email address" });
  await expect(section.getByText(user.email, { exact: true })).toBeVisible();
  const next = `moved-${Date.now()}@example.test`;
  await section.getByLabel("New address").fill(`  ${next.toUpperCase()} `);
  await section.getByLabel("Current password").fill("not my password");
  await section.getByRole("button", { name: "Change address" }).click();
  await expect(section.getByRole("alert")).toHaveText("Your current password is not right.");

  await section.getByLabel("Current password").fill(user.password);
  await section.getByRole("button", { name: "Change address" }).click();
  await expect(section.getByRole("status")).toContainText("Mail is off on this Kept server");
  await expect(section.getByText(next, { exact: true })).toBeVisible();
  await expect(section.getByText("(not confirmed yet)")).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: testInfo.outputPath("settings-email-address-390.png"), fullPage: true });
});
