import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/env";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import { PrismaClient } from "@/generated/prisma-sqlite/client";

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
  if (isPostgresUrl(url)) {
    const client = new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    return client as unknown as Db;
  }
  // timeout = SQLite's busy timeout: a writer waits for the lock instead of failing at once.
  // WAL mode is stored in the file by `npm run db:migrate`.
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: 5000 }) });
}

// One client per process; reused across hot reloads in development.
const globalForDb = globalThis as unknown as { keptDb?: Db };
export const db: Db = globalForDb.keptDb ?? createDb();
if (env.NODE_ENV !== "production") globalForDb.keptDb = db;
