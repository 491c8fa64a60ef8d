import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/server/db";

// rate-limiter-flexible keeps its counters in the RateLimit table through Prisma: one machine on
// SQLite, any number of app instances on PostgreSQL, with no extra service.
const RULES = {
  // Failed sign-ins (src/server/auth/credentials.ts): per account and address, per address, and
  // an account-wide ceiling far above the first that only slows addresses already failing.
  signInFailAccountIp: { points: 5, duration: 15 * 60 },
  signInFailIp: { points: 50, duration: 15 * 60 },
  signInFailAccount: { points: 100, duration: 60 * 60 },
  signUpIp: { points: 10, duration: 60 * 60 },
  passwordAccount: { points: 10, duration: 15 * 60 },
  passwordIp: { points: 50, duration: 15 * 60 },
  // Password reset (src/server/auth/password-reset.ts): asking for links, per address typed (known
  // or not, so the limit itself tells nothing) and per IP; using links, per IP.
  resetRequestAccount: { points: 3, duration: 60 * 60 },
  resetRequestIp: { points: 10, duration: 15 * 60 },
  resetUseIp: { points: 20, duration: 15 * 60 },
  verifyResendUser: { points: 3, duration: 60 * 60 },
  inviteEmailUser: { points: 5, duration: 24 * 60 * 60 },
  inviteCreateUser: { points: 20, duration: 60 * 60 },
  inviteCodeUser: { points: 10, duration: 15 * 60 },
  inviteCodeIp: { points: 30, duration: 15 * 60 },
  // Openings of counselor links (each one is a logged view): a reader never needs this many.
  counselorViewIp: { points: 120, duration: 15 * 60 },
} as const;
export type RateLimitRule = keyof typeof RULES;

const limitersByDb = new WeakMap<Db, Map<RateLimitRule, RateLimiterPrisma>>();

function limiter(db: Db, rule: RateLimitRule) {
  let limiters = limitersByDb.get(db);
  if (!limiters) {
    limiters = new Map();
    limitersByDb.set(db, limiters);
  }
  let found = limiters.get(rule);
  if (!found) {
    found = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: rule,
      ...RULES[rule],
    });
    limiters.set(rule, found);
  }
  return found;
}

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Counts one attempt against every (rule, key) pair; refused when any of them is exhausted. */
export async function consume(db: Db, checks: [RateLimitRule, string][]): Promise<RateLimitResult> {
  let retryAfterMs = 0;
  for (const [rule, key] of checks) {
    try {
      await limiter(db, rule).consume(key.toLowerCase());
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      retryAfterMs = Math.max(retryAfterMs, res.msBeforeNext);
    }
  }
  return retryAfterMs > 0 ? { ok: false, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) } : { ok: true };
}

/** A successful sign-in clears the account's failures so a typo earlier doesn't count later. */
export async function reset(db: Db, rule: RateLimitRule, key: string) {
  await limiter(db, rule).delete(key.toLowerCase());
}

/** Takes back one event counted by `record` (a try that turned out not to be a failure). */
export async function giveBack(db: Db, checks: [RateLimitRule, string][]): Promise<void> {
  await Promise.all(checks.map(([rule, key]) => limiter(db, rule).reward(key.toLowerCase(), 1)));
}

/** Counts one event against every (rule, key) pair without refusing anything; the new counts. */
export async function record(db: Db, checks: [RateLimitRule, string][]): Promise<number[]> {
  return Promise.all(
    checks.map(async ([rule, key]) => (await limiter(db, rule).penalty(key.toLowerCase(), 1)).consumedPoints),
  );
}

export const ruleLimit = (rule: RateLimitRule) => RULES[rule].points;
