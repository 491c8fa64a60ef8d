import { expect, test } from "./fixtures";

test("download my data, then delete my account with my password", async ({
  page,
  context,
  request,
  user,
}) => {
  test.slow();
  // Downloads: only for the signed-in person, never cached.
  const json = await context.request.get("/api/account/export?format=json");
  expect(json.status()).toBe(200);
  expect(json.headers()["content-disposition"]).toMatch(
    /attachment; filename="kept-data-\d{4}-\d{2}-\d{2}\.json"/,
  );
  expect(json.headers()["cache-control"]).toContain("no-store");
  expect(((await json.json()) as { profile: { email: string } }).profile.email).toBe(user.email);
  const csv = await context.request.get("/api/account/export?format=csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toMatch(
    /^day,commitment,outcome,excused,note,note_shared,excuse_note,time_zone,amended_at/,
  );

  expect((await request.get("/api/account/export?format=json")).status()).toBe(401);
  // Another site can't make the browser download it.
  const crossSite = await context.request.get("/api/account/export?format=json", {
    headers: { "sec-fetch-site": "cross-site" },
  });
  expect(crossSite.status()).toBe(403);

  await page.goto("/settings");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download check-ins (CSV)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^kept-check-ins-.*\.csv$/);

  await page.getByRole("button", { name: "Delete account…" }).click();
  await page.getByLabel("Your password, to confirm").fill("not the password");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("That password isn't right, so nothing was deleted.")).toBeVisible();
  await page.getByLabel("Your password, to confirm").fill(user.password);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Your account has been deleted.")).toBeVisible();
  // The old session is over, and the old password opens nothing.
  expect((await context.request.get("/api/trpc/user.me")).status()).toBe(401);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
});
