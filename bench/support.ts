import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import { PrismaClient } from "@/generated/prisma-sqlite/client";
import { type Db, isPostgresUrl, sqliteFilePath } from "@/server/db";

/** A client like the app's, that also counts the SQL statements it sends. */
export function countingDb(url: string) {
  const counter = { statements: 0 };
  const log = [{ emit: "event", level: "query" }] as const;
  if (isPostgresUrl(url)) {
    const client = new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [...log] });
    client.$on("query", () => {
      counter.statements++;
    });
    return { db: client as unknown as Db, counter };
  }
  const client = new PrismaClient({
    adapter: new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: 5000 }),
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
 * Runs `fn` `warmup` times, then `runs` times, and returns the median in milliseconds.
 * `before` runs ahead of each call, outside the timing.
 */
export async function timeMedian(fn: () => Promise<unknown>, runs = 25, warmup = 3, before?: () => void) {
  for (let i = 0; i < warmup; i++) {
    before?.();
    await fn();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;
