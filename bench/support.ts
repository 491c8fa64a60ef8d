import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import { PrismaClient } from "@/generated/prisma-sqlite/client";
import { type Db, isPostgresUrl, postgresAdapter, sqliteAdapter } from "@/server/db";

/** A client like the app's, that also counts the SQL statements it sends. */
export function countingDb(url: string) {
  const counter = { statements: 0 };
  const log = [{ emit: "event", level: "query" }] as const;
  if (isPostgresUrl(url)) {
    const client = new PgPrismaClient({ adapter: postgresAdapter(url), log: [...log] });
    client.$on("query", () => {
      counter.statements++;
    });
    return { db: client as unknown as Db, counter };
  }
  const client = new PrismaClient({
    adapter: sqliteAdapter(url),
    log: [...log],
  });
  client.$on("query", () => {
    counter.statements++;
  });
  return { db: client as unknown as Db, counter };
}

export function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Times several calls side by side: `warmup` untimed rounds, then `runs` rounds that each call
 * every one once (in a rotating order), so that every figure and its baseline are sampled over the
 * same seconds and a slow stretch of a shared machine weighs on all of them alike.
 * Returns each one's median in milliseconds. `before` runs ahead of a call, outside the timing.
 */
export async function timeInterleaved<K extends string>(
  calls: Record<K, { fn: () => Promise<unknown>; before?: () => void }>,
  runs = 25,
  warmup = 3,
): Promise<Record<K, number>> {
  const keys = Object.keys(calls) as K[];
  const times = new Map<K, number[]>(keys.map((k) => [k, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(round + i) % keys.length] as K;
      const { fn, before } = calls[key];
      before?.();
      const start = performance.now();
      await fn();
      if (round >= warmup) times.get(key)?.push(performance.now() - start);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, median(times.get(k) ?? [])])) as Record<K, number>;
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;
