// A fresh, migrated database for one bench run (bench/http, bench/durability): a file under
// data/bench/ on SQLite, or a database created in the given PostgreSQL server; `drop` removes it.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const root = path.join(import.meta.dirname, "..");
export const benchDir = path.join(root, "data/bench");

/** A name for one run's files and database: sortable by time, unique between runs. */
export const newRunId = () => `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;

function migrate(databaseUrl: string) {
  execFileSync(process.execPath, [path.join(root, "scripts/prisma.mjs"), "migrate-deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/**
 * `label` and `id` name it: `kept_bench_<label>_<id>` on PostgreSQL (`admin` is a connection to
 * the server, for the caller's own use until `drop`), `data/bench/<label>-<id>.db` on SQLite.
 */
export async function freshDatabase(postgresServerUrl: string | undefined, label: string, id: string) {
  if (postgresServerUrl) {
    const name = `kept_bench_${label}_${id}`;
    const admin = new pg.Client({ connectionString: postgresServerUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(postgresServerUrl);
    url.pathname = `/${name}`;
    migrate(url.toString());
    return {
      engine: "postgresql" as const,
      url: url.toString(),
      admin,
      drop: async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  mkdirSync(benchDir, { recursive: true });
  const file = path.join(benchDir, `${label}-${id}.db`);
  migrate(`file:${file}`);
  return {
    engine: "sqlite" as const,
    url: `file:${file}`,
    admin: null,
    drop: async () => {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}
