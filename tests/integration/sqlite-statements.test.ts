// The app's SQLite client compiles each statement once (src/server/sqlite-statements.ts). Fails if
// a new @prisma/adapter-better-sqlite3 keeps its connection where the cache can't find it.
import Database from "better-sqlite3";
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
