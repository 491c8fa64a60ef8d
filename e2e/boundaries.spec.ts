import type { Page } from "@playwright/test";
import { link } from "./couple";
import { expect, secondPerson, test } from "./fixtures";

async function propose(page: Page, text: { title: string; description: string }) {
  await page.goto("/boundaries");
  const form = page.getByRole("region", { name: "Propose a boundary" });
  await form.getByLabel("Title").fill(text.title);
  await form.getByLabel("What it means in practice").fill(text.description);
  await form.getByLabel("Category").selectOption({ label: "Privacy & phones" });
  await form.getByRole("radio", { name: "Mine" }).check();
  await form.getByLabel("A note for your partner (optional)").fill("This matters to me.");
  await form.getByRole("button", { name: "Propose this boundary" }).click();
  await expect(page).toHaveURL(/\/boundaries\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: text.title })).toBeVisible();
}

const agreed = (page: Page) => page.getByRole("region", { name: "Agreed version" });
const pending = (page: Page) => page.getByRole("region", { name: /Proposal waiting|Proposed change/ });
const history = (page: Page) => page.getByRole("region", { name: "History" });

test("partners propose, counter, agree and revise a boundary", async ({ browser, page, user }) => {
  test.slow(); // a long two-browser flow: more time on a loaded machine
  const b = await secondPerson(browser, "Blair");
  await link(page, b.page, user.name);
  const title = "Phones stay private";
  await propose(page, { title, description: "We don't read each other's messages." });
  await expect(page.getByTestId("boundary-status")).toHaveText(/Waiting for Blair to answer/);
  await expect(history(page)).toContainText("You proposed version 1");
  const detailUrl = page.url();

  // B finds it under "Waiting on me" and counters with a new description.
  await b.page.goto("/boundaries");
  await b.page.getByRole("link", { name: /Waiting on me \(1\)/ }).click();
  await expect(b.page).toHaveURL(/view=waiting-on-me/);
  await b.page.getByRole("link", { name: new RegExp(title) }).click();
  await expect(pending(b.page)).toContainText("We don't read each other's messages.");
  await expect(pending(b.page)).toContainText("Note from Alex: This matters to me.");
  await b.page.getByRole("button", { name: "Suggest an edit" }).click();
  await b.page
    .getByLabel("What it means in practice")
    .fill("We don't read each other's messages; we can ask when something worries us.");
  await b.page.getByRole("button", { name: "Send my edit" }).click();
  await expect(b.page.getByTestId("boundary-status")).toHaveText(/Waiting for Alex to answer/);
  await expect(history(b.page)).toContainText("You suggested an edit (version 2)");

  // A sees it waiting on them and agrees to B's version.
  await page.goto("/boundaries");
  await page.getByRole("link", { name: /Waiting on me \(1\)/ }).click();
  await page.getByRole("link", { name: new RegExp(title) }).click();
  await expect(pending(page)).toContainText("we can ask when something worries us");
  await page.getByRole("button", { name: "Agree to this version" }).click();
  await expect(page.getByTestId("boundary-status")).toHaveText("Active. You both agreed to it.");
  await expect(agreed(page)).toContainText("we can ask when something worries us");

  // Each sees the same history, told from their own side.
  for (const [p, lines] of [
    [page, ["You proposed version 1", "Blair suggested an edit (version 2)", "You agreed to version 2"]],
    [b.page, ["Alex proposed version 1", "You suggested an edit (version 2)", "Alex agreed to version 2"]],
  ] as const) {
    await p.goto(detailUrl);
    await expect(p.getByTestId("boundary-status")).toHaveText("Active. You both agreed to it.");
    for (const line of lines) await expect(history(p)).toContainText(line);
  }
  await b.page.goto("/boundaries?view=active");
  await expect(b.page.getByRole("link", { name: /Active \(1\)/ })).toHaveAttribute("aria-current", "page");
  await expect(b.page.getByRole("link", { name: new RegExp(title) })).toBeVisible();

  // A proposes a change; the agreed version stays active until B agrees.
  await page.goto(detailUrl);
  await page.getByRole("button", { name: "Propose a change" }).click();
  await page
    .getByLabel("What it means in practice")
    .fill("We keep phones private, and share passwords only if asked.");
  await page.getByRole("button", { name: "Propose this change" }).click();
  await expect(page.getByTestId("boundary-status")).toHaveText(/A change is proposed. Waiting for Blair/);
  await expect(agreed(page)).toContainText("we can ask when something worries us");

  await b.page.goto(detailUrl);
  await expect(pending(b.page)).toContainText("share passwords only if asked");
  await b.page.getByRole("button", { name: "Agree to this version" }).click();
  await expect(b.page.getByTestId("boundary-status")).toHaveText("Active. You both agreed to it.");

  for (const p of [page, b.page]) {
    await p.goto(detailUrl);
    await expect(agreed(p)).toContainText("share passwords only if asked");
    await expect(history(p)).toContainText("proposed a change (version 3)");
    await expect(history(p)).toContainText("version 3 is now active");
  }
  await b.context.close();
});

test("a stale answer shows what changed and the latest version", async ({ browser, page, user }) => {
  const b = await secondPerson(browser, "Blair");
  await link(page, b.page, user.name);
  await propose(page, { title: "Evenings together", description: "Phones away at dinner." });
  const detailUrl = page.url();

  // B reads version 1 and leaves the page open, its live updates cut off (a page whose stream is
  // down, or an answer sent in the moment before the update arrives)…
  await b.page.route("**/api/trpc/notification.onChange**", (route) => route.abort());
  await b.page.goto(detailUrl);
  await expect(pending(b.page)).toContainText("Phones away at dinner.");

  // …while A edits their proposal.
  await page.getByRole("button", { name: "Edit my proposal" }).click();
  await page.getByLabel("What it means in practice").fill("Phones away at dinner and after 10pm.");
  await page.getByRole("button", { name: "Save my edit" }).click();
  await expect(history(page)).toContainText("You edited your proposal (version 2)");

  // B's agreement was to version 1: it is refused, and B sees the latest version.
  await b.page.getByRole("button", { name: "Agree to this version" }).click();
  await expect(b.page.getByRole("main").getByRole("alert")).toContainText(
    "This boundary changed while you were looking at it",
  );
  await expect(pending(b.page)).toContainText("Phones away at dinner and after 10pm.");
  await expect(b.page.getByText("Alex wrote version 2")).toBeVisible();
  // The change is marked word by word, with who wrote each version.
  const diff = pending(b.page).getByTestId("version-diff");
  await expect(diff).toContainText("Changes in version 2 (by Alex) compared with version 1 (by Alex)");
  await expect(diff.locator("ins").first()).toContainText("and after 10pm");

  // Agreeing now agrees to the version B has read.
  await b.page.getByRole("button", { name: "Agree to this version" }).click();
  await expect(b.page.getByTestId("boundary-status")).toHaveText("Active. You both agreed to it.");
  await expect(agreed(b.page)).toContainText("after 10pm");
  await b.context.close();
});

test("after an unlink, agreed boundaries stay as a read-only archive", async ({ browser, page, user }) => {
  await page.goto("/boundaries");
  await expect(page.getByRole("heading", { name: "Link with your partner first" })).toBeVisible();

  const b = await secondPerson(browser, "Blair");
  await link(page, b.page, user.name);
  await propose(page, {
    title: "Money talks on Sundays",
    description: "We look at spending together weekly.",
  });
  const detailUrl = page.url();
  await b.page.goto(detailUrl);
  await b.page.getByRole("button", { name: "Agree to this version" }).click();
  await expect(b.page.getByTestId("boundary-status")).toHaveText("Active. You both agreed to it.");

  await page.goto("/settings");
  await page.getByRole("button", { name: "Unlink…" }).click();
  await page.getByRole("button", { name: "Yes, unlink" }).click();
  await expect(page.getByTestId("not-linked")).toBeVisible();

  await b.page.goto("/boundaries");
  await expect(b.page.getByRole("heading", { name: "Link with your partner first" })).toBeVisible();
  const archive = b.page.getByRole("region", { name: "From past links" });
  await archive.getByRole("link", { name: "Money talks on Sundays" }).click();
  await expect(b.page.getByRole("note")).toContainText("this is a read-only archive");
  await expect(agreed(b.page)).toContainText("We look at spending together weekly.");
  await expect(b.page.getByRole("main").getByRole("button")).toHaveCount(0);
  await b.context.close();
});

test("whoever proposed can withdraw after a counter; the counter's author can't", async ({
  browser,
  page,
  user,
}) => {
  const b = await secondPerson(browser, "Blair");
  await link(page, b.page, user.name);
  await propose(page, { title: "Weekends offline", description: "No phones on Saturday mornings." });
  const detailUrl = page.url();

  await b.page.goto(detailUrl);
  await b.page.getByRole("button", { name: "Suggest an edit" }).click();
  await b.page.getByLabel("What it means in practice").fill("No phones on Saturday until noon.");
  await b.page.getByRole("button", { name: "Send my edit" }).click();
  await expect(b.page.getByTestId("boundary-status")).toHaveText(/Waiting for Alex to answer/);
  await expect(b.page.getByRole("button", { name: /Withdraw/ })).toHaveCount(0);

  await page.reload();
  await page.getByRole("button", { name: "Withdraw my proposal" }).click();
  await page.getByRole("button", { name: "Yes, withdraw" }).click();
  await expect(page.getByTestId("boundary-status")).toHaveText("Withdrawn before it was agreed.");
  await b.page.reload();
  await expect(b.page.getByTestId("boundary-status")).toHaveText("Withdrawn before it was agreed.");
  await b.context.close();
});

test("a weekly respect check-in, and a proposal to retire that the partner answers by keeping it", async ({
  browser,
  page,
  user,
}) => {
  test.slow(); // a two-browser flow: more time on a loaded machine
  const b = await secondPerson(browser, "Blair");
  await link(page, b.page, user.name);
  await propose(page, { title: "Quiet evenings", description: "No work calls after 8 pm." });
  const detailUrl = page.url();
  await b.page.goto(detailUrl);
  await b.page.getByRole("button", { name: "Agree to this version" }).click();
  await expect(b.page.getByTestId("boundary-status")).toHaveText("Active. You both agreed to it.");

  // B's respect check-in needs an answer, then is saved.
  const respect = b.page.getByRole("region", { name: "Respect check-ins" });
  await respect.getByRole("button", { name: "Save my check-in" }).click();
  await expect(respect.getByText("Choose respected or not respected.")).toBeVisible();
  await respect.getByRole("radio", { name: "Respected", exact: true }).check();
  await respect.getByLabel("A note (optional)").fill("It felt good this week.");
  await respect.getByRole("button", { name: "Save my check-in" }).click();
  await expect(respect.getByRole("status")).toHaveText("Saved. You can change it until your week ends.");
  await expect(respect).toContainText("felt it was respected.");

  // A proposes retiring it, with a note; B keeps it active.
  await page.reload();
  await page.getByRole("button", { name: "Propose retiring it" }).click();
  const confirm = page.getByRole("region", { name: "Propose retiring this boundary?" });
  await confirm.getByLabel("A note (optional)").fill("We don't need it any more.");
  await confirm.getByRole("button", { name: "Propose retiring it" }).click();
  await expect(
    page.getByRole("region", { name: /What you can do|Waiting for Blair/ }).getByRole("status"),
  ).toHaveText("You proposed retiring this boundary.");
  await b.page.reload();
  await b.page.getByRole("button", { name: "Keep it active" }).click();
  await b.page.getByRole("button", { name: "Yes, keep it" }).click();
  await expect(b.page.getByRole("main").getByRole("status")).toHaveText(
    "You chose to keep this boundary. It stays active.",
  );
  await expect(history(b.page)).toContainText("Note from Alex: “We don't need it any more.”");
  await b.context.close();
});
