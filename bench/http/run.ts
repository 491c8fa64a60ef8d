// The HTTP bench of issue #8 (figures 1, 2, 4 and 5; figure 3 is bench/dashboard.bench.ts): seeds a
// fresh database, serves the app, signs people in and loads it with autocannon. Every figure has
// its baseline from the same run: the constant route handler for throughput and latency, the
// first round for memory.

import os from "node:os";
import path from "node:path";
import { createDb } from "@/server/db";
import { freshDatabase, newRunId } from "../fresh-database";
import { type Engine, SEED_PASSWORD, seedCouples } from "../seed-history";
import { benchIp, checkInBody, type LoadFigures, load, type PageWeight, pageWeight, signIn } from "./client";
import { ensureBuild, root, rssBytes, startServer } from "./server";

export type HttpBenchOptions = {
  /** A PostgreSQL server URL (a database is created in it and dropped after); SQLite when absent. */
  postgresServerUrl?: string;
  couples: number;
  years: number;
  perPerson: number;
  connections: number;
  seconds: number;
  rounds: number;
  /** `dev` serves with `next dev` (no build; no page weights): the smoke test's mode. */
  mode: "production" | "dev";
  rebuild?: boolean;
  /** Profile the server (V8 `--cpu-prof`) into this directory. */
  cpuProfileDir?: string;
  log?: (line: string) => void;
};

export type Round = { constant: LoadFigures; dashboard: LoadFigures; ratio: number; rssBytes: number | null };

export type HttpBenchResult = {
  engine: Engine;
  at: string;
  machine: { cpus: number; cpuModel: string; node: string; mode: "production" | "dev" };
  dataset: {
    couples: number;
    years: number;
    perPerson: number;
    checkIns: number;
    seedSeconds: number;
    checkInsPerSecond: number;
  };
  load: { connections: number; seconds: number; rounds: number; signedInPeople: number };
  rounds: Round[];
  /** Figure 1: medians over the rounds. */
  throughput: { constant: LoadFigures; dashboard: LoadFigures; ratio: number };
  /** Figure 2, with the constant route's last round as its baseline. */
  writes: {
    baseline: LoadFigures;
    today: LoadFigures;
    checkIn: LoadFigures;
    /** One connection, nothing queued: the constant route and the check-in. */
    alone: { connections: number; seconds: number; constant: LoadFigures; checkIn: LoadFigures };
  };
  /** Figure 4 (null in dev mode: there is no build output to weigh). */
  pageWeight: PageWeight[] | null;
  /** Figure 5: RSS after warm-up, then after each round. */
  memory: {
    afterWarmupBytes: number | null;
    afterRoundBytes: (number | null)[];
    growthLastVsFirst: number | null;
  };
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const medianFigures = (all: LoadFigures[]): LoadFigures => ({
  requestsPerSecond: median(all.map((f) => f.requestsPerSecond)),
  p50Ms: median(all.map((f) => f.p50Ms)),
  p99Ms: median(all.map((f) => f.p99Ms)),
  requests: all.reduce((sum, f) => sum + f.requests, 0),
  non2xx: all.reduce((sum, f) => sum + f.non2xx, 0),
  errors: all.reduce((sum, f) => sum + f.errors, 0),
});

const trpcQuery = (procedure: string) =>
  `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`;

export async function runHttpBench(opts: HttpBenchOptions): Promise<HttpBenchResult> {
  const log = opts.log ?? (() => {});
  if (opts.mode === "production") {
    log(ensureBuild(opts.rebuild) ? "built .next\n" : "reusing the current build in .next\n");
  }
  const database = await freshDatabase(opts.postgresServerUrl, "http", newRunId());
  try {
    const db = createDb(database.url);
    const seeded = await seedCouples(db, {
      engine: database.engine,
      couples: opts.couples,
      years: opts.years,
      perPerson: opts.perPerson,
    }).finally(() => db.$disconnect());
    log(
      `seeded ${seeded.couples.length} couples, ${seeded.checkIns} check-ins in ${seeded.seconds.toFixed(1)} s\n`,
    );

    const server = await startServer({
      mode: opts.mode,
      databaseUrl: database.url,
      nodeArgs: opts.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${opts.cpuProfileDir}`] : [],
    });
    try {
      return await measure(opts, server, seeded, database.engine, log);
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

async function measure(
  opts: HttpBenchOptions,
  server: { url: string; pid: number },
  seeded: Awaited<ReturnType<typeof seedCouples>>,
  engine: Engine,
  log: (line: string) => void,
): Promise<HttpBenchResult> {
  // One signed-in person per connection, each from a different couple while there are enough.
  const people = Array.from({ length: Math.min(opts.connections, seeded.couples.length * 2) }, (_, i) => {
    const couple = seeded.couples[i % seeded.couples.length];
    const person = couple?.people[Math.floor(i / seeded.couples.length) % 2];
    if (!person) throw new Error("no seeded person");
    return person;
  });
  const cookies: string[] = [];
  for (const [i, person] of people.entries()) {
    cookies.push(await signIn(server.url, person.email, SEED_PASSWORD, benchIp(i)));
  }
  const personOf = (connection: number) => connection % people.length;
  const constant = (connections = opts.connections, seconds = opts.seconds) =>
    load({ url: server.url, connections, seconds, requestFor: () => ({ path: "/api/bench/constant" }) });
  const headersOf = (connection: number) => ({
    cookie: cookies[personOf(connection)] ?? "",
    "x-forwarded-for": benchIp(personOf(connection)),
  });
  const signedIn = (procedure: string) => (connection: number) => ({
    path: trpcQuery(procedure),
    headers: headersOf(connection),
  });
  const dashboard = () =>
    load({
      url: server.url,
      connections: opts.connections,
      seconds: opts.seconds,
      requestFor: signedIn("consistency.dashboard"),
    });

  // Warm-up: one request on each route first (in dev this compiles it, which can take longer than a
  // whole tiny run), then load for the JIT, connection pools and each couple's cached dashboard.
  for (const route of [
    "/api/bench/constant",
    trpcQuery("consistency.dashboard"),
    trpcQuery("commitment.today"),
  ]) {
    const res = await fetch(`${server.url}${route}`, { headers: headersOf(0) });
    if (!res.ok) throw new Error(`warm-up: ${route} answered HTTP ${res.status}: ${await res.text()}`);
  }
  const warm = Math.max(1, Math.min(3, opts.seconds));
  await constant(opts.connections, warm);
  await load({
    url: server.url,
    connections: opts.connections,
    seconds: warm,
    requestFor: signedIn("consistency.dashboard"),
  });
  const afterWarmupBytes = rssBytes(server.pid);

  const rounds: Round[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    const a = await constant();
    const b = await dashboard();
    const round = {
      constant: a,
      dashboard: b,
      ratio: b.requestsPerSecond / a.requestsPerSecond,
      rssBytes: rssBytes(server.pid),
    };
    rounds.push(round);
    log(
      `round ${r + 1}: constant ${a.requestsPerSecond.toFixed(0)} req/s, dashboard ${b.requestsPerSecond.toFixed(0)} req/s\n`,
    );
  }

  // Figure 2: the Today view's query and the check-in write, each person on their own first
  // commitment and their local today; outcomes alternate so every request is a real correction.
  const today = await load({
    url: server.url,
    connections: opts.connections,
    seconds: opts.seconds,
    requestFor: signedIn("commitment.today"),
  });
  const checkInLoad = (connections: number, seconds: number) =>
    load({
      url: server.url,
      connections,
      seconds,
      requestFor: (connection) => ({
        method: "POST",
        path: "/api/trpc/commitment.checkIn",
        headers: { ...headersOf(connection), "content-type": "application/json" },
      }),
      bodyFor: (connection, n) => checkInBody(people[personOf(connection)], n),
    });
  const checkIn = await checkInLoad(opts.connections, opts.seconds);
  // The same two with one connection: what a request costs when nothing queues in front of it.
  const aloneSeconds = Math.max(1, Math.min(10, opts.seconds));
  const alone = {
    connections: 1,
    seconds: aloneSeconds,
    constant: await constant(1, aloneSeconds),
    checkIn: await checkInLoad(1, aloneSeconds),
  };

  let pages: PageWeight[] | null = null;
  if (opts.mode === "production") {
    const distDir = path.join(root, ".next");
    pages = [
      await pageWeight(server.url, "landing /", "/", distDir),
      await pageWeight(server.url, "dashboard", "/dashboard", distDir, cookies[0]),
      await pageWeight(server.url, "today", "/today", distDir, cookies[0]),
    ];
  }

  const afterRoundBytes = rounds.map((r) => r.rssBytes);
  const first = afterRoundBytes[0];
  const last = afterRoundBytes.at(-1);
  return {
    engine,
    at: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "",
      node: process.version,
      mode: opts.mode,
    },
    dataset: {
      couples: seeded.couples.length,
      years: opts.years,
      perPerson: opts.perPerson,
      checkIns: seeded.checkIns,
      seedSeconds: seeded.seconds,
      checkInsPerSecond: seeded.checkInsPerSecond,
    },
    load: {
      connections: opts.connections,
      seconds: opts.seconds,
      rounds: opts.rounds,
      signedInPeople: people.length,
    },
    rounds,
    throughput: {
      constant: medianFigures(rounds.map((r) => r.constant)),
      dashboard: medianFigures(rounds.map((r) => r.dashboard)),
      ratio: median(rounds.map((r) => r.ratio)),
    },
    writes: { baseline: rounds.at(-1)?.constant ?? medianFigures([]), today, checkIn, alone },
    pageWeight: pages,
    memory: {
      afterWarmupBytes,
      afterRoundBytes,
      growthLastVsFirst: first && last ? last / first - 1 : null,
    },
  };
}
