// Issue #7, suite 7: load with nothing lost. A production build on a fresh database; many signed-in
// clients log check-ins and read dashboards while online backups run; then the server is stopped
// and started again on the same database, and a direct query counts what persisted against what
// the clients were told was saved.
import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { addDays, localDate } from "@/domain/commitment/schedule";
import { bumpCoupleVersion } from "@/server/couple";
import { createDb, type Db } from "@/server/db";
import { benchDir, freshDatabase, newRunId } from "../fresh-database";
import { benchIp, signIn } from "../http/client";
import { type AppServer, ensureBuild, root, startServer } from "../http/server";
import { type Engine, SEED_PASSWORD, type SeededPerson, seedCouples } from "../seed-history";
import { type BusyCommitScenario, busyCommitCheck } from "./busy-commit";
import { type ClientSpec, type LoadResult, percentiles, runClients } from "./load";

export type DurabilityOptions = {
  /** A PostgreSQL server URL (a database is created in it and dropped after); SQLite when absent. */
  postgresServerUrl?: string;
  clients: number;
  seconds: number;
  years: number;
  perPerson: number;
  /** Days written per commitment: the person's local today and the days before it. */
  days: number;
  /** A backup starts this many seconds into the load, then again every `backupEvery` seconds. */
  backupEvery: number;
  /** SIGKILL instead of SIGTERM when the server is stopped after the load. */
  kill: boolean;
  /** Skip the adapter's busy-COMMIT check (SQLite only; it takes about 45 s). */
  skipAdapterCheck: boolean;
  rebuild?: boolean;
  keep?: boolean;
  log?: (line: string) => void;
};

export type BackupRun = {
  startedAtS: number;
  seconds: number;
  bytes: number;
  ok: boolean;
  /** SQLite: `PRAGMA integrity_check` of the copy; PostgreSQL: `pg_restore --list` of the archive. */
  integrity: string;
  /** Check-ins in the copy (SQLite), or in the last dump restored into a scratch database (PostgreSQL). */
  checkIns: number | null;
  error?: string;
};

type Latency = { p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };

export type DurabilityResult = {
  engine: Engine;
  at: string;
  machine: { cpus: number; cpuModel: string; node: string; loadAverage: number[] };
  dataset: {
    couples: number;
    years: number;
    perPerson: number;
    seededCheckIns: number;
    keysPerClient: number;
  };
  load: { clients: number; seconds: number; stop: "SIGTERM" | "SIGKILL" };
  checkIn: Omit<LoadResult["checkIn"], "latenciesMs"> & Latency & { perSecond: number };
  dashboard: Omit<LoadResult["dashboard"], "latenciesMs"> & Latency & { perSecond: number };
  durability: {
    /** Check-ins answered 2xx with status created or amended. */
    acknowledged: number;
    /** Rows found after the restart for the written keys: each check-in row plus each of its revisions. */
    persisted: number;
    /** Acknowledged writes with no row behind them (summed per key). */
    lost: number;
    /** Rows from writes that got no 2xx (they may land or not; reported, not an error). */
    unacknowledgedLanded: number;
    distinctKeysAcknowledged: number;
    checkInRowsForThoseKeys: number;
    /** Keys whose stored outcome isn't the last acknowledged one (no unanswered write after it). */
    finalValueMismatches: number;
    /** Keys whose `rev` disagrees with their number of revisions. */
    revMismatches: number;
  };
  restart: { stopSeconds: number; startSeconds: number; healthy: boolean; dashboardAfterRestart: number };
  serverLog: { file: string; lines: number; counts: Record<string, number> };
  backups: BackupRun[];
  adapterCheck: BusyCommitScenario[] | null;
  samples: string[];
};

/** What the server log is scanned for: SQLite's busy error under its own names and the adapter's. */
const LOG_PATTERNS: Record<string, RegExp> = {
  SQLITE_BUSY: /SQLITE_BUSY/g,
  "database is locked": /database is locked/g,
  // The adapter reports SQLITE_BUSY as a "SocketTimeout" (see busy-commit.ts).
  SocketTimeout: /SocketTimeout|Socket timeout/gi,
  "transaction within a transaction": /transaction within a transaction/g,
  "level error": /"level":"error"/g,
};

/** A child process as a promise, so that the clients' event loop keeps going meanwhile. */
function runProcess(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child: ChildProcess = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout?.on("data", (c: Buffer) => {
      output += c.toString();
    });
    child.stderr?.on("data", (c: Buffer) => {
      output += c.toString();
    });
    child.on("error", (error) => resolve({ code: -1, output: `${output}${error.message}` }));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

/** One `npm run db:backup` (its script, in its own process) against the live database, then checked. */
async function backupOnce(engine: Engine, databaseUrl: string, out: string, startedAtS: number) {
  const started = performance.now();
  const run = await runProcess(
    process.execPath,
    [path.join(root, "scripts/db-backup.mjs"), "backup", "--out", out],
    {
      ...process.env,
      DATABASE_URL: databaseUrl,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const backup: BackupRun = { startedAtS, seconds, bytes: 0, ok: false, integrity: "", checkIns: null };
  if (run.code !== 0) return { ...backup, integrity: "backup failed", error: run.output.trim().slice(-500) };
  backup.bytes = statSync(out).size;
  if (engine === "sqlite") {
    const copy = new Database(out, { readonly: true, fileMustExist: true });
    try {
      const rows = copy.pragma("integrity_check") as { integrity_check: string }[];
      backup.integrity = rows.map((r) => r.integrity_check).join("; ");
      backup.checkIns = (copy.prepare(`SELECT count(*) AS n FROM "CheckIn"`).get() as { n: number }).n;
    } finally {
      copy.close();
    }
    backup.ok = backup.integrity === "ok";
  } else {
    const list = await runProcess("pg_restore", ["--list", out], process.env);
    const entries = list.output.split("\n").filter((l) => /^\d+;/.test(l)).length;
    backup.ok = list.code === 0 && entries > 0;
    backup.integrity = backup.ok ? `pg_restore --list: ${entries} entries` : `pg_restore --list failed`;
  }
  return backup;
}

/** Restores a dump into a scratch database and counts its check-ins (PostgreSQL). */
async function restoredCheckIns(admin: pg.Client, serverUrl: string, dump: string, id: string) {
  const name = `kept_bench_durability_${id}_restore`;
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const run = await runProcess(
      "pg_restore",
      ["--no-owner", `--dbname=${url.toString()}`, dump],
      process.env,
    );
    if (run.code !== 0) throw new Error(`pg_restore failed: ${run.output.slice(-300)}`);
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "CheckIn"`);
    await client.end();
    return Number(rows[0]?.n ?? 0);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

/** Empties the days the clients will write, so each key's first write creates its row. */
export async function clearWrittenDays(
  db: Db,
  people: { person: SeededPerson; coupleId: string }[],
  days: string[][],
) {
  for (const [i, { person, coupleId }] of people.entries()) {
    const personDays = days[i] ?? [];
    const checkIns = await db.checkIn.findMany({
      where: { userId: person.id, day: { in: personDays } },
      select: { id: true },
    });
    const ids = checkIns.map((c) => c.id);
    await db.checkInRevision.deleteMany({ where: { checkInId: { in: ids } } });
    await db.checkInAck.deleteMany({ where: { checkInId: { in: ids } } });
    await db.checkIn.deleteMany({ where: { id: { in: ids } } });
    // A direct write of check-ins: the couple's cached dashboards are no longer current.
    await bumpCoupleVersion(db, coupleId);
  }
}

export async function runDurabilityBench(opts: DurabilityOptions): Promise<DurabilityResult> {
  const log = opts.log ?? (() => {});
  log(ensureBuild(opts.rebuild) ? "built .next\n" : "reusing the current build in .next\n");
  mkdirSync(benchDir, { recursive: true });
  const id = newRunId();
  const database = await freshDatabase(opts.postgresServerUrl, "durability", id);
  const serverLog = path.join(benchDir, `durability-${id}-server.log`);
  writeFileSync(serverLog, "");
  const backupFiles: string[] = [];
  try {
    const couples = Math.ceil(opts.clients / 2);
    const db = createDb(database.url);
    let seeded: Awaited<ReturnType<typeof seedCouples>>;
    // Client i is partner i % 2 of couple ⌊i / 2⌋: both partners of a couple write at once.
    let people: { person: SeededPerson; coupleId: string }[];
    let days: string[][];
    try {
      seeded = await seedCouples(db, {
        engine: database.engine,
        couples,
        years: opts.years,
        perPerson: opts.perPerson,
        prefix: "durable",
      });
      people = Array.from({ length: opts.clients }, (_, i) => {
        const couple = seeded.couples[Math.floor(i / 2)];
        const person = couple?.people[i % 2];
        if (!couple || !person) throw new Error("no seeded person");
        return { person, coupleId: couple.id };
      });
      // Today and the days before it in each person's own zone; if midnight passes during the run,
      // the oldest is still within the 7 days of back-fill.
      const now = new Date();
      days = people.map(({ person }) =>
        Array.from({ length: opts.days }, (_, d) => addDays(localDate(now, person.timeZone), -d)),
      );
      await clearWrittenDays(db, people, days);
    } finally {
      await db.$disconnect();
    }
    log(`seeded ${couples} couples, ${seeded.checkIns} check-ins; cleared the last ${opts.days} days\n`);

    const startLogged = (label: string) =>
      startServer({
        mode: "production",
        databaseUrl: database.url,
        log: (chunk) => appendFileSync(serverLog, chunk),
      }).then((server) => {
        appendFileSync(serverLog, `\n--- ${label} ---\n`);
        return server;
      });
    let server: AppServer = await startLogged("first server up");
    const clients: ClientSpec[] = [];
    for (const [i, { person }] of people.entries()) {
      clients.push({
        cookie: await signIn(server.url, person.email, SEED_PASSWORD, benchIp(i)),
        ip: benchIp(i),
        keys: person.commitmentIds.flatMap((commitmentId) =>
          (days[i] ?? []).map((day) => ({ commitmentId, day })),
        ),
      });
    }
    // Warm-up: each client's dashboard once (JIT, connection pool, the route's first load).
    const dashboardUrl = `${server.url}/api/trpc/consistency.dashboard?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`;
    for (const client of clients) {
      const res = await fetch(dashboardUrl, {
        headers: { cookie: client.cookie, "x-forwarded-for": client.ip },
      });
      if (!res.ok) throw new Error(`warm-up dashboard answered HTTP ${res.status}: ${await res.text()}`);
    }
    log(
      `signed in ${clients.length} clients; loading for ${opts.seconds} s with backups every ${opts.backupEvery} s\n`,
    );

    // Backups run beside the load, each in its own process, as an operator's `npm run db:backup` would.
    const loadStarted = performance.now();
    const backups: BackupRun[] = [];
    let loading = true;
    const backupLoop = (async () => {
      for (let n = 0; ; n++) {
        const due = loadStarted + Math.min(5, opts.seconds / 4) * 1000 + n * opts.backupEvery * 1000;
        while (loading && performance.now() < due) await new Promise((r) => setTimeout(r, 100));
        if (!loading) return;
        const out = path.join(
          benchDir,
          `durability-${id}-backup-${n}.${database.engine === "sqlite" ? "db" : "dump"}`,
        );
        backupFiles.push(out);
        const backup = await backupOnce(
          database.engine,
          database.url,
          out,
          (performance.now() - loadStarted) / 1000,
        );
        backups.push(backup);
        log(
          `backup ${n + 1}: ${backup.seconds.toFixed(2)} s, ${backup.integrity}${backup.error ? ` (${backup.error})` : ""}\n`,
        );
      }
    })();
    const loadResult = await runClients(server.url, clients, opts.seconds);
    loading = false;
    await backupLoop;
    const elapsed = (performance.now() - loadStarted) / 1000;

    // Restart: stop the server (as a deploy would, or killed), start it again on the same database.
    const stopStarted = performance.now();
    if (opts.kill) process.kill(server.pid, "SIGKILL");
    await server.stop();
    const stopSeconds = (performance.now() - stopStarted) / 1000;
    const startStarted = performance.now();
    server = await startLogged("second server up");
    const startSeconds = (performance.now() - startStarted) / 1000;
    let dashboardAfterRestart = 0;
    let healthy = false;
    let durability: DurabilityResult["durability"];
    try {
      healthy = (await fetch(`${server.url}/api/health`)).ok;
      const first = clients[0];
      if (first) {
        dashboardAfterRestart = (
          await fetch(dashboardUrl.replace(/^http:\/\/[^/]+/, server.url), {
            headers: { cookie: first.cookie, "x-forwarded-for": first.ip },
          })
        ).status;
      }
      // Count with a direct query while the restarted server holds the database.
      durability = await countPersisted(database.url, loadResult);
    } finally {
      await server.stop();
    }

    if (database.engine === "postgresql" && database.admin) {
      const last = [...backups].reverse().find((b) => b.ok);
      const lastFile = last ? backupFiles[backups.indexOf(last)] : undefined;
      if (last && lastFile && opts.postgresServerUrl) {
        last.checkIns = await restoredCheckIns(database.admin, opts.postgresServerUrl, lastFile, id);
      }
    }

    const logText = readFileSync(serverLog, "utf8");
    const counts = Object.fromEntries(
      Object.entries(LOG_PATTERNS).map(([name, re]) => [name, logText.match(re)?.length ?? 0]),
    );
    const adapterCheck =
      database.engine === "sqlite" && !opts.skipAdapterCheck ? await busyCommitCheck() : null;

    const { latenciesMs: checkInLatencies, ...checkIn } = loadResult.checkIn;
    const { latenciesMs: dashboardLatencies, ...dashboard } = loadResult.dashboard;
    return {
      engine: database.engine,
      at: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? "",
        node: process.version,
        loadAverage: os.loadavg(),
      },
      dataset: {
        couples,
        years: opts.years,
        perPerson: opts.perPerson,
        seededCheckIns: seeded.checkIns,
        keysPerClient: opts.perPerson * opts.days,
      },
      load: { clients: opts.clients, seconds: opts.seconds, stop: opts.kill ? "SIGKILL" : "SIGTERM" },
      checkIn: { ...checkIn, ...percentiles(checkInLatencies), perSecond: checkIn.requests / elapsed },
      dashboard: {
        ...dashboard,
        ...percentiles(dashboardLatencies),
        perSecond: dashboard.requests / elapsed,
      },
      durability,
      restart: { stopSeconds, startSeconds, healthy, dashboardAfterRestart },
      serverLog: { file: path.relative(root, serverLog), lines: logText.split("\n").length, counts },
      backups,
      adapterCheck,
      samples: loadResult.samples,
    };
  } finally {
    if (!opts.keep) {
      await database.drop();
      for (const file of backupFiles) rmSync(file, { force: true });
    }
  }
}

/** Rows behind the written keys, read straight from the database, against the clients' ledgers. */
export async function countPersisted(
  databaseUrl: string,
  load: LoadResult,
): Promise<DurabilityResult["durability"]> {
  const db = createDb(databaseUrl);
  try {
    const rows = await db.checkIn.findMany({
      where: {
        commitmentId: { in: [...new Set(load.ledgers.map((l) => l.commitmentId))] },
        day: { in: [...new Set(load.ledgers.map((l) => l.day))] },
      },
      select: {
        commitmentId: true,
        day: true,
        outcome: true,
        rev: true,
        _count: { select: { revisions: true } },
      },
    });
    const byKey = new Map(rows.map((r) => [`${r.commitmentId} ${r.day}`, r]));
    const d = {
      acknowledged: 0,
      persisted: 0,
      lost: 0,
      unacknowledgedLanded: 0,
      distinctKeysAcknowledged: 0,
      checkInRowsForThoseKeys: 0,
      finalValueMismatches: 0,
      revMismatches: 0,
    };
    for (const ledger of load.ledgers) {
      const row = byKey.get(`${ledger.commitmentId} ${ledger.day}`);
      const persisted = row ? 1 + row._count.revisions : 0;
      d.acknowledged += ledger.acknowledged;
      d.persisted += persisted;
      d.lost += Math.max(0, ledger.acknowledged - persisted);
      d.unacknowledgedLanded += Math.max(0, persisted - ledger.acknowledged);
      if (ledger.acknowledged > 0) {
        d.distinctKeysAcknowledged++;
        if (row) d.checkInRowsForThoseKeys++;
      }
      if (ledger.lastAcknowledged && !ledger.uncertainAfterLast && row?.outcome !== ledger.lastAcknowledged) {
        d.finalValueMismatches++;
      }
      if (row && Number(row.rev) !== row._count.revisions) d.revMismatches++;
    }
    return d;
  } finally {
    await db.$disconnect();
  }
}
