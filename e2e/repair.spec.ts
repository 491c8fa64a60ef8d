import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { link } from "./couple";
import { expect, secondPerson, test } from "./fixtures";

// Issue #21: taking responsibility and the weekly talk, between two browsers. Open pages follow
// the partner through live updates (the waits allow for a production build on a loaded machine).
const LIVE = { timeout: 10_000 };

/** Today's weekday in Berlin, where the fixtures' people live: their talk is open today. */
const todayInBerlin = () =>
  new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "Europe/Berlin" }).format(new Date());

async function chooseTalkDay(page: Page) {
  await page.goto("/talk");
  await page.getByLabel("Our talk day", { exact: true }).selectOption({ label: todayInBerlin() });
  await page.getByRole("button", { name: "Choose this day" }).click();
  await expect(page.getByTestId("talk-status")).toBeVisible();
}

async function answerTalk(page: Page, tag: string) {
  const form = page.getByRole("region", { name: "Your answers" });
  await form.getByLabel("Something I appreciated about you this week").fill(`${tag}: you made dinner`);
  await form.getByLabel("Something that went well between us").fill(`${tag}: our Sunday walk`);
  await form.getByLabel("Something that was hard").fill(`${tag}: the phone call on Tuesday`);
  await form.getByLabel("One request for the coming week").fill(`${tag}: call me when you're late`);
  await form.getByRole("button", { name: "Share my answers" }).click();
}

/** The page as the server renders it (HTML), and its RSC payload, as that person's browser gets them. */
async function serverRendered(page: Page, path: string) {
  const html = await (await page.request.get(path)).text();
  const rsc = await (await page.request.get(path, { headers: { RSC: "1" } })).text();
  return html + rsc;
}

test("amends to 'let's talk', then the weekly talk: revealed together, reflected, confirmed", async ({
  browser,
  page,
  user,
}) => {
  test.slow(); // two browsers and a production build on a loaded machine
  const b = await secondPerson(browser, "Blair");
  await link(page, b.page, user.name);

  // A writes an amends and shares it.
  await page.goto("/amends/new");
  await page.getByLabel("What I did").fill("I read your messages without asking.");
  await page
    .getByLabel("The impact I understand it had on you")
    .fill("You felt your privacy didn't matter to me.");
  await page.getByLabel("What I will do differently").fill("I will ask before I pick up your phone.");
  await page.getByRole("button", { name: "Share with Blair" }).click();
  await expect(page).toHaveURL(/\/amends\/(?!new$)[^/]+$/);
  const amendsUrl = page.url();

  // B answers "I'd like us to talk about it".
  await b.page.goto(amendsUrl);
  await expect(b.page.getByText("I read your messages without asking.")).toBeVisible();
  await b.page.getByRole("radio", { name: "I'd like us to talk about it" }).check();
  await b.page.getByRole("button", { name: "Send my answer" }).click();
  await expect(b.page.getByTestId("amends-status")).toContainText("next weekly talk");
  await expect(page.getByTestId("amends-status")).toContainText("next weekly talk", LIVE);
  // Under "Change your answer" the answer given is the one chosen, after a reload too.
  await expect(b.page.getByRole("radio", { name: "I'd like us to talk about it" })).toBeChecked();
  await b.page.reload();
  await expect(b.page.getByRole("group", { name: "Change your answer" })).toBeVisible();
  await expect(b.page.getByRole("radio", { name: "I'd like us to talk about it" })).toBeChecked();

  // The weekly talk shows it, for both.
  await chooseTalkDay(page);
  await expect(page.getByRole("region", { name: "Amends to talk about" })).toContainText(
    "I read your messages without asking.",
  );
  await b.page.goto("/talk");
  await expect(b.page.getByRole("region", { name: "Amends to talk about" })).toContainText(
    "I read your messages without asking.",
  );

  // B answers first: A's open page learns that B has answered, never what.
  await answerTalk(b.page, "BLAIR");
  await expect(b.page.getByTestId("talk-status")).toContainText("You've shared your answers");
  await expect(page.getByTestId("talk-status")).toContainText("Blair has shared their answers", LIVE);
  expect(await serverRendered(page, "/talk")).not.toContain("BLAIR:");

  // A answers: revealed to both at once.
  await answerTalk(page, "AVERY");
  await expect(page.getByTestId("partner-hard")).toContainText("BLAIR: the phone call on Tuesday");
  await expect(b.page.getByTestId("partner-hard")).toContainText("AVERY: the phone call on Tuesday", LIVE);

  // B reflects A's "hard" answer; A says "Yes, that's it".
  const hardForB = b.page.getByRole("region", { name: "Something that was hard" });
  await hardForB.getByLabel("What I heard you say…").fill("The call on Tuesday hurt.");
  await hardForB.getByRole("button", { name: "Say it back" }).click();
  const hardForA = page.getByRole("region", { name: "Something that was hard" });
  await expect(hardForA.getByTestId("mine-hard")).toContainText("The call on Tuesday hurt.", LIVE);
  await hardForA.getByRole("radio", { name: "Yes, that's it" }).check();
  await hardForA.getByRole("button", { name: "Send" }).click();
  await expect(hardForA.getByTestId("mine-hard")).toContainText("“Yes, that's it.”");
  await expect(hardForB.getByTestId("partner-hard")).toContainText("“Yes, that's it.”", LIVE);

  // The talk, the amends and the journey pass axe (WCAG A/AA).
  for (const path of ["/talk", amendsUrl, "/amends/new", "/journey"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.length}`)).toEqual([]);
  }
  await b.context.close();
});

test("a draft and an unrevealed answer are in none of the partner's pages, payloads or downloads", async ({
  browser,
  page,
  user,
}) => {
  test.slow();
  const b = await secondPerson(browser, "Blair");
  await link(page, b.page, user.name);
  await page.goto("/amends/new");
  await page.getByLabel("What I did").fill("DRAFTWORDS what I did");
  await page.getByLabel("The impact I understand it had on you").fill("DRAFTWORDS impact");
  await page.getByLabel("What I will do differently").fill("DRAFTWORDS different");
  await page.getByRole("button", { name: "Save as a private draft" }).click();
  await expect(page).toHaveURL(/\/amends\/(?!new$)[^/]+$/);
  const draftPath = new URL(page.url()).pathname;
  await chooseTalkDay(page);
  await answerTalk(page, "UNREVEALEDWORDS");
  await expect(page.getByTestId("talk-status")).toContainText("You've shared your answers");

  for (const path of [
    "/home",
    "/amends",
    draftPath,
    "/talk",
    "/talk/past",
    "/journey",
    "/notifications",
    "/dashboard",
  ]) {
    const seen = await serverRendered(b.page, path);
    expect(seen, path).not.toContain("DRAFTWORDS");
    expect(seen, path).not.toContain("UNREVEALEDWORDS");
  }
  const exported = await (await b.page.request.get("/api/account/export?format=json")).text();
  expect(exported).not.toMatch(/DRAFTWORDS|UNREVEALEDWORDS/);
  // A's own download has both.
  const own = await (await page.request.get("/api/account/export?format=json")).text();
  expect(own).toContain("DRAFTWORDS");
  expect(own).toContain("UNREVEALEDWORDS");
  await b.context.close();
});

test("on the talk day each partner is told, once, that the talk is ready", async ({
  browser,
  page,
  user,
}) => {
  const b = await secondPerson(browser, "Blair");
  await link(page, b.page, user.name);
  await chooseTalkDay(page);
  // The scheduler runs every 3 s here (playwright.config.ts); its notification wakes the open page.
  await b.page.goto("/notifications");
  const told = b.page
    .getByRole("list", { name: "Notifications" })
    .getByRole("listitem")
    .filter({ hasText: "Today is your weekly talk day" });
  await expect(told).toHaveCount(1, { timeout: 20_000 });
  // Rounds later, still one.
  await page.waitForTimeout(7_000);
  await b.page.reload();
  await expect(told).toHaveCount(1);
  await told.getByRole("link", { name: "Open" }).click();
  await expect(b.page).toHaveURL(/\/talk\/\d{4}-\d{2}-\d{2}$/);
  await expect(b.page.getByRole("region", { name: "Your answers" })).toBeVisible();
  await b.context.close();
});
