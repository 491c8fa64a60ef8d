// Issue #23, item 4: readiness = the database answers and every shipped migration is applied.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db";
import { checkReadiness, shippedMigrations } from "@/server/readiness";
import { createTestDb } from "../support/test-db";

let db: Db;
let url: string;
beforeAll(async () => {
  ({ db, url } = await createTestDb());
});

describe("readiness", () => {
  it("is ready on a migrated database", async () => {
    expect(shippedMigrations("sqlite").length).toBeGreaterThan(5);
    expect(shippedMigrations("sqlite")).toEqual(shippedMigrations("postgresql"));
    expect(await checkReadiness(db, url)).toEqual({ ready: true });
  });

  it("is not ready while a shipped migration hasn't been applied", async () => {
    const last = shippedMigrations("sqlite").at(-1) ?? "";
    await db.$executeRaw`UPDATE "_prisma_migrations" SET "finished_at" = NULL WHERE "migration_name" = ${last}`;
    try {
      expect(await checkReadiness(db, url)).toEqual({
        ready: false,
        reason: "migrations-pending",
        pending: [last],
      });
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET "finished_at" = CURRENT_TIMESTAMP WHERE "migration_name" = ${last}`;
    }
  });
});
