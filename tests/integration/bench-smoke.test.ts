// Keeps the benches of issue #8 from rotting. The dashboard bench on a tiny history, in-process.
// The HTTP bench: `npm run bench:http` on a tiny dataset, end to end
// (seed, server, sign-in, every load, the table and the results file). It serves the production
// build when `.next` holds a current one (`npm test` builds first) and `next dev` otherwise, so it
// never spends a build of its own; the figures themselves mean nothing here.
// On PostgreSQL when TEST_DATABASE_URL is set, as the rest of the suite.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { benchDashboard, formatDashboardTable } from "../../bench/dashboard/measure";
import type { HttpBenchResult } from "../../bench/http/run";
import { buildIsCurrent } from "../../bench/http/server";
import { createTestDb } from "../support/test-db";

const root = path.join(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "kept-bench-smoke-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("the HTTP bench runs on a tiny dataset and writes every figure", { timeout: 180_000 }, () => {
  const out = path.join(dir, "results.json");
  const stdout = execFileSync(
    process.execPath,
    [
      path.join(root, "node_modules/tsx/dist/cli.mjs"),
      "bench/http/cli.ts",
      "--mode",
      buildIsCurrent() ? "production" : "dev",
      "--couples",
      "2",
      "--years",
      "0.05",
      "--per-person",
      "1",
      "--connections",
      "2",
      "--seconds",
      "2",
      "--rounds",
      "2",
      "--out",
      out,
    ],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: process.env },
  );
  expect(stdout).toContain("1 ratio b/a");
  expect(stdout).toContain("2 check-in mutation");
  expect(stdout).toContain("2 check-in, 1 connection");
  const { http } = JSON.parse(readFileSync(out, "utf8")) as { http: Record<string, HttpBenchResult> };
  const result = Object.values(http)[0];
  if (!result) throw new Error("no results written");
  expect(result.dataset.couples).toBe(2);
  expect(result.dataset.checkIns).toBeGreaterThan(0);
  expect(result.rounds).toHaveLength(2);
  expect(result.memory.afterRoundBytes).toHaveLength(2);
  // Every request answered 2xx: sign-in, the session cookie and the procedures' inputs still fit.
  const loads = [
    ...result.rounds.flatMap((r) => [r.constant, r.dashboard]),
    result.writes.today,
    result.writes.checkIn,
    result.writes.alone.constant,
    result.writes.alone.checkIn,
  ];
  for (const figures of loads)
    expect({ non2xx: figures.non2xx, errors: figures.errors }).toEqual({ non2xx: 0, errors: 0 });
  expect(result.writes.checkIn.requests).toBeGreaterThan(0);
  expect(result.writes.alone.checkIn.requests).toBeGreaterThan(0);
  expect(result.throughput.constant.requests).toBeGreaterThan(0);
});

it("the dashboard bench runs on a tiny history, in a constant number of statements", {
  timeout: 60_000,
}, async () => {
  const { url } = await createTestDb();
  const result = await benchDashboard(url, { yearsLong: 2, perPerson: 1, runs: 2, warmup: 1 });
  const [one, two] = result.figures;
  expect(formatDashboardTable(result)).toContain("÷ aggregate [≤ 2×]");
  expect(two.checkIns).toBeGreaterThan(one.checkIns);
  // Not timings (those are the bench's), but what the code does: the same statements whatever
  // the history, within the target, and fewer when the cached answer is current.
  expect(two.statementsCold).toBe(one.statementsCold);
  expect(one.statementsCold).toBeLessThanOrEqual(6);
  expect(one.statementsWarm).toBeLessThan(one.statementsCold);
  for (const f of result.figures)
    expect(Math.min(f.coldMs, f.warmMs, f.aggregateMs, f.rowsMs)).toBeGreaterThan(0);
});
