// `npm run user:reset-password -- <email>`: prints a one-time link to choose a new password, for
// the person running the server to pass on (the way to reset without mail). The link works once,
// for one hour, like a mailed one; using it signs the account out everywhere.
import { existsSync } from "node:fs";

if (existsSync(".env")) process.loadEnvFile(".env");

const email = process.argv[2]?.trim().toLowerCase();
if (!email) {
  console.error("Usage: npm run user:reset-password -- <email>");
  process.exit(2);
}

// Imported after .env is loaded: the app's environment is validated when its modules load.
const { createDb } = await import("@/server/db");
const { createResetLink, resetUrl } = await import("@/server/auth/password-reset");
const { env } = await import("@/env");

const db = createDb(env.DATABASE_URL);
try {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) {
    console.error(`No account uses ${email}.`);
    process.exitCode = 1;
  } else {
    const { token } = await createResetLink(db, user.id);
    console.log(
      `A link to choose a new password for ${email} (works once, for one hour):\n${resetUrl(token)}`,
    );
  }
} finally {
  await db.$disconnect();
}
