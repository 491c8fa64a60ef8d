import type { Page } from "@playwright/test";
import { link } from "./couple";
import { expect, secondPerson, test } from "./fixtures";

// An inbox that settles: opening marks read, an answered request stops asking and leaves the bell
// and "Waiting on you", a burst is one entry, a counselor link to confirm waits on the partner.
// At a phone's size and a desktop's.

async function call(page: Page, path: string, input: Record<string, unknown>) {
  const res = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { result: { data: { json: { id: string } } } }).result.data.json;
}

const LIVE = { timeout: 15_000 };

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width}`, () => {
    test.use({ viewport });

    test("an answered proposal stops asking and leaves Waiting on you and the bell", async ({
      browser,
      page,
      user,
    }, testInfo) => {
      test.slow();
      const noa = await secondPerson(browser, "Noa");
      await link(noa.page, page, "Noa");
      const title = "We put phones in the hall at dinner";
      await call(noa.page, "boundary.propose", {
        title,
        description: "Both of us, every evening.",
        category: "communication",
        owner: "ours",
      });
      await page.goto("/home");
      await expect(page.getByRole("heading", { level: 1 })).toContainText(user.name);
      await expect(page.getByTestId("bell-count")).toHaveText("1");
      await expect(page.getByRole("list", { name: "Waiting on you" })).toContainText(title);

      await page.getByTestId("bell").click();
      const list = page.getByRole("list", { name: "Notifications" });
      await expect(list).toContainText("Noa proposed a boundary and is waiting for your answer.");
      await expect(list.getByText("Waiting on you", { exact: true })).toBeVisible();
      await list.getByRole("link", { name: `Open: ${title}` }).click();
      await page.getByRole("button", { name: "Agree to this version" }).click();
      await expect(page.getByTestId("bell-count")).toHaveCount(0);

      await page.goto("/home");
      await expect(page.getByTestId("waiting")).toHaveCount(0);
      await expect(page.getByText("Nothing is waiting on you right now.")).toBeVisible();
      await page.goto("/notifications");
      await expect(list).toContainText("Noa proposed a boundary.");
      await expect(list).not.toContainText("waiting for your answer");
      await expect(list.getByText("Nothing more to do")).toBeVisible();
      await expect(page.getByTestId("unread-count")).toHaveText("All read.");
      await page.screenshot({ path: testInfo.outputPath(`settled-${viewport.width}.png`), fullPage: true });
      await noa.context.close();
    });

    test("a burst is one entry; opening it marks it read and the bell follows", async ({
      browser,
      page,
      user,
    }, testInfo) => {
      expect(user.name).toBeTruthy();
      test.slow();
      const noa = await secondPerson(browser, "Noa");
      await link(noa.page, page, "Noa");
      for (const title of ["Walk after dinner", "Cook on Sundays", "Call my sister", "Read together"]) {
        await call(noa.page, "commitment.create", { title, who: "me", cadence: { kind: "daily" } });
      }
      await page.goto("/notifications");
      const list = page.getByRole("list", { name: "Notifications" });
      await expect(list.getByRole("listitem")).toHaveCount(1);
      await expect(list).toContainText("Noa made 4 new commitments.");
      await expect(page.getByTestId("bell-count")).toHaveText("1");
      await page.screenshot({ path: testInfo.outputPath(`burst-${viewport.width}.png`), fullPage: true });

      await list.getByRole("link", { name: "Open" }).click();
      await expect(page).toHaveURL(/\/commitments$/);
      await expect(page.getByTestId("bell-count")).toHaveCount(0, LIVE);
      await page.goto("/notifications");
      await expect(page.getByTestId("unread-count")).toHaveText("All read.");
      await noa.context.close();
    });

    test("a counselor link to confirm waits on the partner, on Home and the bell", async ({
      browser,
      page,
      user,
    }) => {
      expect(user.name).toBeTruthy();
      test.slow();
      const noa = await secondPerson(browser, "Noa");
      await link(noa.page, page, "Noa");
      await call(noa.page, "counselor.propose", { includeMyNotes: false });
      await page.goto("/home");
      const waiting = page.getByRole("list", { name: "Waiting on you" });
      await expect(waiting).toContainText("A counselor link to confirm or decline");
      await expect(page.getByTestId("bell-count")).toHaveText("1");
      await waiting.getByRole("link").click();
      await expect(page).toHaveURL(/\/counselor$/);
      await noa.context.close();
    });
  });
}
