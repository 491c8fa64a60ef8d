// The live-updates bench (issue #18): `couples` linked pairs, every person with one open stream
// (notification.onChange, as each open page has), and one check-in per couple per second by its
// first partner. Measured: from sending the check-in to the event arriving on each partner's
// stream (the other partner's, and the actor's own other page), and the server's RSS per open
// stream. SQLite: one instance. PostgreSQL: two instances on one database; each couple's actor
// (and their own stream) on one, the partner's stream on the other (half the couples each way),
// so every partner event crosses instances through LISTEN/NOTIFY.
import os from "node:os";
import { localDate } from "@/domain/commitment/schedule";
import { createDb } from "@/server/db";
import { freshDatabase, newRunId } from "../fresh-database";
import { benchIp, signIn } from "../http/client";
import { type AppServer, ensureBuild, rssBytes, startServer } from "../http/server";
import { type Engine, SEED_PASSWORD, type SeededCouple, seedCouples } from "../seed-history";
import { type OpenStream, openStream } from "./sse";

export type LiveBenchOptions = {
  postgresServerUrl?: string;
  couples: number;
  /** Measured seconds (after a 3 s warm-up). */
  seconds: number;
  /** Seconds between one couple's check-ins (1: one a second, the issue's load). */
  every?: number;
  rebuild?: boolean;
  log?: (line: string) => void;
};

export type Latency = {
  events: number;
  /** Check-ins whose event never arrived (within 5 s of the end). */
  lost: number;
  /** Events that matched no check-in (a second event for one action would show here). */
  unmatched: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
};

export type LiveBenchResult = {
  engine: Engine;
  at: string;
  machine: { cpus: number; cpuModel: string; node: string };
  instances: number;
  couples: number;
  streams: number;
  seconds: number;
  /** Seconds between one couple's check-ins. */
  every: number;
  /** The check-ins themselves (request → response). */
  actions: {
    count: number;
    failed: number;
    /** A few distinct reasons, when some failed. */
    failures: string[];
    perSecond: number;
    p50Ms: number;
    p99Ms: number;
  };
  /** The other partner's page: on PostgreSQL, across instances. */
  partner: Latency;
  /** The actor's own open page, on the instance they acted on. */
  own: Latency;
  memory: { instance: number; streams: number; beforeBytes: number | null; withBytes: number | null }[];
  /** (RSS with streams − before) ÷ streams, over all instances. */
  rssPerStreamBytes: number | null;
};

const quantile = (sorted: number[], q: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) : 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `tasks` with at most `limit` at once. */
async function inBatches<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await (tasks[i] as () => Promise<T>)();
      }
    }),
  );
  return results;
}

export async function runLiveBench(opts: LiveBenchOptions): Promise<LiveBenchResult> {
  const log = opts.log ?? (() => {});
  log(ensureBuild(opts.rebuild) ? "built .next\n" : "reusing the current build in .next\n");
  const database = await freshDatabase(opts.postgresServerUrl, "live", newRunId());
  const servers: AppServer[] = [];
  try {
    const db = createDb(database.url);
    const seeded = await seedCouples(db, {
      engine: database.engine,
      couples: opts.couples,
      years: 0.02,
      perPerson: 1,
    }).finally(() => db.$disconnect());
    const instances = database.engine === "postgresql" ? 2 : 1;
    for (let i = 0; i < instances; i++)
      servers.push(await startServer({ mode: "production", databaseUrl: database.url }));
    log(`${seeded.couples.length} couples seeded, ${instances} instance(s) up\n`);
    return await measure(opts, database.engine, servers, seeded.couples, log);
  } finally {
    for (const s of servers) await s.stop();
    await database.drop();
  }
}

async function measure(
  opts: LiveBenchOptions,
  engine: Engine,
  servers: AppServer[],
  couples: SeededCouple[],
  log: (line: string) => void,
): Promise<LiveBenchResult> {
  const serverOf = (c: number, side: 0 | 1) => servers[(c + side) % servers.length] as AppServer;
  const people = couples.flatMap((c) => c.people);
  const cookies = await inBatches(
    4,
    people.map((p, i) => () => signIn(serverOf(0, 0).url, p.email, SEED_PASSWORD, benchIp(i))),
  );
  const cookieOf = (c: number, side: 0 | 1) => cookies[c * 2 + side] ?? "";
  log(`${people.length} people signed in\n`);

  const before = servers.map((s) => rssBytes(s.pid));
  // Per couple, the start times of check-ins whose event each page has not seen yet.
  const pending = { partner: couples.map(() => [] as number[]), own: couples.map(() => [] as number[]) };
  const seen = { partner: [] as number[], own: [] as number[] };
  const unmatched = { partner: 0, own: 0 };
  let counting = false;
  const onEvent = (which: "partner" | "own", c: number) => (_id: string, at: number) => {
    const started = pending[which][c]?.shift();
    if (started === undefined) unmatched[which]++;
    else if (counting) seen[which].push(at - started);
  };
  const streams: OpenStream[] = [];
  let ended = 0;
  couples.forEach((_, c) => {
    const onEnd = () => {
      ended++;
    };
    streams.push(
      openStream({
        url: serverOf(c, 0).url,
        cookie: cookieOf(c, 0),
        ip: benchIp(c * 2),
        onEvent: onEvent("own", c),
        onEnd,
      }),
      openStream({
        url: serverOf(c, 1).url,
        cookie: cookieOf(c, 1),
        ip: benchIp(c * 2 + 1),
        onEvent: onEvent("partner", c),
        onEnd,
      }),
    );
  });
  await Promise.all(streams.map((s) => s.ready));
  await sleep(2000);
  const withStreams = servers.map((s) => rssBytes(s.pid));
  log(`${streams.length} streams open\n`);

  const actionMs: number[] = [];
  let failed = 0;
  const failures: string[] = [];
  const outcomes = ["kept", "partly"] as const;
  const checkIn = async (c: number, n: number) => {
    const actor = couples[c]?.people[0];
    if (!actor) return;
    const started = performance.now();
    pending.partner[c]?.push(started);
    pending.own[c]?.push(started);
    try {
      const res = await fetch(`${serverOf(c, 0).url}/api/trpc/commitment.checkIn`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          cookie: cookieOf(c, 0),
          "x-forwarded-for": benchIp(c * 2),
        },
        body: JSON.stringify({
          json: {
            commitmentId: actor.commitmentIds[0],
            day: localDate(new Date(), actor.timeZone),
            outcome: outcomes[n % 2],
            noteShared: false,
          },
        }),
      });
      const body = await res.text();
      if (!res.ok) throw new Error(`HTTP ${res.status}: ${body.slice(0, 120)}`);
      if (counting) actionMs.push(performance.now() - started);
    } catch (error) {
      failed++;
      const why =
        error instanceof Error
          ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ""}`
          : String(error);
      if (failures.length < 5 && !failures.includes(why)) failures.push(why);
      // No event will come for it.
      for (const list of [pending.partner[c], pending.own[c]]) {
        const at = list?.indexOf(started) ?? -1;
        if (at >= 0) list?.splice(at, 1);
      }
    }
  };
  /** One check-in per couple every `every` seconds for `seconds`, spread evenly over each interval. */
  const every = opts.every ?? 1;
  const phase = async (seconds: number, offset: number) => {
    const timers: Promise<void>[] = [];
    for (let k = 0; k < seconds / every; k++) {
      for (let c = 0; c < couples.length; c++) {
        const at = k * every * 1000 + (c * every * 1000) / couples.length;
        timers.push(sleep(at).then(() => checkIn(c, offset + k)));
      }
    }
    await Promise.all(timers);
    // Stragglers: up to 5 s for the last events.
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && [...pending.partner, ...pending.own].some((l) => l.length))
      await sleep(50);
  };
  await phase(3, 0);
  for (const list of [...pending.partner, ...pending.own]) list.length = 0;
  unmatched.partner = 0;
  unmatched.own = 0;
  counting = true;
  const started = performance.now();
  await phase(opts.seconds, 3);
  const elapsed = (performance.now() - started) / 1000;
  counting = false;
  for (const s of streams) s.close();
  if (ended) log(`${ended} streams ended early\n`);

  const figures = (which: "partner" | "own"): Latency => {
    const sorted = [...seen[which]].sort((a, b) => a - b);
    return {
      events: sorted.length,
      lost: pending[which].reduce((sum, l) => sum + l.length, 0),
      unmatched: unmatched[which],
      p50Ms: quantile(sorted, 0.5),
      p99Ms: quantile(sorted, 0.99),
      maxMs: sorted.at(-1) ?? 0,
    };
  };
  const sortedActions = [...actionMs].sort((a, b) => a - b);
  // One instance holds every stream; two hold one partner's each.
  const memory = servers.map((_, i) => ({
    instance: i + 1,
    streams: servers.length === 1 ? streams.length : couples.length,
    beforeBytes: before[i] ?? null,
    withBytes: withStreams[i] ?? null,
  }));
  const grown = memory.every((m) => m.beforeBytes !== null && m.withBytes !== null)
    ? memory.reduce((sum, m) => sum + ((m.withBytes ?? 0) - (m.beforeBytes ?? 0)), 0)
    : null;
  return {
    engine,
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", node: process.version },
    instances: servers.length,
    couples: couples.length,
    streams: streams.length,
    seconds: opts.seconds,
    every,
    actions: {
      count: actionMs.length,
      failed,
      failures,
      perSecond: actionMs.length / elapsed,
      p50Ms: quantile(sortedActions, 0.5),
      p99Ms: quantile(sortedActions, 0.99),
    },
    partner: figures("partner"),
    own: figures("own"),
    memory,
    rssPerStreamBytes: grown === null ? null : grown / streams.length,
  };
}
