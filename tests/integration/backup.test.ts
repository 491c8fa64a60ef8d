// Issue #7, suite 8: `npm run db:backup` / `db:restore` give back the same data, intact.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { localDate } from "@/domain/commitment/schedule";
import { createDb, type Db, isPostgresUrl } from "@/server/db";
import { integrityOf, restoreSqlite } from "../../scripts/db-backup.mjs";
import { callerFor } from "../support/callers";
import { withDatabase } from "../support/global-setup";
import { createTestDb } from "../support/test-db";
import { type World, world } from "../support/world";

let db: Db;
let url: string;
let w: World;
beforeAll(async () => {
  ({ db, url } = await createTestDb());
  w = await world(db);
}, 60_000);

const TABLES = [
  "User",
  "Couple",
  "CoupleMember",
  "Invite",
  "Boundary",
  "Commitment",
  "CheckIn",
  "CheckInAck",
  "Notification",
];

async function counts(target: Db) {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await target.$queryRawUnsafe<{ n: number | bigint }[]>(
      `SELECT COUNT(*) AS n FROM "${table}"`,
    );
    result[table] = Number(row?.n ?? -1);
  }
  return result;
}

const dir = mkdtempSync(path.join(tmpdir(), "kept-backup-"));

describe("backup and restore", () => {
  it("a backup taken while check-ins are being written restores intact, with the same rows", async () => {
    const self = w.users.self;
    if (!self) throw new Error("no self");
    // Writes keep landing while the backup runs.
    let writing = true;
    let writes = 0;
    const writer = (async () => {
      while (writing) {
        await callerFor(db, self.claims).commitment.checkIn({
          commitmentId: w.avasOwn,
          day: localDate(new Date(), "Europe/Berlin"),
          outcome: writes++ % 2 ? "kept" : "partly",
          noteShared: false,
        });
        // Let the event loop run (the child's output and exit) between writes.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const backupFile = path.join(dir, isPostgresUrl(url) ? "kept.dump" : "kept.db");
    const script = path.resolve("scripts/db-backup.mjs");
    // The script, in its own process, as an operator would run it while the app keeps writing.
    const before = writes;
    const backup = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [script, "backup", "--out", backupFile], {
        env: { ...process.env, DATABASE_URL: url },
      });
      let stderr = "";
      child.stderr.on("data", (chunk) => {
        stderr += String(chunk);
      });
      child.on("close", (code) => resolve({ code, stderr }));
    });
    expect(backup.code, backup.stderr).toBe(0);
    expect(writes, "check-ins kept being written while the backup ran").toBeGreaterThan(before);
    if (!isPostgresUrl(url)) expect(integrityOf(backupFile)).toBe("ok");
    writing = false;
    await writer;
    const source = await counts(db);

    // Restore into a new, empty database and compare.
    let restoredUrl: string;
    if (isPostgresUrl(url)) {
      const name = `kept_restore_${Date.now().toString(36)}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      restoredUrl = withDatabase(url, name);
      const out = spawnSync(process.execPath, [script, "restore", backupFile], {
        env: { ...process.env, DATABASE_URL: restoredUrl },
        encoding: "utf8",
      });
      expect(out.status, out.stderr).toBe(0);
    } else {
      const target = path.join(dir, "restored", "kept.db");
      await restoreSqlite(backupFile, target);
      expect(integrityOf(target)).toBe("ok");
      // Restored in WAL mode (a VACUUM INTO copy isn't): see src/server/db.ts.
      const restoredFile = new Database(target, { readonly: true });
      expect(restoredFile.pragma("journal_mode", { simple: true })).toBe("wal");
      restoredFile.close();
      restoredUrl = `file:${target}`;
    }
    const restored = createDb(restoredUrl);
    try {
      const back = await counts(restored);
      // The check-ins written during the backup were corrections of one row, so the counts match.
      expect(back).toEqual(source);
      expect(back.CheckIn).toBeGreaterThan(0);
      const ava = await restored.user.findUniqueOrThrow({ where: { id: self.id } });
      expect(ava.email).toBe(self.email);
      // The restored database serves the app's own reads.
      const list = await callerFor(restored, self.claims).commitment.list({});
      expect(list.items.map((c) => c.title)).toContain("C1SECRET Ava's own");
    } finally {
      await restored.$disconnect();
    }
  });

  it("refuses to restore a file that isn't a sound database", async () => {
    if (isPostgresUrl(url)) return;
    const junk = path.join(dir, "junk.db");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(junk, "this is not a database");
    await expect(restoreSqlite(junk, path.join(dir, "never", "kept.db"))).rejects.toThrow();
  });

  it("the app opens any SQLite file in WAL mode, also one copied without it", async () => {
    if (isPostgresUrl(url)) return;
    const copy = path.join(dir, "copy-without-wal.db");
    const { execFileSync } = await import("node:child_process");
    execFileSync(process.execPath, [path.resolve("scripts/db-backup.mjs"), "backup", "--out", copy], {
      env: { ...process.env, DATABASE_URL: url },
    });
    const before = new Database(copy, { readonly: true });
    expect(before.pragma("journal_mode", { simple: true })).toBe("delete");
    before.close();
    const app = createDb(`file:${copy}`);
    expect(await app.user.count()).toBeGreaterThan(0);
    await app.$disconnect();
    const after = new Database(copy, { readonly: true });
    expect(after.pragma("journal_mode", { simple: true })).toBe("wal");
    after.close();
  });
});
