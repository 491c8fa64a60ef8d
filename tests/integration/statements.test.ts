// The app's PostgreSQL client prepares each statement once per connection, as a named prepared
// statement (`postgresAdapter` in src/server/db.ts).
import pg from "pg";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { createDb } from "@/server/db";
import { createTestDb } from "../support/test-db";

afterEach(() => {
  vi.restoreAllMocks();
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
