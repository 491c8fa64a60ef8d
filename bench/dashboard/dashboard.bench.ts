// `npm run bench`: the dashboard procedure against the data floor, in one run (issue #6).
// Prints its figures and the baseline each is compared with, and merges them into
// bench/results.json under dashboard.<engine>; absolute times drift between machines, the ratios
// are what the targets are about. BENCH_SCALE=tiny is a quick run that writes nothing.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { it } from "vitest";
import { createTestDb } from "../../tests/support/test-db";
import { benchDashboard, formatDashboardTable } from "./measure";

const TINY = process.env.BENCH_SCALE === "tiny";

it("dashboard: procedure vs raw SQL aggregate, 1 year vs 10 years, statements per call", {
  timeout: 900_000,
}, async () => {
  const { url } = await createTestDb();
  const result = await benchDashboard(
    url,
    TINY
      ? { yearsLong: 1, perPerson: 2, runs: 3, warmup: 1 }
      : { yearsLong: 10, perPerson: 10, runs: 101, warmup: 20 },
  );
  process.stdout.write(`\n${formatDashboardTable(result)}\n`);
  if (TINY) return;
  const out = path.join(import.meta.dirname, "../results.json");
  const previous = existsSync(out) ? (JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>) : {};
  const dashboard = (typeof previous.dashboard === "object" && previous.dashboard) || {};
  writeFileSync(
    out,
    `${JSON.stringify({ ...previous, dashboard: { ...dashboard, [result.engine]: result } }, null, 2)}\n`,
  );
  process.stdout.write(`Figures written to bench/results.json (dashboard.${result.engine}).\n`);
});
