// Issue #23: two partners, each pinned to a different instance behind nginx. What one does reaches
// the other's open page through PostgreSQL (LISTEN/NOTIFY), not through a shared process.
import { expect, test } from "../e2e/fixtures";
import { clusterState, pinnedPerson } from "./cluster";
import { CLUSTER_METRICS_TOKEN } from "./global-setup";
import { partnersSeeEachOtherLive } from "./live-partners";

test("partners on different instances see each other's actions live", async ({ browser }) => {
  const a = await pinnedPerson(browser, "Avery", 1);
  const b = await pinnedPerson(browser, "Blair", 2);
  // The pins hold: every answer names the instance that served it.
  const servedBy = async (who: typeof a) =>
    (await who.context.request.get("/api/health")).headers()["x-kept-instance"];
  expect(await servedBy(a)).toBe("app1");
  expect(await servedBy(b)).toBe("app2");

  await partnersSeeEachOtherLive(a, b);

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
