// `npm run bench:durability [-- options]`: issue #7, suite 7 (see docs/performance.md, "Load with
// nothing lost"). Prints a table and merges the run into bench/durability/results.json under its engine.
//   TEST_DATABASE_URL=postgresql://…   on PostgreSQL (a database is created in that server and dropped)
//   --clients N (50) --seconds S (60)  a quick run: --clients 6 --seconds 10
//   --years Y (1) --per-person K (3) --days D (7) --backup-every S (10)
//   --kill (SIGKILL the server instead of SIGTERM) --skip-adapter-check --rebuild --keep --out FILE
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { root } from "../http/server";
import { type DurabilityResult, runDurabilityBench } from "./run";

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "50" },
    seconds: { type: "string", default: "60" },
    years: { type: "string", default: "1" },
    "per-person": { type: "string", default: "3" },
    days: { type: "string", default: "7" },
    "backup-every": { type: "string", default: "10" },
    kill: { type: "boolean", default: false },
    "skip-adapter-check": { type: "boolean", default: false },
    rebuild: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    postgres: { type: "string", default: process.env.TEST_DATABASE_URL },
    out: { type: "string", default: path.join(root, "bench/durability/results.json") },
  },
});

const positive = (name: string, value: string | undefined) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number (got ${value})`);
  return n;
};
const days = Math.round(positive("days", values.days));
if (days > 7) throw new Error("--days is at most 7 (today and 6 days back stay writable across a midnight)");

const result = await runDurabilityBench({
  postgresServerUrl: values.postgres || undefined,
  clients: Math.round(positive("clients", values.clients)),
  seconds: positive("seconds", values.seconds),
  years: positive("years", values.years),
  perPerson: Math.round(positive("per-person", values["per-person"])),
  days,
  backupEvery: positive("backup-every", values["backup-every"]),
  kill: values.kill,
  skipAdapterCheck: values["skip-adapter-check"],
  rebuild: values.rebuild,
  keep: values.keep,
  log: (line) => process.stderr.write(line),
});

process.stdout.write(`\n${formatTable(result)}\n`);
const out = values.out ?? path.join(root, "bench/durability/results.json");
const previous = existsSync(out) ? (JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>) : {};
writeFileSync(out, `${JSON.stringify({ ...previous, [result.engine]: result }, null, 2)}\n`);
process.stdout.write(`Figures written to ${path.relative(process.cwd(), out)} (${result.engine}).\n`);
const d = result.durability;
const failed =
  d.lost > 0 ||
  d.finalValueMismatches > 0 ||
  result.checkIn.s5xx + result.dashboard.s5xx > 0 ||
  !result.restart.healthy;
if (failed) {
  process.stdout.write(
    "FAILED: acknowledged writes lost, 5xx answers or an unhealthy restart (see above).\n",
  );
  process.exitCode = 1;
}

function formatTable(r: DurabilityResult) {
  const n = (x: number, digits = 0) =>
    x.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const lat = (f: { p50Ms: number; p95Ms: number; p99Ms: number }) =>
    `${n(f.p50Ms)} / ${n(f.p95Ms)} / ${n(f.p99Ms)} ms`;
  const d = r.durability;
  const okBackups = r.backups.filter((b) => b.ok).length;
  const durations = r.backups.map((b) => b.seconds);
  const rows: string[][] = [
    ["figure", "measured"],
    ["clients × duration", `${r.load.clients} × ${n(r.load.seconds)} s (server stopped with ${r.load.stop})`],
    [
      "check-ins sent",
      `${n(r.checkIn.requests)} (${n(r.checkIn.perSecond, 1)}/s): ${n(r.checkIn.s2xx)} 2xx (${n(r.checkIn.created)} created, ${n(r.checkIn.amended)} amended, ${n(r.checkIn.unchanged)} unchanged), ${n(r.checkIn.s4xx)} 4xx, ${n(r.checkIn.s5xx)} 5xx, ${n(r.checkIn.noAnswer)} no answer`,
    ],
    [
      "dashboards read",
      `${n(r.dashboard.requests)} (${n(r.dashboard.perSecond, 1)}/s): ${n(r.dashboard.s2xx)} 2xx, ${n(r.dashboard.s4xx)} 4xx, ${n(r.dashboard.s5xx)} 5xx, ${n(r.dashboard.noAnswer)} no answer`,
    ],
    ["check-in p50 / p95 / p99", lat(r.checkIn)],
    ["dashboard p50 / p95 / p99", lat(r.dashboard)],
    ["writes acknowledged", n(d.acknowledged)],
    [
      "writes persisted after restart",
      `${n(d.persisted)} (check-in rows + revisions; ${n(d.checkInRowsForThoseKeys)} rows for ${n(d.distinctKeysAcknowledged)} acknowledged keys)`,
    ],
    [
      "lost",
      `${n(d.lost)}${d.lost || d.finalValueMismatches ? " FAILED" : ""} (final value ≠ last acknowledged: ${d.finalValueMismatches}; rev ≠ revisions: ${d.revMismatches}; unacknowledged writes that landed: ${d.unacknowledgedLanded})`,
    ],
    [
      "restart",
      `stop ${n(r.restart.stopSeconds, 1)} s, start ${n(r.restart.startSeconds, 1)} s, health ${r.restart.healthy ? "ok" : "FAILED"}, dashboard HTTP ${r.restart.dashboardAfterRestart}`,
    ],
    [
      "server log",
      Object.entries(r.serverLog.counts)
        .map(([k, v]) => `${k}: ${v}`)
        .join(", "),
    ],
    [
      "backups during load",
      r.backups.length
        ? `${r.backups.length} (${okBackups} ok), ${n(Math.min(...durations), 2)}–${n(Math.max(...durations), 2)} s each, ${n((r.backups.at(-1)?.bytes ?? 0) / 2 ** 20, 1)} MB; ${r.backups.at(-1)?.integrity ?? ""}${r.backups.at(-1)?.checkIns === null ? "" : `; ${n(r.backups.at(-1)?.checkIns ?? 0)} check-ins in the last copy`}`
        : "none (the run was shorter than the first backup's start)",
    ],
    ...(r.adapterCheck ?? []).map((s) => [
      `busy COMMIT check: ${s.journalMode === "wal" ? "WAL" : "rollback journal"} + other ${s.holder}`,
      `transaction ${s.transaction}${s.transactionError ? ` (${s.transactionError})` : ""}; acknowledged ${s.acknowledged}, persisted ${s.persisted}, lost ${s.lost}${s.lost ? " LOST" : ""}; next transaction: ${s.laterTransaction}`,
    ]),
  ];
  const width = Math.max(...rows.map((row) => row[0]?.length ?? 0));
  const engine = r.engine === "sqlite" ? "SQLite" : "PostgreSQL";
  return [
    `Durability bench (${engine}; ${r.dataset.couples} couples × ${r.dataset.years} year(s), ${n(r.dataset.seededCheckIns)} seeded check-ins, ${r.dataset.keysPerClient} keys per client; next start; ${r.machine.cpus} × ${r.machine.cpuModel}; Node ${r.machine.node}; load average ${r.machine.loadAverage.map((x) => x.toFixed(1)).join(" ")})`,
    ...rows.map(([k, v]) => `${(k ?? "").padEnd(width)}  ${v ?? ""}`),
    ...(r.samples.length ? ["non-2xx samples:", ...r.samples.map((s) => `  ${s}`)] : []),
  ].join("\n");
}
