#!/usr/bin/env node
// Writes one Prisma schema per database engine from prisma/models.prisma (the single source of
// truth). Prisma fixes the provider per schema, so SQLite and PostgreSQL each get a schema, a
// generated client and a migrations folder of their own.
//   node scripts/prisma-schemas.mjs          write them
//   node scripts/prisma-schemas.mjs --check  exit 1 when the committed files are stale
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export const ENGINES = {
  sqlite: { provider: "sqlite", client: "prisma-sqlite" },
  postgresql: { provider: "postgresql", client: "prisma-pg" },
};

export function renderSchema(engine, models) {
  const { provider, client } = ENGINES[engine];
  return `// GENERATED from prisma/models.prisma by scripts/prisma-schemas.mjs: do not edit.

generator client {
  provider     = "prisma-client"
  output       = "../../src/generated/${client}"
  moduleFormat = "esm"
}

datasource db {
  provider = "${provider}"
}

${models.trim()}
`;
}

function main() {
  const models = readFileSync(join(root, "prisma/models.prisma"), "utf8");
  const check = process.argv.includes("--check");
  let stale = false;
  for (const engine of Object.keys(ENGINES)) {
    const file = join(root, "prisma", engine, "schema.prisma");
    const text = renderSchema(engine, models);
    let current = "";
    try {
      current = readFileSync(file, "utf8");
    } catch {}
    if (current === text) continue;
    if (check) {
      console.error(`${file} is stale: run npm run db:schemas`);
      stale = true;
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote ${file}`);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
