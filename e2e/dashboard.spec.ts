import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { link } from "./couple";
import { expect, secondPerson, test } from "./fixtures";
import { openE2EDb } from "./seed";

// Both people are in Europe/Berlin with weeks starting on Monday (the sign-up defaults here).
function berlinToday() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
}
function addDays(day: string, n: number) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
function mondayOf(day: string) {
  const back = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -back);
}

async function create(page: Page, input: Record<string, unknown>): Promise<string> {
  const res = await page.request.post("/api/trpc/commitment.create", { data: { json: input } });
  expect(res.status(), await res.text()).toBe(200);
  const body = (await res.json()) as { result: { data: { json: { id: string } } } };
  return body.result.data.json.id;
}

test("the dashboard shows both partners' seeded weeks side by side, fairly, and passes axe", async ({
  browser,
  page,
  user,
}) => {
  test.slow();
  const b = await secondPerson(browser, "Blair");
  await link(page, b.page, user.name);
  const mine = await create(page, { title: "Text when I'm out late", who: "me", cadence: { kind: "daily" } });
  const shared = await create(b.page, { title: "Say good night", who: "both", cadence: { kind: "daily" } });

  const today = berlinToday();
  const thisWeek = mondayOf(today);
  const lastWeek = addDays(thisWeek, -7);
  const seed = openE2EDb();
  const alex = seed.userId(user.email);
  const blair = seed.userId(b.user.email);
  for (const id of [mine, shared]) seed.startCommitment(id, addDays(thisWeek, -35));
  // Alex, last week, own commitment: 5 kept, 1 partly, 1 missed; and this Monday kept.
  ["kept", "kept", "kept", "kept", "kept", "partly", "missed"].forEach((outcome, i) => {
    seed.checkIn({ commitmentId: mine, userId: alex, day: addDays(lastWeek, i), outcome });
  });
  seed.checkIn({ commitmentId: mine, userId: alex, day: thisWeek, outcome: "kept" });
  // Blair, last week, the shared one: 6 kept and one excused miss.
  for (let i = 0; i < 6; i++)
    seed.checkIn({ commitmentId: shared, userId: blair, day: addDays(lastWeek, i), outcome: "kept" });
  seed.checkIn({
    commitmentId: shared,
    userId: blair,
    day: addDays(lastWeek, 6),
    outcome: "missed",
    excused: true,
  });
  seed.close();

  await page.goto("/dashboard");
  const me = page.getByRole("region", { name: "You", exact: true });
  const partner = page.getByRole("region", { name: "Blair" });
  await expect(me.getByTestId("this-week-me")).toContainText("Kept 1 of 14");
  await expect(me.getByTestId("rate-me")).toHaveText("100 %");
  await expect(partner.getByTestId("this-week-partner")).toContainText("Kept 0 of 7");
  // The first answer of a week is "—", never 0 %.
  await expect(partner.getByTestId("rate-partner")).toHaveText("—");
  await expect(partner.getByTestId("streak-partner")).toHaveText("1 week in a row met the target");

  // Last week, as a table: Alex 5½ of 14 (the shared one wasn't logged), 79 %; Blair 6 of 6, 100 %.
  await me.getByText("Show as a table").click();
  const myRow = me
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${dayLabel(lastWeek)}$`) }) });
  await expect(myRow).toContainText("5½ of 14");
  await expect(myRow).toContainText("79 %");
  await expect(myRow.getByRole("cell").last()).toHaveText("7");
  await partner.getByText("Show as a table").click();
  const theirRow = partner
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${dayLabel(lastWeek)}$`) }) });
  await expect(theirRow).toContainText("6 of 6");
  await expect(theirRow).toContainText("100 %");

  // The calendar tells statuses apart without colour: its summary counts them.
  await expect(me.getByRole("img", { name: /6 kept, 1 partly \/ mixed, 1 missed/ })).toBeVisible();
  await expect(partner.getByRole("img", { name: /6 kept, 1 excused/ })).toBeVisible();

  // Blair sees the same figures for Alex, from the other side.
  await b.page.goto("/dashboard");
  await expect(
    b.page.getByRole("region", { name: user.name }).getByTestId("this-week-partner"),
  ).toContainText("Kept 1 of 14");

  // Filters: only me, four weeks.
  await page.getByText("Filters", { exact: true }).click();
  await page.getByLabel("Person").selectOption("me");
  await page.getByLabel("Range").selectOption("4w");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/range=4w/);
  await expect(page.getByRole("region", { name: "Blair" })).toHaveCount(0);

  // Streaks are optional: shown by default, hidden once turned off in settings.
  await expect(page.getByTestId("streak-me")).toHaveText("No streak right now");
  await page.goto("/settings");
  await page.getByRole("checkbox", { name: /Show streaks on the dashboard/ }).uncheck();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await page.goto("/dashboard?person=me&range=4w");
  await expect(page.getByTestId("this-week-me")).toBeVisible();
  await expect(page.getByTestId("streak-me")).toHaveCount(0);

  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  await page.goto("/dashboard");
  const full = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(full.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  await b.context.close();
});

/** "16 Nov" as the table labels weeks (formatDay without the weekday). */
function dayLabel(day: string) {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

test("an empty dashboard explains what will appear", async ({ browser, page, user }) => {
  const b = await secondPerson(browser, "Blair");
  await link(page, b.page, user.name);
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "You", exact: true })).toContainText("Nothing to show yet");
  await expect(page.getByRole("region", { name: "Blair" })).toContainText("Once Blair makes a commitment");
  await b.context.close();
});
