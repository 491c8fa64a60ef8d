#!/usr/bin/env node
// Runs Prisma's CLI for Kept.
//
//   node scripts/prisma.mjs generate        generate both clients (SQLite and PostgreSQL)
//   node scripts/prisma.mjs migrate-deploy  apply committed migrations to DATABASE_URL
//   node scripts/prisma.mjs <prisma args>   anything else, passed through
//
// The database engine follows DATABASE_URL (default: SQLite at file:./data/kept.db).
// Prisma's CLI downloads a native schema engine on first use. Where that engine is missing
// (an air-gapped machine), this script points PRISMA_SCHEMA_ENGINE_BINARY at
// scripts/prisma-schema-engine.mjs, the WebAssembly build of the same engine behind the same
// protocol. On a normal online install the native engine is present and used as shipped.
// KEPT_OFFLINE_PRISMA=1 forces the stand-in, KEPT_OFFLINE_PRISMA=0 forbids it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
process.chdir(root);
if (existsSync(".env")) process.loadEnvFile(".env");

export const DEFAULT_DATABASE_URL = "file:./data/kept.db";
// Migrations need a session connection: around a pooler in transaction mode, DIRECT_DATABASE_URL.
const databaseUrl = process.env.DIRECT_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const isPostgres = /^postgres(ql)?:\/\//.test(databaseUrl);

function findNativeEngine() {
  const cacheRoots = [
    process.env.PRISMA_ENGINES_CACHE_DIR,
    join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "prisma"),
    join(root, "node_modules/@prisma/engines"),
    join(root, "node_modules/prisma"),
  ].filter(Boolean);
  const walk = (dir, depth) => {
    if (depth < 0 || !existsSync(dir)) return false;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile() && entry.name.startsWith("schema-engine")) return true;
      if (entry.isDirectory() && entry.name !== "node_modules" && walk(join(dir, entry.name), depth - 1))
        return true;
    }
    return false;
  };
  return cacheRoots.some((dir) => walk(dir, 4));
}

function engineEnv() {
  const env = { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  const flag = process.env.KEPT_OFFLINE_PRISMA;
  if (!env.PRISMA_SCHEMA_ENGINE_BINARY && flag !== "0" && (flag === "1" || !findNativeEngine())) {
    env.PRISMA_SCHEMA_ENGINE_BINARY = join(root, "scripts/prisma-schema-engine.mjs");
  }
  return env;
}

function prisma(args, extraEnv = {}) {
  const cli = require.resolve("prisma/build/index.js");
  const result = spawnSync(process.execPath, [cli, ...args], {
    stdio: "inherit",
    env: { ...engineEnv(), ...extraEnv },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function sqliteFile(url) {
  return resolve(root, url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/** Any number: the key of the lock that lets one replica at a time migrate ("kept" + "mig"). */
const MIGRATION_LOCK = 0x6b657074_6d6967n;

/**
 * Runs `fn` holding a PostgreSQL advisory lock, so that replicas starting at once migrate one after
 * the other (the later ones find nothing left to apply). Our own, around the CLI: it holds
 * whichever schema engine runs the migrations, the WebAssembly one included. Advisory locks belong
 * to a database, so the database is created first when it is missing.
 */
async function withMigrationLock(fn) {
  const pg = require("pg");
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  const connect = async (url) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return client;
  };
  let client;
  try {
    client = await connect(databaseUrl);
  } catch (error) {
    if (error?.code !== "3D000") throw error;
    const maintenance = new URL(databaseUrl);
    maintenance.pathname = "/postgres";
    const admin = await connect(maintenance.toString());
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`).catch((e) => {
      // Another replica created it meanwhile.
      if (e?.code !== "42P04" && e?.code !== "23505") throw e;
    });
    await admin.end();
    client = await connect(databaseUrl);
  }
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK.toString()]);
    fn();
  } finally {
    await client.end();
  }
}

async function migrateDeploy() {
  if (isPostgres) {
    await withMigrationLock(() => prisma(["migrate", "deploy"]));
    return;
  }
  mkdirSync(dirname(sqliteFile(databaseUrl)), { recursive: true });
  prisma(["migrate", "deploy"]);
  // WAL lets readers work while a write commits; the mode is stored in the file itself.
  const Database = require("better-sqlite3");
  const db = new Database(sqliteFile(databaseUrl));
  db.pragma("journal_mode = WAL");
  db.close();
}

const [command, ...rest] = process.argv.slice(2);
if (command === "generate") {
  for (const engine of ["sqlite", "postgresql"])
    prisma(["generate", ...rest], { KEPT_PRISMA_ENGINE: engine });
} else if (command === "migrate-deploy") {
  await migrateDeploy();
} else if (command) {
  prisma([command, ...rest]);
} else {
  console.error("usage: node scripts/prisma.mjs generate | migrate-deploy | <prisma args>");
  process.exit(2);
}
