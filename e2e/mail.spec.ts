import { startSmtp } from "../tests/support/smtp";
import { createAccount, expect, newUserData, signInOverHttp, test } from "./fixtures";
import { startOwnServer } from "./own-server";

// Issue #19: forgot password → the mail arrives at an SMTP server this spec starts → its link sets
// a new password → the session that was open elsewhere is signed out.
test("a reset mail's link sets a new password and signs the other devices out", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const smtp = await startSmtp();
  const server = await startOwnServer({ SMTP_URL: smtp.url, MAIL_FROM: "Kept <kept@example.test>" });
  try {
    const user = newUserData("Robin");
    const laptop = await browser.newContext({ baseURL: server.url });
    await createAccount(laptop.request, user);
    await signInOverHttp(laptop, user);
    const laptopPage = await laptop.newPage();
    await laptopPage.goto("/settings");
    await expect(laptopPage.getByRole("heading", { name: "Settings" })).toBeVisible();

    const phone = await browser.newContext({ baseURL: server.url });
    const page = await phone.newPage();
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    // The sign-in page has an "Email" field too: fill the one of the page we went to.
    await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
    await page.getByLabel("Email").fill(user.email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByRole("status")).toContainText("If an account uses this address");

    const [mail] = await smtp.waitFor(user.email, { ms: 20_000, subject: "Reset your Kept password" });
    expect(mail?.subject).toBe("Reset your Kept password");
    const link = /http:\/\/localhost:\d+\/reset-password\/[A-Za-z0-9_-]{43}/.exec(mail?.text ?? "")?.[0];
    expect(link).toBeTruthy();
    await page.goto(link ?? "");
    await page.getByLabel("New password").fill("a fresh and calm passphrase");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByRole("status")).toContainText("Your new password is set");

    await laptopPage.goto("/settings");
    await expect(laptopPage).toHaveURL(/\/sign-in/);
    await signInOverHttp(phone, { ...user, password: "a fresh and calm passphrase" });
    // Settings → Email on a phone: every category, the address not confirmed yet.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "Email", exact: true })).toBeVisible();
    await expect(page.getByText("Your address isn't confirmed yet")).toBeVisible();
    await expect(page.getByLabel("Reminder at")).toHaveValue("08:00");
    await page.screenshot({ path: testInfo.outputPath("settings-email-390.png"), fullPage: true });
    await laptop.close();
    await phone.close();
  } finally {
    await server.stop();
    await smtp.close();
  }
});
