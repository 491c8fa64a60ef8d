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
  await card.getByRole("button", { name: "Kept" }).click();
  await expect(card.getByTestId("answered")).toContainText("Kept");
  await card.getByRole("button", { name: /^Add a note/ }).click();
  await card.getByLabel("Note (optional)").fill(PRIVATE_NOTE);
  await card.getByRole("button", { name: "Save note" }).click();
  await expect(card).toContainText(`Private note (only you see it): ${PRIVATE_NOTE}`);

  // Yesterday (back-fill): partly, with a note shared with Blair.
  await page.getByRole("navigation", { name: "Choose a day" }).getByRole("link").nth(1).click();
  await expect(page).toHaveURL(/\/today\?day=\d{4}-\d{2}-\d{2}$/);
  const yesterday = page.getByRole("region", { name: "Text when I'm out late" });
  await yesterday.getByRole("button", { name: "Partly" }).click();
  await expect(yesterday.getByTestId("answered")).toContainText("Partly");
  await yesterday.getByRole("button", { name: /^Add a note/ }).click();
  await yesterday.getByLabel("Note (optional)").fill(SHARED_NOTE);
  await yesterday.getByRole("checkbox", { name: "Share this note with Blair" }).check();
  await yesterday.getByRole("button", { name: "Save note" }).click();
  await expect(yesterday).toContainText(`Note shared with Blair: ${SHARED_NOTE}`);

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

test("the commitment, pause, check-in and response forms say what is missing, beside the field", async ({
  browser,
  page,
  user,
}) => {
  test.slow(); // a two-browser flow: more time on a loaded machine
  const b = await secondPerson(browser, "Blair");
  await link(page, b.page, user.name);
  await page.goto("/commitments");
  const form = page.getByRole("region", { name: "Make a commitment" });
  const make = form.getByRole("button", { name: "Make this commitment" });
  await make.click();
  await expect(form.getByText("Give the commitment a short title (at least 3 characters).")).toBeVisible();
  await form.getByLabel("What I'll do").fill("Walk together");
  await form.getByLabel("How often").selectOption("weekdays");
  await make.click();
  await expect(form.getByText("Say who makes this commitment.")).toBeVisible();
  await form.getByRole("radio", { name: "Me" }).check();
  await make.click();
  await expect(form.getByText("Pick at least one day.")).toBeVisible();
  for (const day of ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    await form.getByRole("checkbox", { name: day }).check();
  await make.click();
  await expect(page).toHaveURL(/\/commitments\/[^/?]+$/);

  // Editing keeps the chosen days.
  await page.getByRole("button", { name: "Edit" }).click();
  await expect(page.getByRole("checkbox", { name: "Mon" })).toBeChecked();
  // A change survives the days being hidden and shown again (they start as they are now).
  await page.getByRole("checkbox", { name: "Mon" }).uncheck();
  await page.getByLabel("How often").selectOption("daily");
  await expect(page.getByRole("checkbox", { name: "Tue" })).toHaveCount(0);
  await page.getByLabel("How often").selectOption("weekdays");
  await expect(page.getByRole("checkbox", { name: "Mon" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Tue" })).toBeChecked();
  await page.getByRole("checkbox", { name: "Mon" }).check();
  await page.getByLabel("What I'll do").fill("Walk together daily");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("region", { name: "Change" }).getByRole("status")).toContainText("Saved.");
  await expect(page.getByRole("heading", { level: 1, name: "Walk together daily" })).toBeVisible();
  await page.getByRole("button", { name: "Close" }).click();

  const pause = page.getByRole("region", { name: "Pause" });
  await pause.getByLabel("Pause from").fill("2030-01-10");
  await pause.getByLabel("Until (inclusive)").fill("2030-01-05");
  await pause.getByRole("button", { name: "Pause", exact: true }).click();
  await expect(pause.getByText("The pause must end on or after its first day.")).toBeVisible();
  await pause.getByLabel("Until (inclusive)").fill("2030-01-12");
  await pause.getByRole("button", { name: "Pause", exact: true }).click();
  await expect(pause.getByRole("status")).toHaveText("Paused. Those days won't count.");
  await pause.getByRole("button", { name: "Remove pause" }).click();
  await expect(pause.getByRole("status")).toHaveText("Pause removed.");

  await page.goto("/today");
  const card = page.getByRole("region", { name: "Walk together daily" });
  await card.getByRole("button", { name: "Missed" }).click();
  await expect(card.getByTestId("answered")).toContainText("Missed");
  await card.getByRole("button", { name: /^Add a note/ }).click();
  await card.getByRole("checkbox", { name: /Excuse this miss/ }).check();
  await card.getByRole("button", { name: "Save note" }).click();
  await expect(card.getByText("Say briefly why, for Blair.")).toBeVisible();
  await card.getByRole("button", { name: "Cancel" }).click();
  await card.getByRole("button", { name: /^Change the answer/ }).click();
  await card.getByRole("button", { name: "Kept" }).click();
  await expect(card.getByTestId("answered")).toContainText("Kept");

  // Blair's "I see it differently" needs a few words; a response can be removed.
  await b.page.goto("/commitments");
  await b.page.getByRole("link", { name: /Walk together daily/ }).click();
  const item = b.page.getByRole("region", { name: "Check-ins" }).getByRole("listitem").first();
  await item.getByRole("button", { name: /^Respond to/ }).click();
  await item.getByRole("radio", { name: "I see it differently" }).check();
  await item.getByRole("button", { name: "Send" }).click();
  await expect(item.getByText(`Say how you see it, so ${user.name} can understand.`)).toBeVisible();
  await item.getByLabel("How you see it").fill("I think it was partly.");
  await item.getByRole("button", { name: "Send" }).click();
  await expect(item.getByRole("status")).toHaveText(`Sent. ${user.name} will see it.`);
  await item.getByRole("button", { name: "Remove my response" }).click();
  await expect(item.getByRole("status")).toHaveText("Your response was removed.");
  await b.context.close();
});
