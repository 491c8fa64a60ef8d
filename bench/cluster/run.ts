// `npm run bench:cluster` (issue #23): the same PostgreSQL database served by 1, 2 and 3 instances
// behind nginx (e2e-cluster/run-cluster.mjs), each loaded at 32 connections with check-ins and, as the
// baseline, with the constant route (no database, no session) through the same nginx.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/server/db";
import { freshDatabase, newRunId } from "../fresh-database";
import { benchIp, checkInBody, type LoadFigures, load, signIn } from "../http/client";
import { ensureBuild, freePort, root } from "../http/server";
import { SEED_PASSWORD, type SeededPerson, seedCouples } from "../seed-history";

export type ClusterRow = { instances: number; constant: LoadFigures; checkIn: LoadFigures };
export type ClusterBenchResult = {
  at: string;
  machine: { cpus: number; cpuModel: string; node: string };
  connections: number;
  seconds: number;
  rows: ClusterRow[];
};

async function startCluster(instances: number, databaseUrl: string, log: (l: string) => void) {
  const port = await freePort();
  const stateFile = path.join(os.tmpdir(), `kept-bench-cluster-${process.pid}-${instances}.json`);
  rmSync(stateFile, { force: true });
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "e2e-cluster/run-cluster.mjs",
      "--instances",
      String(instances),
      "--port",
      String(port),
      "--state-file",
      stateFile,
    ],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        APP_URL: url,
        NEXTAUTH_URL: url,
        NEXTAUTH_SECRET: "bench-only-secret-not-used-anywhere-else-0123456789",
        NEXT_TELEMETRY_DISABLED: "1",
        LOG_LEVEL: "warn",
        KEPT_BENCH: "1",
        // The load generator names each person's address; nginx is the second hop.
        TRUSTED_PROXIES: "2",
      },
    },
  );
  let output = "";
  child.stdout?.on("data", (d) => {
    output = (output + String(d)).slice(-8000);
  });
  child.stderr?.on("data", (d) => {
    output = (output + String(d)).slice(-8000);
  });
  const deadline = Date.now() + 240_000;
  const kill = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  };
  while (!existsSync(stateFile)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      kill();
      throw new Error(`cluster did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`${instances} instance(s) behind nginx at ${url}\n`);
  return {
    url,
    stop: async () => {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timer = setTimeout(kill, 30_000);
      await exited;
      clearTimeout(timer);
      rmSync(stateFile, { force: true });
    },
  };
}

export async function runClusterBench(opts: {
  postgresServerUrl: string;
  connections: number;
  seconds: number;
  maxInstances: number;
  log?: (line: string) => void;
}): Promise<ClusterBenchResult> {
  const log = opts.log ?? (() => {});
  log(ensureBuild() ? "built .next\n" : "reusing the current build in .next\n");
  const database = await freshDatabase(opts.postgresServerUrl, "cluster", newRunId());
  try {
    const db = createDb(database.url);
    const seeded = await seedCouples(db, {
      engine: "postgresql",
      couples: Math.ceil(opts.connections / 2),
      years: 0.1,
      perPerson: 1,
    }).finally(() => db.$disconnect());
    const people: SeededPerson[] = seeded.couples.flatMap((c) => c.people).slice(0, opts.connections);
    const rows: ClusterRow[] = [];
    for (let instances = 1; instances <= opts.maxInstances; instances++) {
      const cluster = await startCluster(instances, database.url, log);
      try {
        const cookies: string[] = [];
        for (const [i, person] of people.entries()) {
          cookies.push(await signIn(cluster.url, person.email, SEED_PASSWORD, benchIp(i)));
        }
        const constant = (seconds: number) =>
          load({
            url: cluster.url,
            connections: opts.connections,
            seconds,
            requestFor: () => ({ path: "/api/bench/constant" }),
          });
        const checkIn = (seconds: number) =>
          load({
            url: cluster.url,
            connections: opts.connections,
            seconds,
            requestFor: (c) => ({
              method: "POST",
              path: "/api/trpc/commitment.checkIn",
              headers: {
                cookie: cookies[c % cookies.length] ?? "",
                "x-forwarded-for": benchIp(c % cookies.length),
                "content-type": "application/json",
              },
            }),
            bodyFor: (c, n) => checkInBody(people[c % people.length], n),
          });
        // Warm-up (JIT, pools, nginx's upstream connections), then the measured runs.
        await constant(3);
        await checkIn(3);
        const row = {
          instances,
          constant: await constant(opts.seconds),
          checkIn: await checkIn(opts.seconds),
        };
        rows.push(row);
        log(
          `${instances}: constant ${row.constant.requestsPerSecond.toFixed(0)} req/s, check-in ${row.checkIn.requestsPerSecond.toFixed(0)} req/s p99 ${row.checkIn.p99Ms} ms\n`,
        );
      } finally {
        await cluster.stop();
      }
    }
    return {
      at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", node: process.version },
      connections: opts.connections,
      seconds: opts.seconds,
      rows,
    };
  } finally {
    await database.drop();
  }
}
