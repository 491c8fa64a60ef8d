// Start-up in production refuses a configuration that is missing or silently weaker: one line
// naming the variable, a non-zero exit, before anything is migrated or served. And replicas that
// start at once on one PostgreSQL database migrate it once: scripts/prisma.mjs's advisory lock
// (whatever the schema engine does). Three at once also passed without it when tried (Prisma's
// engine may lock too, or the race was lucky), so the lock has a test of its own that holds it
// and watches the migration wait.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { withDatabase } from "../support/global-setup";

const root = path.join(import.meta.dirname, "../..");
// Outside the repository, so that no .env of a developer's fills in what the test leaves out.
const cwd = mkdtempSync(path.join(os.tmpdir(), "kept-start-up-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const SECRET = "a-production-secret-of-more-than-32-characters";

function start(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !["NEXTAUTH_SECRET", "TRUSTED_PROXIES", "DATABASE_URL", "NODE_ENV"].includes(k),
    ),
  );
  const result = spawnSync(process.execPath, [path.join(root, "scripts/serve.mjs"), "--migrate"], {
    cwd,
    env: { ...clean, NODE_ENV: "production", DATABASE_URL: `file:${cwd}/never.db`, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, lines: result.stderr.trim().split("\n") };
}

describe("start-up in production", () => {
  it("exits with one line naming NEXTAUTH_SECRET when it is missing", () => {
    const { status, lines } = start({});
    expect(status).not.toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: NEXTAUTH_SECRET is required in production/);
  });

  it("exits naming NEXTAUTH_SECRET when it is shorter than 32 characters", () => {
    const { status, lines } = start({ NEXTAUTH_SECRET: "short-secret" });
    expect(status).not.toBe(0);
    expect(lines).toEqual([expect.stringMatching(/NEXTAUTH_SECRET must be at least 32 characters/)]);
  });

  it.each(["lots", "127.0.0.1", "-1", "1.5"])("exits naming TRUSTED_PROXIES=%s", (value) => {
    const { status, lines } = start({ NEXTAUTH_SECRET: SECRET, TRUSTED_PROXIES: value });
    expect(status).not.toBe(0);
    expect(lines).toEqual([expect.stringMatching(/TRUSTED_PROXIES must be a whole number/)]);
  });

  it("touches no database before the configuration is valid", () => {
    start({ TRUSTED_PROXIES: "lots" });
    expect(readdirSync(cwd)).toEqual([]);
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;
/** Keep in step with MIGRATION_LOCK in scripts/prisma.mjs. */
const MIGRATION_LOCK = 0x6b657074_6d6967n;

function migrate(url: string) {
  const child = spawn(process.execPath, [path.join(root, "scripts/prisma.mjs"), "migrate-deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "ignore",
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, exited };
}

describe.runIf(serverUrl)("migrations on PostgreSQL", () => {
  it("wait while another replica holds the migration lock, then apply", async () => {
    const name = `kept_t_migrate_lock_${process.pid}_${Date.now()}`;
    const url = withDatabase(serverUrl ?? "", name);
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK.toString()]);
      const run = migrate(url);
      // The migration's connection queues behind the lock (seen in pg_locks, not by waiting).
      const waiting = async () =>
        Number(
          (
            await holder.query<{ n: string }>(
              `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
               AND ((classid::bigint << 32) | objid::bigint) = $1`,
              [MIGRATION_LOCK.toString()],
            )
          ).rows[0]?.n,
        );
      await expect.poll(waiting, { timeout: 60_000 }).toBe(1);
      expect(run.child.exitCode).toBeNull();
      const before = await holder.query(`SELECT to_regclass('"_prisma_migrations"') AS t`);
      expect(before.rows[0]?.t).toBeNull();
      await holder.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK.toString()]);
      expect(await run.exited).toBe(0);
      const { rows } = await holder.query(`SELECT count(*)::int AS n FROM _prisma_migrations`);
      expect(rows[0]?.n).toBeGreaterThan(0);
    } finally {
      await holder.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 180_000);

  it("three replicas migrating one new database at once apply each migration once", async () => {
    const name = `kept_t_migrate_${process.pid}_${Date.now()}`;
    const url = withDatabase(serverUrl ?? "", name);
    const run = () => migrate(url).exited;
    try {
      expect(await Promise.all([run(), run(), run()])).toEqual([0, 0, 0]);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ migration_name: string; finished: boolean }>(
        `SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations`,
      );
      await client.end();
      const shipped = readdirSync(path.join(root, "prisma/postgresql/migrations"), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
      expect(rows.map((r) => r.migration_name).sort()).toEqual(shipped);
      expect(rows.every((r) => r.finished)).toBe(true);
    } finally {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 180_000);
});
