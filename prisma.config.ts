import { defineConfig } from "prisma/config";

// One schema and one migrations folder per engine (Prisma fixes the provider per schema);
// DATABASE_URL picks the engine. scripts/prisma.mjs sets KEPT_PRISMA_ENGINE to generate both
// clients whatever the URL.
const url = process.env.DATABASE_URL || "file:./data/kept.db";
const engine = process.env.KEPT_PRISMA_ENGINE ?? (/^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite");

export default defineConfig({
  schema: `prisma/${engine}/schema.prisma`,
  migrations: { path: `prisma/${engine}/migrations` },
  datasource: { url },
});
