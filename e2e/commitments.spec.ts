import { link } from "./couple";
import { expect, secondPerson, test } from "./fixtures";

const PRIVATE_NOTE = "PRIVATE-e2e-only-for-me";
const SHARED_NOTE = "I texted from the train at 21:40.";

/** The local date in a zone, as "YYYY-MM-DD", `daysBack` days ago. */
function localDay(timeZone: string, daysBack = 0) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - daysBack);
  return d.toISOString().slice(0, 10);
}

test("a commitment, check-ins with a private and a shared note, and the partner's acknowledgement", async ({
  browser,
  page,
  user,
}) => {
  test.slow(); // a long two-browser flow: more time on a loaded machine
  const b = await secondPerson(browser, "Blair");
  await link(page, b.page, user.name);

  // A makes a daily commitment that started yesterday (so yesterday can be back-filled).
  await page.goto("/commitments");
  const form = page.getByRole("region", { name: "Make a commitment" });
  await form.getByLabel("What I'll do").fill("Text when I'm out late");
  await form.getByLabel("What keeping it looks like (optional)").fill("A message before 10 pm.");
  await form.getByRole("radio", { name: "Me" }).check();
  await form.getByLabel("How often").selectOption("daily");
  await form.getByLabel("Starts").fill(localDay("Europe/Berlin", 1));
  await form.getByRole("button", { name: "Make this commitment" }).click();
  await expect(page).toHaveURL(/\/commitments\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Text when I'm out late" })).toBeVisible();
  const detailUrl = page.url();

  // Today: kept, with a private note.
  await page.getByRole("link", { name: "Check in on Today" }).click();
  const card = page.getByRole("region", { name: "Text when I'm out late" });
  await expect(card).toContainText("Not logged yet.");
  await card.getByRole("radio", { name: "Kept" }).check();
  await card.getByLabel("Note (optional)").fill(PRIVATE_NOTE);
  await card.getByRole("button", { name: "Save check-in" }).click();
  await expect(card.getByRole("status")).toHaveText("Checked in.");
  await expect(card).toContainText(`Private note (only you see it): ${PRIVATE_NOTE}`);

  // Yesterday (back-fill): partly, with a note shared with Blair.
  await page.getByRole("navigation", { name: "Choose a day" }).getByRole("link").nth(1).click();
  await expect(page).toHaveURL(/\/today\?day=\d{4}-\d{2}-\d{2}$/);
  const yesterday = page.getByRole("region", { name: "Text when I'm out late" });
  await yesterday.getByRole("radio", { name: "Partly" }).check();
  await yesterday.getByLabel("Note (optional)").fill(SHARED_NOTE);
  await yesterday.getByRole("checkbox", { name: "Share this note with Blair" }).check();
  await yesterday.getByRole("button", { name: "Save check-in" }).click();
  await expect(yesterday.getByRole("status")).toHaveText("Checked in.");

  // B sees both check-ins and only the shared note, and acknowledges it.
  await b.page.goto("/commitments");
  await b.page
    .getByRole("region", { name: `${user.name}'s` })
    .getByRole("link", { name: /Text when I'm out late/ })
    .click();
  const checkIns = b.page.getByRole("region", { name: "Check-ins" });
  await expect(checkIns.getByTestId("check-in")).toHaveCount(2);
  await expect(checkIns).toContainText(SHARED_NOTE);
  await expect(b.page.locator("body")).not.toContainText(PRIVATE_NOTE);
  expect(await b.page.content()).not.toContain(PRIVATE_NOTE);
  const shared = checkIns.getByRole("listitem").filter({ hasText: SHARED_NOTE });
  await shared.getByRole("button", { name: /^Respond to .+ check-in/ }).click();
  await shared.getByRole("radio", { name: "I noticed (thank you)" }).check();
  await shared.getByLabel("A few words (optional)").fill("Thank you, that helped.");
  await shared.getByRole("button", { name: "Send" }).click();
  await expect(shared.getByRole("status")).toHaveText(`Sent. ${user.name} will see it.`);
  await expect(shared.getByTestId("ack")).toHaveText("You noticed: Thank you, that helped.");
  // B can't check in on A's commitment: there is no form for it.
  await expect(b.page.getByRole("link", { name: "Check in on Today" })).toHaveCount(0);

  // A sees the acknowledgement.
  await page.goto(detailUrl);
  await expect(page.getByRole("region", { name: "Check-ins" }).getByTestId("ack")).toHaveText(
    "Blair noticed: Thank you, that helped.",
  );
  await b.context.close();
});

test("Today explains what to do when nothing is due, and a bad day in the URL falls back to today", async ({
  browser,
  page,
  user,
}) => {
  const b = await secondPerson(browser, "Blair");
  await link(page, b.page, user.name);
  await page.goto("/today");
  await expect(page.getByText("Nothing is due for you today.")).toBeVisible();
  await page.goto(`/today?day=${localDay("Europe/Berlin", 30)}`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Only the last 7 days");
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await b.context.close();
});
