import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import { LRUCache } from "lru-cache";
import { env } from "@/env";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import { PrismaClient } from "@/generated/prisma-sqlite/client";
import { meteredPool } from "@/server/db-pool-metrics";
import { registerDbUrl } from "@/server/live/bus";
import { describeError, log } from "@/server/log";

// Both engines are generated from the same models (prisma/models.prisma), so their clients have
// the same shape; the SQLite client's type stands for both.
export type Db = PrismaClient;

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

export function sqliteFilePath(url: string) {
  return path.resolve(
    /*turbopackIgnore: true*/ process.cwd(),
    url.replace(/^file:/, "").replace(/\?.*$/, ""),
  );
}

export function createDb(url: string = env.DATABASE_URL): Db {
  const client = isPostgresUrl(url)
    ? (new PgPrismaClient({ adapter: postgresAdapter(url) }) as unknown as Db)
    : new PrismaClient({ adapter: sqliteAdapter(url) });
  // The live-update listener opens its own connection to the same database (src/server/live/bus.ts):
  // LISTEN needs a session, which a pooler in transaction mode doesn't keep, so DIRECT_DATABASE_URL
  // (a connection around the pooler) is used for it when set.
  const direct = url === env.DATABASE_URL ? env.DIRECT_DATABASE_URL : undefined;
  registerDbUrl(client, direct ?? url);
  return client;
}

/**
 * The PostgreSQL adapter as the app configures it. Each statement gets a name from its SQL, so `pg`
 * prepares it once per connection and PostgreSQL parses it once (`statementNameGenerator`, added
 * to @prisma/adapter-pg in 7.6 for this): otherwise every statement, the session check of every
 * request included, is parsed and planned afresh. A pooler in front of PostgreSQL must keep
 * prepared statements per client (PgBouncer in session mode, or ≥ 1.21 with
 * `max_prepared_statements`).
 */
export function postgresAdapter(url: string) {
  // Our own pool (ended with the client), so that /api/metrics can report its use.
  return new PrismaPg(meteredPool(url), { statementNameGenerator: statementName, disposeExternalPool: true });
}

const statementNames = new LRUCache<string, string>({ max: 1000 });
/** A name for a statement: its SQL's hash (PostgreSQL names are at most 63 bytes). */
function statementName(query: { sql: string }) {
  let name = statementNames.get(query.sql);
  if (!name) {
    name = `k${createHash("sha256").update(query.sql).digest("base64url").slice(0, 32)}`;
    statementNames.set(query.sql, name);
  }
  return name;
}

/** The SQLite adapter as the app configures it (also used by the benches' counting client). */
export function sqliteAdapter(url: string) {
  const file = sqliteFilePath(url);
  ensureWal(file);
  // timeout = SQLite's busy timeout: a writer waits for the lock instead of failing at once.
  return new PrismaBetterSqlite3({ url: file, timeout: 5000 });
}

/**
 * WAL mode, set on every open (a `VACUUM INTO` backup, restored, is not in WAL mode). Without it a
 * reader (a backup, a shell) can make a COMMIT wait and fail, and the SQLite adapter then leaves
 * the shared connection inside the failed transaction, so later writes are acknowledged and lost
 * (prisma/orm#29933; `npx tsx bench/durability/busy-commit.ts` shows it). With WAL, readers never
 * block a COMMIT.
 */
function ensureWal(file: string) {
  if (!existsSync(file)) return;
  try {
    const connection = new Database(file);
    try {
      connection.pragma("journal_mode = WAL");
    } finally {
      connection.close();
    }
  } catch (error) {
    // A file that can't even be opened fails every request with a logged, generic error instead.
    log.error("database: could not set WAL mode", describeError(error));
  }
}

// One client per copy of this module; reused across hot reloads in development. In production
// Next's bundles (the routes, the pages, instrumentation.ts's scheduler and mail worker) each have
// their own copy, and so their own client: the live bus keeps per-client state (its PostgreSQL
// listener) in its own copy, which must be the one its client was made with.
const globalForDb = globalThis as unknown as { keptDb?: Db };
export const db: Db = globalForDb.keptDb ?? createDb();
if (env.NODE_ENV !== "production") globalForDb.keptDb = db;
