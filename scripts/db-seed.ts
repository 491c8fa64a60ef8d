// `npm run db:seed -- --couples N --years Y [--per-person K] [--seed S] [--prefix P]`
// Writes N linked couples with Y years of daily check-ins into DATABASE_URL (migrated first by the
// npm script). Deterministic for a seed; every seeded person signs in with SEED_PASSWORD.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";

if (existsSync(".env")) process.loadEnvFile(".env");

const { values } = parseArgs({
  options: {
    couples: { type: "string", default: "200" },
    years: { type: "string", default: "1" },
    "per-person": { type: "string", default: "3" },
    seed: { type: "string", default: "42" },
    prefix: { type: "string", default: "seed" },
  },
});

const number = (name: string, value: string | undefined) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number (got ${value})`);
  return n;
};

// Imported after .env is loaded: the app's environment is validated when its modules load.
const { createDb, isPostgresUrl } = await import("@/server/db");
const { SEED_PASSWORD, seedCouples } = await import("../bench/seed-history");
const { env } = await import("@/env");

const db = createDb(env.DATABASE_URL);
try {
  const result = await seedCouples(db, {
    engine: isPostgresUrl(env.DATABASE_URL) ? "postgresql" : "sqlite",
    couples: Math.round(number("couples", values.couples)),
    years: number("years", values.years),
    perPerson: Math.round(number("per-person", values["per-person"])),
    seed: Math.round(number("seed", values.seed)),
    prefix: values.prefix,
  });
  const first = result.couples[0]?.people[0]?.email;
  process.stdout.write(
    `Seeded ${result.couples.length} couples (${result.users} people) and ${result.checkIns.toLocaleString("en")} check-ins ` +
      `into ${env.DATABASE_URL.replace(/\/\/[^@]*@/, "//…@")} in ${result.seconds.toFixed(1)} s ` +
      `(check-ins: ${Math.round(result.checkInsPerSecond).toLocaleString("en")}/s).\n` +
      (first ? `Sign in as ${first} (or any seeded person) with the password "${SEED_PASSWORD}".\n` : ""),
  );
} finally {
  await db.$disconnect();
}
