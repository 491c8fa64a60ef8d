// Issue #23: two partners, each pinned to a different instance behind nginx. What one does reaches
// the other's open page through PostgreSQL (LISTEN/NOTIFY), not through a shared process.
import { link } from "../e2e/couple";
import { expect, test } from "../e2e/fixtures";
import { clusterState, pinnedPerson } from "./cluster";
import { CLUSTER_METRICS_TOKEN } from "./global-setup";

const LIVE = { timeout: 8_000 };

test("partners on different instances see each other's actions live", async ({ browser }) => {
  const a = await pinnedPerson(browser, "Avery", 1);
  const b = await pinnedPerson(browser, "Blair", 2);
  // The pins hold: every answer names the instance that served it.
  const servedBy = async (who: typeof a) =>
    (await who.context.request.get("/api/health")).headers()["x-kept-instance"];
  expect(await servedBy(a)).toBe("app1");
  expect(await servedBy(b)).toBe("app2");

  await link(a.page, b.page, a.user.name);

  // B waits on Home (instance 2); A proposes a boundary (instance 1).
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

  // A watches the boundary (instance 1); B agrees on it (instance 2).
  await a.page.goto(`/boundaries/${id}`);
  await expect(a.page.getByTestId("boundary-status")).toHaveText(/Waiting for Blair to answer/);
  await b.page.goto(`/boundaries/${id}`);
  await b.page.getByRole("button", { name: "Agree to this version" }).click();
  await expect(b.page.getByTestId("boundary-status")).toHaveText("Active. You both agreed to it.");
  await expect(a.page.getByTestId("boundary-status")).toHaveText("Active. You both agreed to it.", LIVE);

  // Each instance's metrics (read directly, with the token): its open streams and its pool.
  const metrics = await (
    await fetch(`http://127.0.0.1:${clusterState().instances[1]?.port}/api/metrics`, {
      headers: { authorization: `Bearer ${CLUSTER_METRICS_TOKEN}` },
    })
  ).text();
  expect(Number(/^kept_live_streams_open (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
  // The pool's counters are there (its idle connections close after 10 s, so any may be 0).
  for (const state of ["busy", "idle", "waiting"]) {
    expect(metrics).toMatch(new RegExp(`^kept_db_pool_connections\\{state="${state}"\\} \\d+$`, "m"));
  }
  await a.context.close();
  await b.context.close();
});
