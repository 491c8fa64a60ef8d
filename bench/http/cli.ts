// `npm run bench:http [-- options]`: figures 1, 2, 4 and 5 of issue #8 (see docs/performance.md).
// Prints a table and merges its figures into bench/results.json under http.<engine>.
//   BENCH_SCALE=tiny           a quick run on a tiny dataset
//   TEST_DATABASE_URL=postgresql://…   on PostgreSQL (a database is created in that server and dropped)
//   --couples N --years Y --per-person K --connections C --seconds S --rounds R
//   --mode dev (no build, no page weights) --rebuild (build even when .next is current) --out FILE
//   --cpu-prof DIR             the server writes a V8 CPU profile into DIR when it stops
//                              (open it in Chrome DevTools, or summarise it: bench/http/profile-top.ts)
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { LoadFigures } from "./client";
import { type HttpBenchResult, runHttpBench } from "./run";
import { root } from "./server";

const tiny = process.env.BENCH_SCALE === "tiny";
const { values } = parseArgs({
  options: {
    couples: { type: "string", default: tiny ? "4" : "200" },
    years: { type: "string", default: tiny ? "0.1" : "1" },
    "per-person": { type: "string", default: tiny ? "2" : "3" },
    connections: { type: "string", default: tiny ? "4" : "32" },
    seconds: { type: "string", default: tiny ? "2" : "20" },
    rounds: { type: "string", default: "3" },
    mode: { type: "string", default: "production" },
    rebuild: { type: "boolean", default: false },
    postgres: { type: "string", default: process.env.TEST_DATABASE_URL },
    out: { type: "string", default: path.join(root, "bench/results.json") },
    "cpu-prof": { type: "string" },
  },
});

const positive = (name: string, value: string | undefined) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number (got ${value})`);
  return n;
};
if (values.mode !== "production" && values.mode !== "dev") throw new Error("--mode is production or dev");

const result = await runHttpBench({
  postgresServerUrl: values.postgres || undefined,
  couples: Math.round(positive("couples", values.couples)),
  years: positive("years", values.years),
  perPerson: Math.round(positive("per-person", values["per-person"])),
  connections: Math.round(positive("connections", values.connections)),
  seconds: Math.round(positive("seconds", values.seconds)),
  rounds: Math.round(positive("rounds", values.rounds)),
  mode: values.mode,
  rebuild: values.rebuild,
  cpuProfileDir: values["cpu-prof"] ? path.resolve(values["cpu-prof"]) : undefined,
  log: (line) => process.stderr.write(line),
});

process.stdout.write(`\n${formatTable(result)}\n`);
const out = values.out ?? path.join(root, "bench/results.json");
const previous = existsSync(out) ? (JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>) : {};
const http = (typeof previous.http === "object" && previous.http) || {};
writeFileSync(
  out,
  `${JSON.stringify({ ...previous, http: { ...http, [result.engine]: result } }, null, 2)}\n`,
);
process.stdout.write(`Figures written to ${path.relative(process.cwd(), out)} (http.${result.engine}).\n`);

/** Targets of issue #8 and whether this run meets them. */
function formatTable(r: HttpBenchResult) {
  const n = (x: number, digits = 0) =>
    x.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const lat = (f: LoadFigures) =>
    `${n(f.requestsPerSecond)} req/s, p50 ${n(f.p50Ms)} ms, p99 ${n(f.p99Ms)} ms${f.non2xx || f.errors ? ` (${f.non2xx} non-2xx, ${f.errors} errors)` : ""}`;
  const mb = (b: number | null) => (b === null ? "n/a" : `${n(b / 2 ** 20, 1)} MB`);
  const verdict = (ok: boolean) => (ok ? "met" : "NOT MET");
  const t = r.throughput;
  const rows: string[][] = [
    ["figure", "measured", "baseline (same run)", "target", ""],
    [
      "seed",
      `${n(r.dataset.checkInsPerSecond)} check-ins/s (${n(r.dataset.checkIns)} in ${n(r.dataset.seedSeconds, 1)} s incl. people)`,
      "",
      r.engine === "sqlite" ? "≥ 50,000/s" : "report",
      r.engine === "sqlite" ? verdict(r.dataset.checkInsPerSecond >= 50_000) : "",
    ],
    ["1a constant route", lat(t.constant), "", "", ""],
    ["1b dashboard query", lat(t.dashboard), "1a", "", ""],
    [
      "1 ratio b/a (median of rounds)",
      n(t.ratio, 2),
      `rounds: ${r.rounds.map((x) => n(x.ratio, 2)).join(", ")}`,
      "≥ 0.5",
      verdict(t.ratio >= 0.5),
    ],
    ["2 today query", lat(r.writes.today), `1a last round: p99 ${n(r.writes.baseline.p99Ms)} ms`, "", ""],
    [
      "2 check-in mutation",
      lat(r.writes.checkIn),
      `1a last round: p99 ${n(r.writes.baseline.p99Ms)} ms`,
      "p99 < 50 ms",
      verdict(r.writes.checkIn.p99Ms < 50),
    ],
    [
      `2 check-in, ${r.writes.alone.connections} connection`,
      lat(r.writes.alone.checkIn),
      `1a, ${r.writes.alone.connections} connection: ${lat(r.writes.alone.constant)}`,
      "(unqueued cost)",
      "",
    ],
    ...(r.pageWeight ?? []).map((p) => [
      `4 first-load JS ${p.page}`,
      `${n(p.gzipBytes / 1000, 1)} kB gzip (${p.files} files, HTTP ${p.status})`,
      "",
      p.page === "dashboard" ? "≤ 160 kB" : "report",
      p.page === "dashboard" ? verdict(p.gzipBytes <= 160_000) : "",
    ]),
    [
      "5 server RSS after rounds",
      r.memory.afterRoundBytes.map(mb).join(" → "),
      `after warm-up ${mb(r.memory.afterWarmupBytes)}`,
      "no growth (≤ +5 %)",
      r.memory.growthLastVsFirst === null
        ? "n/a"
        : `${n(r.memory.growthLastVsFirst * 100, 1)} % ${verdict(r.memory.growthLastVsFirst <= 0.05)}`,
    ],
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  const engine = r.engine === "sqlite" ? "SQLite" : "PostgreSQL";
  return [
    `HTTP bench (${engine}, ${r.dataset.couples} couples × ${r.dataset.years} year(s), ${r.dataset.perPerson} daily commitments per person; ` +
      `${r.load.connections} connections × ${r.load.seconds} s, ${r.load.rounds} rounds, ${r.load.signedInPeople} signed-in people; ` +
      `next ${r.machine.mode === "dev" ? "dev" : "start"}; ${r.machine.cpus} × ${r.machine.cpuModel}; Node ${r.machine.node})`,
    ...rows.map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    ),
  ].join("\n");
}
