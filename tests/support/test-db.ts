import { randomBytes } from "node:crypto";
import { copyFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { createDb, type Db } from "@/server/db";
import { withDatabase } from "./global-setup";

/**
 * A fresh, migrated database for the calling test file (SQLite by default, PostgreSQL when
 * TEST_DATABASE_URL is set). Closed after the file's tests.
 */
export async function createTestDb(): Promise<{ db: Db; url: string }> {
  const { engine, template, runId } = inject("testDatabase");
  const name = `kept_t_${runId}_${randomBytes(4).toString("hex")}`;
  let url: string;
  if (engine === "postgresql") {
    const serverUrl = process.env.TEST_DATABASE_URL ?? "";
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    // PostgreSQL refuses a template that another CREATE DATABASE is copying at that moment.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        break;
      } catch (error) {
        if (attempt >= 20 || !String(error).includes("is being accessed")) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
    await admin.end();
    url = withDatabase(serverUrl, name);
  } else {
    const file = path.join(path.dirname(template), `${name}.db`);
    copyFileSync(template, file);
    url = `file:${file}`;
  }
  const db = createDb(url);
  afterAll(() => db.$disconnect());
  return { db, url };
}
