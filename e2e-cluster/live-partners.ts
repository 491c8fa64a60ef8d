// The two-partner flow of the cluster and deploy tests: each partner's browser talks to another
// instance (nginx pins, or another pod's port), and what one does reaches the other's open page
// through PostgreSQL (LISTEN/NOTIFY), not through a shared process.
import type { BrowserContext, Page } from "@playwright/test";
import { link } from "../e2e/couple";
import { type E2EUser, expect } from "../e2e/fixtures";

const LIVE = { timeout: 8_000 };
type Person = { context: BrowserContext; page: Page; user: E2EUser };

/** Links A and B, then: A's proposal rings B's bell, and B's agreement turns A's open page. */
export async function partnersSeeEachOtherLive(a: Person, b: Person) {
  await link(a.page, b.page, a.user.name);

  // B waits on Home; A proposes a boundary.
  await b.page.goto("/home");
  await expect(b.page.getByTestId("bell")).toBeVisible();
  await expect(b.page.getByTestId("bell-count")).toHaveCount(0);
  const title = "We say where we are going when we leave";
  const proposed = await a.context.request.post("/api/trpc/boundary.propose", {
    data: {
      json: { title, description: "A short message is enough.", category: "privacy-phones", owner: "mine" },
    },
  });
  expect(proposed.status(), await proposed.text()).toBe(200);
  const { id } = ((await proposed.json()) as { result: { data: { json: { id: string } } } }).result.data.json;
  await expect(b.page.getByTestId("bell-count")).toHaveText("1", LIVE);

  // A watches the boundary; B agrees on it.
  await a.page.goto(`/boundaries/${id}`);
  await expect(a.page.getByTestId("boundary-status")).toHaveText(
    new RegExp(`Waiting for ${b.user.name} to answer`),
  );
  await b.page.goto(`/boundaries/${id}`);
  await b.page.getByRole("button", { name: "Agree to this version" }).click();
  await expect(b.page.getByTestId("boundary-status")).toHaveText("Active. You both agreed to it.");
  await expect(a.page.getByTestId("boundary-status")).toHaveText("Active. You both agreed to it.", LIVE);
}
