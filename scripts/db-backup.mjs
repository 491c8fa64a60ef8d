#!/usr/bin/env node
// Backups of the database named by DATABASE_URL (read from .env like the other scripts):
//   npm run db:backup                       → data/backups/kept-<UTC time>.db (or .dump on PostgreSQL)
//   npm run db:backup -- --out FILE
//   npm run db:restore -- FILE              (stop the app first; the current file is kept as *.before-restore)
// SQLite: `VACUUM INTO` (through better-sqlite3), safe while the app is running and writing: it
// reads one consistent snapshot in a single read transaction (WAL lets writers go on meanwhile)
// and never copies the live file; then `PRAGMA integrity_check` on the copy. (The page-by-page
// backup API starts over whenever another connection writes, so under steady writes it may never
// finish.)
// PostgreSQL: pg_dump / pg_restore (custom format), which must be on PATH.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const DEFAULT_DATABASE_URL = "file:./data/kept.db";
const isPostgres = (url) => /^postgres(ql)?:\/\//.test(url);
const sqlitePath = (url) => path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));

/** `ok`, or the problems SQLite finds in the file. */
export function integrityOf(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check");
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== "ok");
    return problems.length ? problems.join("; ") : "ok";
  } finally {
    db.close();
  }
}

/** An online, consistent copy of a live SQLite database, checked before it is trusted. */
export async function backupSqlite(source, dest) {
  mkdirSync(path.dirname(dest), { recursive: true });
  if (existsSync(dest)) throw new Error(`${dest} already exists`);
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare("VACUUM INTO ?").run(dest);
  } finally {
    db.close();
  }
  const integrity = integrityOf(dest);
  if (integrity !== "ok") {
    rmSync(dest, { force: true });
    throw new Error(`the backup failed its integrity check: ${integrity}`);
  }
  return dest;
}

/**
 * Puts a backup in place of the database file. The backup is checked first and copied next to
 * the target, then swapped in; the file it replaces is kept as `<target>.before-restore`.
 */
export async function restoreSqlite(backup, target) {
  const integrity = integrityOf(backup);
  if (integrity !== "ok") throw new Error(`${backup} failed its integrity check: ${integrity}`);
  mkdirSync(path.dirname(target), { recursive: true });
  const staging = `${target}.restoring`;
  rmSync(staging, { force: true });
  await backupSqlite(backup, staging);
  if (existsSync(target)) {
    // Fold the live file's WAL into it before it is set aside.
    const live = new Database(target);
    live.pragma("wal_checkpoint(TRUNCATE)");
    live.close();
    renameSync(target, `${target}.before-restore`);
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
  renameSync(staging, target);
  // A VACUUM INTO copy is in rollback-journal mode; the app needs WAL (see src/server/db.ts).
  const restored = new Database(target);
  restored.pragma("journal_mode = WAL");
  restored.close();
  return target;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.error) throw new Error(`${command} is needed for PostgreSQL backups: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} failed (exit ${result.status})`);
}

async function main() {
  const [mode, ...args] = process.argv.slice(2);
  if (existsSync(".env")) process.loadEnvFile(".env");
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "Z");
  if (mode === "backup") {
    const outIndex = args.indexOf("--out");
    const out =
      outIndex >= 0
        ? args[outIndex + 1]
        : path.join("data", "backups", `kept-${stamp}.${isPostgres(url) ? "dump" : "db"}`);
    if (!out) throw new Error("--out needs a file name");
    if (isPostgres(url)) {
      mkdirSync(path.dirname(out), { recursive: true });
      run("pg_dump", ["--format=custom", "--no-owner", `--file=${out}`, url]);
    } else {
      await backupSqlite(sqlitePath(url), out);
    }
    console.log(`backup written to ${out}`);
  } else if (mode === "restore") {
    const file = args[0];
    if (!file || !existsSync(file)) throw new Error("usage: npm run db:restore -- <backup file>");
    if (isPostgres(url)) {
      run("pg_restore", ["--clean", "--if-exists", "--no-owner", `--dbname=${url}`, file]);
    } else {
      await restoreSqlite(file, sqlitePath(url));
    }
    console.log(`restored ${file}`);
  } else {
    throw new Error("usage: node scripts/db-backup.mjs backup [--out FILE] | restore FILE");
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`db:${process.argv[2] ?? "backup"}: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
