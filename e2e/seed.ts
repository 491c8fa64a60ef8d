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
    close: () => db.close(),
  };
}
