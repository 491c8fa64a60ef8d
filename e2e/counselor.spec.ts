import type { Page } from "@playwright/test";
import { pdfText } from "../tests/support/pdf-text";
import { link } from "./couple";
import { expect, secondPerson, test } from "./fixtures";

const PRIVATE = "E2E-PRIVATE-note-never-in-a-summary";
const SHARED = "E2E-shared-note-for-the-counselor";

async function call(page: Page, path: string, input: Record<string, unknown>) {
  const res = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { result: { data: { json: { id: string } } } }).result.data.json;
}

const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());

test("a link is made by both, opened without an account, revoked, and gone; the PDF holds both names and no private note", async ({
  browser,
  page,
  user,
}) => {
  test.slow();
  const b = await secondPerson(browser, "Blair");
  await link(page, b.page, user.name);
  const mine = await call(page, "commitment.create", {
    title: "Text when I'm out late",
    who: "me",
    cadence: { kind: "daily" },
  });
  await call(page, "commitment.checkIn", {
    commitmentId: mine.id,
    day: today(),
    outcome: "kept",
    note: PRIVATE,
    noteShared: false,
  });
  const shared = await call(b.page, "commitment.create", {
    title: "Say good night",
    who: "both",
    cadence: { kind: "daily" },
  });
  await call(b.page, "commitment.checkIn", {
    commitmentId: shared.id,
    day: today(),
    outcome: "partly",
    note: SHARED,
    noteShared: true,
  });

  // A proposes (from Get help → the summary).
  await page.goto("/get-help");
  await page.getByRole("link", { name: "Open the counselor summary" }).click();
  await expect(page.getByRole("heading", { name: "Counselor summary", level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Commitments/ })).toContainText("Text when I'm out late");
  await expect(page.locator("[data-summary]")).not.toContainText(PRIVATE);
  await page.getByRole("button", { name: "Propose a link" }).click();
  await expect(page.getByTestId("share-status")).toHaveText("waiting for Blair to confirm");

  // B confirms, including their shared notes, and gets the link once.
  await b.page.goto("/counselor");
  await b.page.getByLabel("Include my shared notes").last().check();
  await b.page.getByRole("button", { name: "Confirm and make the link" }).click();
  const url = await b.page.getByLabel(/The link for your counselor/).inputValue();
  expect(url).toMatch(/\/c\/[A-Za-z0-9_-]{43}$/);

  // The counselor: a third context, no account.
  const counselor = await browser.newContext();
  const c = await counselor.newPage();
  const res = await c.goto(url);
  expect(res?.headers()["x-robots-tag"]).toContain("noindex");
  expect(res?.headers()["referrer-policy"]).toBe("no-referrer");
  expect(res?.headers()["cache-control"]).toContain("no-store");
  await expect(c.getByRole("heading", { name: "Summary for a counselor" })).toBeVisible();
  await expect(c.locator("[data-summary]")).toContainText(user.name);
  await expect(c.locator("[data-summary]")).toContainText("Blair");
  await expect(c.locator("[data-summary]")).toContainText(SHARED);
  await expect(c.locator("[data-summary]")).not.toContainText(PRIVATE);
  await expect(c.getByRole("link", { name: "Sign in" })).toBeVisible();

  // The PDF downloads, with both names and no private note.
  const download = c.waitForEvent("download");
  await c.getByRole("link", { name: "Download as PDF" }).click();
  const file = await (await download).path();
  const text = await pdfText(await import("node:fs/promises").then((fs) => fs.readFile(file)));
  expect(text).toContain(user.name);
  expect(text).toContain("Blair");
  expect(text).toContain(SHARED);
  expect(text).not.toContain(PRIVATE);

  // Both see the views; A revokes; it's gone at once.
  await page.reload();
  await expect(page.getByText(/^Opened (once|\d+ times)$/)).toBeVisible();
  await page.getByRole("button", { name: "Revoke now" }).click();
  await expect(page.getByTestId("share-status")).toHaveText("revoked");
  await c.goto(url);
  await expect(c.getByRole("heading", { name: "This link isn't available" })).toBeVisible();
  await expect(c.locator("[data-summary]")).toHaveCount(0);
  expect((await counselor.request.get(`${url}/pdf`)).status()).toBe(404);
  await counselor.close();
  await b.context.close();
});

test("the summary's own PDF, for the couple", async ({ browser, page, user }) => {
  test.slow();
  const b = await secondPerson(browser, "Robin");
  await link(page, b.page, user.name);
  await page.goto("/counselor");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as PDF" }).click();
  const text = await pdfText(
    await import("node:fs/promises").then(async (fs) => fs.readFile(await (await download).path())),
  );
  expect(text).toContain(user.name);
  expect(text).toContain("Robin");
  await b.context.close();
});
