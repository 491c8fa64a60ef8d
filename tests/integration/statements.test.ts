// The app's clients compile each statement once: on SQLite through the statement cache
// (src/server/sqlite-statements.ts; fails if a new @prisma/adapter-better-sqlite3 keeps its
// connection where the cache can't find it), on PostgreSQL as named prepared statements
// (`postgresAdapter` in src/server/db.ts).
import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { createDb } from "@/server/db";
import { createTestDb } from "../support/test-db";

afterEach(() => {
  vi.restoreAllMocks();
});

describe.skipIf(inject("testDatabase").engine !== "sqlite")("the app's SQLite client", () => {
  it("compiles each statement once, reads and writes alike", async () => {
    const { url } = await createTestDb();
    const prepare = vi.spyOn(Database.prototype, "prepare");
    const db = createDb(url);
    try {
      for (let i = 0; i < 3; i++) {
        await db.user.findMany({ where: { email: `nobody-${i}@example.test` }, select: { id: true } });
        await db.$transaction(async (tx) => {
          await tx.user.count({ where: { email: `nobody-${i}@example.test` } });
        });
        await db.$queryRaw`SELECT ${i} AS n`;
      }
    } finally {
      await db.$disconnect();
    }
    const compiled = prepare.mock.calls.map(([sql]) => sql);
    expect(compiled.length).toBeGreaterThan(3);
    expect(compiled.filter((sql, i) => compiled.indexOf(sql) !== i)).toEqual([]);
  });
});

describe.skipIf(inject("testDatabase").engine !== "postgresql")("the app's PostgreSQL client", () => {
  it("names every statement by its SQL, so each connection prepares it once", async () => {
    const { url } = await createTestDb();
    const query = vi.spyOn(pg.Client.prototype, "query");
    const db = createDb(url);
    try {
      for (let i = 0; i < 3; i++) {
        await db.user.findMany({ where: { email: `nobody-${i}@example.test` }, select: { id: true } });
        await db.$queryRaw`SELECT ${i}::int AS n`;
      }
    } finally {
      await db.$disconnect();
    }
    const sent = query.mock.calls
      .map(([config]) => config as unknown)
      .filter(
        (c): c is { name?: string; text: string } => typeof c === "object" && c !== null && "text" in c,
      );
    expect(sent.length).toBeGreaterThanOrEqual(6);
    const nameOf = new Map<string, string | undefined>();
    for (const { name, text } of sent) {
      expect(name, text).toMatch(/^k[\w-]{32}$/);
      if (nameOf.has(text)) expect(nameOf.get(text)).toBe(name);
      nameOf.set(text, name);
    }
    expect(new Set(nameOf.values()).size).toBe(nameOf.size);
  });
});
