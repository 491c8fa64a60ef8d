// The validated environment: imported by next.config.mjs, so a bad configuration fails at build
// and start instead of at the first request. Every variable is documented in .env.example.
import { z } from "zod";

const isProduction = process.env.NODE_ENV === "production";
// `next build` runs with NODE_ENV=production but serves nothing: the secret is checked at start.
const isBuild = process.env.NEXT_PHASE === "phase-production-build";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .default("file:./data/kept.db")
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), "must start with file: or postgresql://"),
  // Optional: a session (not pooled) connection to the same PostgreSQL database, for what a
  // pooler in transaction mode (PgBouncer) can't carry: the live bus's LISTEN and migrations.
  DIRECT_DATABASE_URL: z
    .string()
    .refine((url) => /^postgres(ql)?:\/\//.test(url), "must start with postgresql://")
    .optional(),
  APP_URL: z.url().default("http://localhost:3000"),
  NEXTAUTH_SECRET:
    isProduction && !isBuild && process.env.SKIP_ENV_VALIDATION !== "1"
      ? z
          .string({ error: "is required in production: set it to a random secret (openssl rand -base64 32)" })
          .min(32, "must be at least 32 characters in production (openssl rand -base64 32)")
      : z.string().optional(),
  // A whole number: "lots" or an address would otherwise silently mean 0 (README, "Behind a proxy").
  TRUSTED_PROXIES: z
    .string()
    .regex(/^\d{1,2}$/, "must be a whole number of proxies (0, 1, 2…), not a name or an address")
    .default("0"),
  LOG_LEVEL: z.enum(["error", "warn", "info", "debug"]).default("info"),
  // Mail (README, "Email"): unset = mail is off and the app works without it.
  SMTP_URL: z
    .string()
    .refine((url) => /^smtps?:\/\/[^/]/.test(url), "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).max(200).default("Kept <kept@localhost>"),
  // Where "Quick exit" sends someone who needs to leave the app at once: a neutral page.
  QUICK_EXIT_URL: z
    .url()
    .refine((url) => /^https?:\/\//.test(url), "must be an http(s):// address")
    .default("https://weather.com/"),
  // How often each instance's scheduler looks for what fell due (the talk day); tests shorten it.
  SCHEDULER_EVERY_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  // Set only by the HTTP bench for the server it starts (.env.example).
  KEPT_BENCH: z.enum(["1", "dev"]).optional(),
});

const parsed = schema.safeParse({
  NODE_ENV: process.env.NODE_ENV,
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  DIRECT_DATABASE_URL: process.env.DIRECT_DATABASE_URL || undefined,
  APP_URL: process.env.APP_URL || undefined,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || undefined,
  TRUSTED_PROXIES: process.env.TRUSTED_PROXIES?.trim() || undefined,
  LOG_LEVEL: process.env.LOG_LEVEL || undefined,
  SMTP_URL: process.env.SMTP_URL || undefined,
  MAIL_FROM: process.env.MAIL_FROM || undefined,
  QUICK_EXIT_URL: process.env.QUICK_EXIT_URL || undefined,
  SCHEDULER_EVERY_SECONDS: process.env.SCHEDULER_EVERY_SECONDS || undefined,
  KEPT_BENCH: process.env.KEPT_BENCH || undefined,
});

if (!parsed.success) {
  // One line, naming each variable: it is what an operator sees in `docker logs`.
  const problems = parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
  throw new Error(`Invalid configuration: ${problems} (see .env.example)`);
}

export const env = parsed.data;
