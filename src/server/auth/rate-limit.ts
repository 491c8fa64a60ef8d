import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/server/db";

// rate-limiter-flexible keeps its counters in the RateLimit table through Prisma: one machine on
// SQLite, any number of app instances on PostgreSQL, with no extra service.
const RULES = {
  signInAccount: { points: 10, duration: 15 * 60 },
  signInIp: { points: 50, duration: 15 * 60 },
  signUpIp: { points: 10, duration: 60 * 60 },
  passwordAccount: { points: 10, duration: 15 * 60 },
  passwordIp: { points: 50, duration: 15 * 60 },
  inviteCreateUser: { points: 20, duration: 60 * 60 },
  inviteCodeUser: { points: 10, duration: 15 * 60 },
  inviteCodeIp: { points: 30, duration: 15 * 60 },
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
