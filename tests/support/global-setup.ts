import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";

// Migrates one template database per run with the real `prisma migrate deploy`; every test file
// then gets its own copy (a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL).
const root = path.join(import.meta.dirname, "../..");
const runId = `${Date.now().toString(36)}${process.pid}`;

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { engine: "sqlite" | "postgresql"; template: string; runId: string };
  }
}

function migrate(databaseUrl: string) {
  execFileSync(process.execPath, [path.join(root, "scripts/prisma.mjs"), "migrate-deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export function withDatabase(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const template = `kept_tpl_${runId}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${template}"`);
    migrate(withDatabase(serverUrl, template));
    project.provide("testDatabase", { engine: "postgresql", template, runId });
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`kept_%${runId}%`],
      );
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await admin.end();
    };
  }
  const dir = path.join(root, "data/test", runId);
  mkdirSync(dir, { recursive: true });
  const template = path.join(dir, "template.db");
  migrate(`file:${template}`);
  project.provide("testDatabase", { engine: "sqlite", template, runId });
  return () => rmSync(dir, { recursive: true, force: true });
}
