import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { rebuildCheckInMonthsSql } from "../src/server/check-in-months-sql";

/**
 * Writes history straight into the e2e server's SQLite file: check-ins older than the 7-day
 * window can't be made through the app (by design), and a dashboard needs weeks of them.
 */
export function openE2EDb() {
  const file = process.env.E2E_DB_FILE;
  if (!file) throw new Error("E2E_DB_FILE is not set (playwright.config.ts sets it)");
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  const now = () => new Date().toISOString().replace("Z", "+00:00");
  // Like the app's writes: a changed Couple.version tells the server its cached dashboard is stale.
  const bump = (commitmentId: string) =>
    db
      .prepare(
        'UPDATE Couple SET "version" = lower(hex(randomblob(12))) WHERE id = (SELECT coupleId FROM Commitment WHERE id = ?)',
      )
      .run(commitmentId);
  return {
    userId(email: string): string {
      const row = db.prepare("SELECT id FROM User WHERE email = ?").get(email) as { id: string } | undefined;
      if (!row) throw new Error(`no user ${email}`);
      return row.id;
    },
    /** A boundary's review date reached (one can only be chosen ahead). */
    reviewBoundaryOn(boundaryId: string, day: string) {
      db.prepare('UPDATE Boundary SET "reviewOn" = ? WHERE id = ?').run(day, boundaryId);
    },
    startCommitment(commitmentId: string, from: string) {
      db.prepare('UPDATE CommitmentCadence SET "from" = ? WHERE commitmentId = ?').run(from, commitmentId);
      bump(commitmentId);
    },
    checkIn(c: { commitmentId: string; userId: string; day: string; outcome: string; excused?: boolean }) {
      db.prepare(
        `INSERT INTO CheckIn (id, commitmentId, userId, day, timeZone, outcome, noteShared, excused, rev, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, 'Europe/Berlin', ?, 0, ?, 0, ?, ?)`,
      ).run(
        `seed${randomBytes(10).toString("hex")}`,
        c.commitmentId,
        c.userId,
        c.day,
        c.outcome,
        c.excused ? 1 : 0,
        now(),
        now(),
      );
      // As the app's check-in writes do: rebuild the month the dashboard reads.
      db.prepare(
        rebuildCheckInMonthsSql('"commitmentId" = ? AND "userId" = ? AND substr("day", 1, 7) = ?'),
      ).run(c.commitmentId, c.userId, c.day.slice(0, 7));
      bump(c.commitmentId);
    },
    /**
     * Every row tied to these people through foreign keys, both ways (their couple, its
     * commitments, check-ins, boundaries, invitations, notices, …), as one text: a "nothing
     * changed" check that other specs writing to the same file at the same time can't disturb.
     */
    connectedRows(userIds: string[]): { rows: number; dump: string } {
      const tables = db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1",
        )
        .pluck()
        .all() as string[];
      type ForeignKey = { table: string; from: string; to: string };
      const links = tables.flatMap((child) =>
        (db.prepare(`PRAGMA foreign_key_list("${child}")`).all() as ForeignKey[]).map((fk) => ({
          child,
          ...fk,
        })),
      );
      const found = new Map(tables.map((t) => [t, new Set<number>()]));
      const rowids = (table: string) => JSON.stringify([...(found.get(table) ?? [])]);
      const IN = "IN (SELECT value FROM json_each(?))";
      /** Adds the rows `sql` selects to `table`'s; true when any of them is new. */
      const add = (table: string, sql: string, arg: string) => {
        const set = found.get(table) ?? new Set<number>();
        const before = set.size;
        for (const rowid of db.prepare(sql).pluck().all(arg) as number[]) set.add(rowid);
        return set.size > before;
      };
      add("User", `SELECT rowid FROM "User" WHERE id ${IN}`, JSON.stringify(userIds));
      for (let grew = true; grew; ) {
        grew = false;
        for (const { child, table: parent, from, to } of links) {
          const join = `FROM "${child}" c JOIN "${parent}" p ON c."${from}" = p."${to}"`;
          const down = add(child, `SELECT c.rowid ${join} WHERE p.rowid ${IN}`, rowids(parent));
          const up = add(parent, `SELECT p.rowid ${join} WHERE c.rowid ${IN}`, rowids(child));
          grew ||= down || up;
        }
      }
      const dump = tables.map((t) => [
        t,
        db.prepare(`SELECT * FROM "${t}" WHERE rowid ${IN} ORDER BY rowid`).all(rowids(t)),
      ]);
      const rows = [...found.values()].reduce((n, set) => n + set.size, 0);
      return { rows, dump: JSON.stringify(dump) };
    },
    close: () => db.close(),
  };
}

/** How many check-ins the e2e server's database holds for a commitment. */
export function checkInRows(commitmentId: string): number {
  const file = process.env.E2E_DB_FILE;
  if (!file) throw new Error("E2E_DB_FILE is not set");
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare("SELECT COUNT(*) AS n FROM CheckIn WHERE commitmentId = ?").get(commitmentId);
    return (row as { n: number }).n;
  } finally {
    db.close();
  }
}
