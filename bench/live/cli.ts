// `npm run bench:live [-- options]`: the live-updates figures of issue #18 (docs/performance.md).
// Runs on SQLite (one instance), then on PostgreSQL across two instances when a server is given
// (--postgres URL or TEST_DATABASE_URL). Prints a table and merges the figures into
// bench/results.json under live.<engine>.
//   BENCH_SCALE=tiny   a quick run (4 couples, 2 s)
//   --couples N (200) --seconds S (20) --every S (1: each couple's check-ins S seconds apart)
//   --rebuild --out FILE
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { root } from "../http/server";
import { type Latency, type LiveBenchResult, runLiveBench } from "./run";

const tiny = process.env.BENCH_SCALE === "tiny";
const { values } = parseArgs({
  options: {
    couples: { type: "string", default: tiny ? "4" : "200" },
    seconds: { type: "string", default: tiny ? "2" : "20" },
    every: { type: "string", default: "1" },
    postgres: { type: "string", default: process.env.TEST_DATABASE_URL },
    rebuild: { type: "boolean", default: false },
    out: { type: "string", default: path.join(root, "bench/results.json") },
  },
});
const positive = (name: string, value: string | undefined) => {
  const n = Math.round(Number(value));
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number (got ${value})`);
  return n;
};
const couples = positive("couples", values.couples);
const seconds = positive("seconds", values.seconds);
const every = positive("every", values.every);

const results: LiveBenchResult[] = [];
for (const postgresServerUrl of [undefined, values.postgres || undefined]) {
  if (results.length && !postgresServerUrl) break;
  results.push(
    await runLiveBench({
      postgresServerUrl,
      couples,
      seconds,
      every,
      rebuild: values.rebuild && results.length === 0,
      log: (line) => process.stderr.write(line),
    }),
  );
}

const n = (x: number, digits = 0) =>
  x.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const lat = (l: Latency) =>
  `p50 ${n(l.p50Ms)} ms, p99 ${n(l.p99Ms)} ms, max ${n(l.maxMs)} ms (${l.events} events, ${l.lost} lost, ${l.unmatched} unmatched)`;
const lines: string[] = [];
for (const r of results) {
  const where = r.instances === 1 ? "one instance" : `${r.instances} instances, partner on another`;
  lines.push(
    `${r.engine} (${where}): ${r.couples} couples, ${r.streams} open streams, a check-in per couple every ${r.every} s, ${r.seconds} s`,
    `  check-ins (the action)    ${n(r.actions.perSecond)}/s, p50 ${n(r.actions.p50Ms)} ms, p99 ${n(r.actions.p99Ms)} ms, ${r.actions.failed} failed`,
    ...r.actions.failures.map((f) => `    failed: ${f}`),
    `  → partner's page          ${lat(r.partner)}   target p99 ≤ 1,000 ms: ${r.partner.p99Ms <= 1000 && r.partner.lost === 0 ? "met" : "NOT MET"}`,
    `  → actor's own page        ${lat(r.own)}`,
    `  RSS per open stream       ${r.rssPerStreamBytes === null ? "n/a" : `${n(r.rssPerStreamBytes / 1024, 1)} kB`} (${r.memory
      .map(
        (m) =>
          `instance ${m.instance}: ${n((m.beforeBytes ?? 0) / 2 ** 20)} → ${n((m.withBytes ?? 0) / 2 ** 20)} MB with ${m.streams}`,
      )
      .join("; ")})`,
    `  baseline: the check-in's own latency above (an event can't arrive before its commit)`,
  );
}
process.stdout.write(`\n${lines.join("\n")}\n`);
const out = values.out ?? path.join(root, "bench/results.json");
const previous = existsSync(out) ? (JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>) : {};
const live = (typeof previous.live === "object" && previous.live) || {};
const merged = { ...live, ...Object.fromEntries(results.map((r) => [r.engine, r])) };
writeFileSync(out, `${JSON.stringify({ ...previous, live: merged }, null, 2)}\n`);
process.stdout.write(`Figures written to ${path.relative(process.cwd(), out)} (live).\n`);
