import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTestDb } from "../support/test-db";

const root = path.join(import.meta.dirname, "../..");

describe("schema and migrations", () => {
  it("the per-engine schemas are generated from prisma/models.prisma", () => {
    execFileSync(process.execPath, ["scripts/prisma-schemas.mjs", "--check"], { cwd: root, stdio: "pipe" });
  });

  it("every id is random: no table makes a time-bearing id (cuid v1, autoincrement) it could hand out", () => {
    const models = readFileSync(path.join(root, "prisma", "models.prisma"), "utf8");
    const ids = [...models.matchAll(/^model (\w+) \{[^}]*?^\s+(\w+)\s+(\w+)\s+@id\b([^\n]*)$/gms)].map(
      ([, model, , type, rest]) => `${model} ${type}${rest}`,
    );
    expect(ids.length).toBeGreaterThan(20);
    const notRandom = ids.filter((id) => !/ String @default\((cuid\(2\)|uuid\(\))\)/.test(id));
    // Made by the code instead: a session's id is 24 random bytes (src/server/auth/sessions.ts), a
    // rate limit's is its key. The live-event counter never leaves the server as it is (each stream
    // encrypts it per reader: src/server/live/event-id.ts).
    expect(notRandom).toEqual([
      "Session String",
      "LiveEvent Int @default(autoincrement())",
      "RateLimit String",
    ]);
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
