// `npm run bench:cluster [-- options]`: throughput and check-in latency at 32 connections for 1, 2
// and 3 instances behind nginx on one PostgreSQL database, against the constant route through the
// same nginx, in one run (issue #23; docs/performance.md). Needs nginx and a PostgreSQL server
// (--postgres URL or TEST_DATABASE_URL). Merges its figures into bench/results.json under cluster.
//   --connections C (32) --seconds S (15) --instances N (3)   BENCH_SCALE=tiny: 4 connections, 2 s
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { root } from "../http/server";
import { runClusterBench } from "./run";

const tiny = process.env.BENCH_SCALE === "tiny";
const { values } = parseArgs({
  options: {
    connections: { type: "string", default: tiny ? "4" : "32" },
    seconds: { type: "string", default: tiny ? "2" : "15" },
    instances: { type: "string", default: "3" },
    postgres: { type: "string", default: process.env.TEST_DATABASE_URL },
    out: { type: "string", default: path.join(root, "bench/results.json") },
  },
});
if (!values.postgres) {
  console.error("bench:cluster needs a PostgreSQL server: --postgres URL or TEST_DATABASE_URL");
  process.exit(2);
}
const result = await runClusterBench({
  postgresServerUrl: values.postgres,
  connections: Number(values.connections),
  seconds: Number(values.seconds),
  maxInstances: Number(values.instances),
  log: (line) => process.stderr.write(line),
});

const n = (x: number) => x.toLocaleString("en", { maximumFractionDigits: 0 });
const one = result.rows[0];
const lines = [
  `instances behind nginx, ${result.connections} connections, ${result.seconds} s each (${result.machine.cpus} cores)`,
  "instances | constant req/s, p99 | check-in req/s, p50, p99 | check-in req/s ÷ 1 instance | check-in p99 ÷ constant p99",
];
for (const r of result.rows) {
  const scale = one ? r.checkIn.requestsPerSecond / one.checkIn.requestsPerSecond : 0;
  const p99 = r.constant.p99Ms ? r.checkIn.p99Ms / r.constant.p99Ms : 0;
  lines.push(
    `${r.instances} | ${n(r.constant.requestsPerSecond)}, ${n(r.constant.p99Ms)} ms | ${n(r.checkIn.requestsPerSecond)}, ${n(r.checkIn.p50Ms)} ms, ${n(r.checkIn.p99Ms)} ms${r.checkIn.non2xx || r.checkIn.errors ? ` (${r.checkIn.non2xx} non-2xx, ${r.checkIn.errors} errors)` : ""} | ${scale.toFixed(2)}×${r.instances === 2 ? ` (target ≥ 1.6×: ${scale >= 1.6 ? "met" : "NOT MET"})` : ""} | ${p99.toFixed(2)}× (target ≤ 2×: ${p99 <= 2 ? "met" : "NOT MET"})`,
  );
}
process.stdout.write(`\n${lines.join("\n")}\n`);
const out = values.out ?? path.join(root, "bench/results.json");
const previous = existsSync(out) ? (JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>) : {};
writeFileSync(out, `${JSON.stringify({ ...previous, cluster: result }, null, 2)}\n`);
process.stdout.write(`Figures written to ${path.relative(process.cwd(), out)} (cluster).\n`);
