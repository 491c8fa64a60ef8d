import type { Page } from "@playwright/test";
import { link } from "./couple";
import { expect, fakeIp, secondPerson, signInOverHttp, test } from "./fixtures";
import { openE2EDb } from "./seed";

// `npm run screenshots`: Home, Today and the dashboard at a phone's size (390×844) with a few
// weeks of history, written to docs/screenshots/ for the README. Skipped in the normal e2e run.
// SCREENSHOT_DIR writes them elsewhere (e.g. to look at desktop ones: SCREENSHOT_SIZE=desktop);
// SCREENSHOT_THEME=dark takes them on a device set to dark, as home-dark.png and so on.

test.skip(!process.env.SCREENSHOTS, "only for npm run screenshots");

const dir = process.env.SCREENSHOT_DIR ?? "docs/screenshots";
const desktop = process.env.SCREENSHOT_SIZE === "desktop";
const dark = process.env.SCREENSHOT_THEME === "dark";
const file = (name: string) => `${dir}/${name}${dark ? "-dark" : ""}.png`;

const berlinToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
function addDays(day: string, n: number) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

async function create(page: Page, input: Record<string, unknown>): Promise<string> {
  const res = await page.request.post("/api/trpc/commitment.create", { data: { json: input } });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
}

test("screenshots of Home, Today and the dashboard", async ({ browser, page, user }) => {
  test.setTimeout(180_000);
  const b = await secondPerson(browser, "Sam");
  await link(page, b.page, user.name);
  const ids = [
    await create(page, { title: "Text when I'm out late", who: "me", cadence: { kind: "daily" } }),
    await create(page, { title: "Phones away at dinner", who: "both", cadence: { kind: "daily" } }),
    await create(page, { title: "Walk together", who: "both", cadence: { kind: "timesPerWeek", times: 3 } }),
    await create(page, { title: "Ten minutes of honest talk", who: "me", cadence: { kind: "daily" } }),
  ];
  const seed = openE2EDb();
  const me = seed.userId(user.email);
  const sam = seed.userId(b.user.email);
  const today = berlinToday();
  for (const id of ids) seed.startCommitment(id, addDays(today, -70));
  const pattern = ["kept", "kept", "partly", "kept", "missed", "kept", "kept", "kept", "not-applicable"];
  for (let d = 1; d <= 63; d++) {
    const day = addDays(today, -d);
    seed.checkIn({
      commitmentId: ids[0] ?? "",
      userId: me,
      day,
      outcome: pattern[d % pattern.length] ?? "kept",
    });
    seed.checkIn({ commitmentId: ids[1] ?? "", userId: me, day, outcome: pattern[(d + 3) % 8] ?? "kept" });
    seed.checkIn({ commitmentId: ids[1] ?? "", userId: sam, day, outcome: pattern[(d + 1) % 7] ?? "kept" });
    if (d % 2 === 0) seed.checkIn({ commitmentId: ids[2] ?? "", userId: sam, day, outcome: "kept" });
  }
  seed.checkIn({ commitmentId: ids[1] ?? "", userId: sam, day: today, outcome: "kept" });

  const context = await browser.newContext({
    ...(desktop
      ? { viewport: { width: 1280, height: 800 } }
      : { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }),
    colorScheme: dark ? "dark" : "light",
    extraHTTPHeaders: { "x-forwarded-for": fakeIp() },
  });
  await signInOverHttp(context, user);
  const phone = await context.newPage();
  await phone.goto("/home");
  // Two of four answered, as in the middle of a day.
  await phone
    .getByRole("region", { name: "Text when I'm out late" })
    .getByRole("button", { name: "Kept" })
    .click();
  await phone
    .getByRole("region", { name: "Phones away at dinner" })
    .getByRole("button", { name: "Partly" })
    .click();
  await expect(phone.getByTestId("progress")).toHaveText(/2 of 4 done/);
  await phone.waitForTimeout(9_000); // past the Undo
  await phone.reload();
  // Each page once it has streamed in (not its "Loading…").
  await expect(phone.getByTestId("progress")).toBeVisible();
  await phone.screenshot({ path: file("home") });
  await phone.goto("/today");
  await expect(phone.getByRole("heading", { level: 1 })).toBeVisible();
  await phone.screenshot({ path: file("today") });
  await phone.goto("/dashboard");
  await expect(phone.getByRole("region", { name: "You", exact: true })).toBeVisible();
  await phone.screenshot({ path: file("dashboard"), fullPage: Boolean(process.env.SCREENSHOT_FULL) });
  await context.close();
  await b.context.close();
});
