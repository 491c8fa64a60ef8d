import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTestDb } from "../support/test-db";

const root = path.join(import.meta.dirname, "../..");

describe("schema and migrations", () => {
  it("the per-engine schemas are generated from prisma/models.prisma", () => {
    execFileSync(process.execPath, ["scripts/prisma-schemas.mjs", "--check"], { cwd: root, stdio: "pipe" });
  });

  it("both engines have the same migrations", () => {
    const names = (engine: string) =>
      readdirSync(path.join(root, "prisma", engine, "migrations")).filter((n) => /^\d/.test(n));
    expect(names("postgresql")).toEqual(names("sqlite"));
    expect(names("sqlite").length).toBeGreaterThan(0);
  });

  it("a freshly migrated database matches the schema exactly (no drift)", async () => {
    const { url } = await createTestDb();
    const engine = url.startsWith("file:") ? "sqlite" : "postgresql";
    const result = spawnSync(
      process.execPath,
      [
        "scripts/prisma.mjs",
        "migrate",
        "diff",
        "--from-config-datasource",
        "--to-schema",
        `prisma/${engine}/schema.prisma`,
        "--exit-code",
      ],
      { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
    );
    // --exit-code: 0 = no difference, 2 = the migrations and the schema disagree.
    expect(result.stdout + result.stderr).not.toMatch(/CREATE|ALTER|DROP/);
    expect(result.status).toBe(0);
  }, 60_000);
});
