import { expect, fakeIp, newUserData, secondPerson, test } from "./fixtures";

test("A invites by link, B signs up through it and accepts, A unlinks and B is told", async ({
  browser,
  page,
  user,
}) => {
  // A creates the invitation.
  await page.goto("/home");
  await page.getByRole("button", { name: "Invite my partner" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText(/Valid until/)).toBeVisible();

  // B has no account yet: the link leads through sign-up and back to the invitation.
  const bContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeIp() } });
  const b = await bContext.newPage();
  const response = await b.goto(link);
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(b.getByRole("heading", { name: "You've been invited to Kept" })).toBeVisible();
  await b.getByRole("link", { name: "Create an account" }).last().click();
  const bUser = newUserData("Blake");
  await b.getByLabel("Your name").fill(bUser.name);
  await b.getByLabel("Email").fill(bUser.email);
  await b.getByLabel("Password").fill(bUser.password);
  await b.getByRole("button", { name: "Create account" }).click();

  await expect(b).toHaveURL(/\/invite\//);
  await expect(b.getByRole("heading", { name: `${user.name} invited you to link on Kept` })).toBeVisible();
  await expect(b.getByText("Notes you mark as private")).toBeVisible();
  const accept = b.getByRole("button", { name: `Accept and link with ${user.name}` });
  // As it is drawn (innerText, not normalised), not only as it is written: the space before the
  // name is there, on the same line (a flex label put the name apart, as "withBlake").
  // biome-ignore lint/performance/useDomNodeTextContent: the drawn text is the point here
  expect(await accept.innerText()).toBe(`Accept and link with ${user.name}`);
  await accept.click();

  await expect(b).toHaveURL(/\/home$/);
  await expect(b.getByTestId("partner-name")).toHaveText(user.name);
  await page.reload();
  await expect(page.getByTestId("partner-name")).toHaveText("Blake");
  await expect(page.getByTestId("linked-since")).not.toBeEmpty();

  // A unlinks from Settings → Partner (linked from Home), after a confirmation that says what happens.
  await page.getByRole("link", { name: "Partner settings, including unlinking" }).click();
  await page.getByRole("region", { name: "Partner" }).getByRole("button", { name: "Unlink…" }).click();
  await expect(page.getByText("You each keep everything you wrote yourselves.")).toBeVisible();
  await page.getByRole("button", { name: "Yes, unlink" }).click();
  await expect(page.getByTestId("not-linked")).toBeVisible();
  await page.goto("/home");
  await expect(page.getByRole("button", { name: "Invite my partner" })).toBeVisible();
  await expect(page.getByTestId("partner-name")).toHaveCount(0);

  // B gets a neutral notification and has lost access to the couple.
  await b.reload();
  await expect(b.getByTestId("bell-count")).toHaveText("1");
  await expect(b.getByTestId("partner-name")).toHaveCount(0);
  const api = await bContext.request.get("/api/trpc/couple.get");
  expect(api.status()).toBe(404);
  await b.getByTestId("bell").click();
  await expect(b.getByRole("list", { name: "Notifications" })).toContainText("ended your link.");
  await b.getByRole("button", { name: "Mark read" }).click();
  await expect(b.getByTestId("bell-count")).toHaveCount(0);
  await b.reload();
  await expect(b.getByTestId("unread-count")).toHaveText("All read.");
  await bContext.close();
});

test("B links by typing A's code", async ({ browser, page, user }) => {
  await page.goto("/home");
  await page.getByRole("button", { name: "Invite my partner" }).click();
  const code = (await page.getByTestId("invite-code").textContent()) ?? "";
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

  const b = await secondPerson(browser, "Casey");
  await b.page.goto("/home");
  await b.page.getByRole("link", { name: "Enter their code" }).click();
  await b.page.getByLabel("Invitation code").fill("WXYZ-2345");
  await b.page.getByRole("button", { name: "Continue" }).click();
  await expect(b.page.getByRole("main").getByRole("alert")).toContainText("doesn't match");
  await b.page.getByRole("button", { name: "Enter a different code" }).click();
  await b.page.getByLabel("Invitation code").fill(code.toLowerCase().replace("-", " "));
  await b.page.getByRole("button", { name: "Continue" }).click();
  await b.page.getByRole("button", { name: `Accept and link with ${user.name}` }).click();
  await expect(b.page).toHaveURL(/\/home$/);
  await expect(b.page.getByTestId("partner-name")).toHaveText(user.name);

  await page.reload();
  await expect(page.getByTestId("partner-name")).toHaveText("Casey");
  await b.context.close();
});

test("declining an invitation tells the inviter", async ({ browser, page, user }) => {
  await page.goto("/home");
  await page.getByRole("button", { name: "Invite my partner" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  const b = await secondPerson(browser, "Dana");
  await b.page.goto(link);
  await expect(b.page.getByRole("main")).toContainText(user.name);
  await b.page.getByRole("button", { name: "Decline" }).click();
  await expect(b.page.getByText("You declined the invitation.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Your last invitation was declined.")).toBeVisible();
  await b.context.close();
});

test("an invitation on screen is replaced only after a second step", async ({ page, user }) => {
  await page.goto("/home");
  await expect(page.getByRole("heading", { name: `Hello, ${user.name}` })).toBeVisible();
  await page.getByRole("button", { name: "Invite my partner" }).click();
  const code = await page.getByTestId("invite-code").textContent();
  // The link just made is not one tap away from being ended.
  await expect(page.getByRole("button", { name: "Create a new invitation" })).toHaveCount(0);
  await page.getByRole("button", { name: "Replace with a new invitation…" }).click();
  await expect(page.getByText("A new invitation stops the link and code above from working.")).toBeVisible();
  await page.getByRole("button", { name: "Keep this one" }).click();
  await expect(page.getByTestId("invite-code")).toHaveText(code ?? "");
  await page.getByRole("button", { name: "Replace with a new invitation…" }).click();
  await page.getByRole("button", { name: "Make a new invitation" }).click();
  await expect(page.getByTestId("invite-code")).not.toHaveText(code ?? "");
  await expect(page.getByRole("button", { name: "Replace with a new invitation…" })).toBeVisible();
});
