import { readdirSync } from "node:fs";
import path from "node:path";
import { type Db, isPostgresUrl } from "@/server/db";
import { describeError, log } from "@/server/log";
import { isShuttingDown } from "@/server/shutdown";

export type Readiness =
  | { ready: true }
  | { ready: false; reason: "database-unreachable" | "migrations-pending" | "stopping"; pending?: string[] };

/** The migrations this build ships for the engine (prisma/<engine>/migrations/<name>/). */
export function shippedMigrations(engine: "sqlite" | "postgresql", root = process.cwd()): string[] {
  const dir = path.join(/*turbopackIgnore: true*/ root, "prisma", engine, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d/.test(d.name))
    .map((d) => d.name)
    .sort();
}

/**
 * Whether this instance should get traffic: the database answers, and every migration this build
 * ships has been applied (finished, not rolled back). A load balancer's readiness probe; liveness
 * is /api/health.
 */
export async function checkReadiness(db: Db, url: string): Promise<Readiness> {
  // A stopping instance finishes what it has but should get nothing new.
  if (isShuttingDown()) return { ready: false, reason: "stopping" };
  let applied: { migration_name: string }[];
  try {
    applied = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT "migration_name" FROM "_prisma_migrations"
      WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
  } catch (error) {
    log.error("readiness: database unreachable", describeError(error));
    return { ready: false, reason: "database-unreachable" };
  }
  const done = new Set(applied.map((m) => m.migration_name));
  const pending = shippedMigrations(isPostgresUrl(url) ? "postgresql" : "sqlite").filter((m) => !done.has(m));
  return pending.length ? { ready: false, reason: "migrations-pending", pending } : { ready: true };
}
