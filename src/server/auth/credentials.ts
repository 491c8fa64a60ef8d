import { ZSignInInput } from "@/domain/auth/schemas";
import { burnPasswordCheck, verifyPassword } from "@/server/auth/password";
import { giveBack, type RateLimitRule, record, reset, ruleLimit } from "@/server/auth/rate-limit";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/db-errors";
import { notificationData } from "@/server/notification/write";

export type AuthenticatedUser = { id: string; name: string; email: string };
export type AuthenticateResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" | "rate-limited" };

/** The notice the account's owner gets when failed sign-ins pass the account-wide ceiling. */
export const SIGN_IN_FAILURES_NOTICE = "sign-in-failures" as const;

const HOUR = 60 * 60 * 1000;

/**
 * Tells the owner their account is past the ceiling, once an hour (the notice says "in the last
 * hour"), not at every try. Not "when the count reaches exactly the ceiling": the try that reached
 * it may give its point back (a right password, or refused) while others have gone past it, and
 * then no failing try ever sees that count. Two failures at the same moment write one row (the key).
 */
async function tellOwner(db: Db, userId: string, now = new Date()) {
  const since = new Date(now.getTime() - HOUR);
  const told = await db.notification.count({
    where: { userId, kind: SIGN_IN_FAILURES_NOTICE, createdAt: { gt: since } },
  });
  if (told > 0) return;
  const key = `${SIGN_IN_FAILURES_NOTICE}:${userId}:${Math.floor(now.getTime() / HOUR)}`;
  try {
    await db.notification.create({
      data: notificationData({ userId, actorId: null, kind: SIGN_IN_FAILURES_NOTICE, key }),
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

/**
 * Sign-in with limits a third party can't turn into a lockout (OWASP Authentication Cheat Sheet):
 * only *failures* count, per (account, address) and per address; the account-wide count matters
 * only far above those, and then it refuses only addresses that have themselves been failing. The
 * owner, from an address that hasn't failed, always gets in with the right password.
 * One answer for unknown email and wrong password, in the same time: sign-in never tells whether
 * an account exists.
 */
export async function authenticate(
  db: Db,
  raw: Partial<Record<string, unknown>> | undefined,
  ip: string,
): Promise<AuthenticateResult> {
  // next-auth passes every posted form field (csrfToken, callbackUrl, …): take only ours.
  const parsed = ZSignInInput.safeParse({ email: raw?.email, password: raw?.password });
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const accountIp = `${email}|${ip}`;

  // Every try counts as a failure before the password is checked and gives its point back when it
  // wasn't one: checking first and counting after the hash let a parallel burst past the limit
  // (every request of the burst saw the count from before any of them was recorded).
  const failures: [RateLimitRule, string][] = [
    ["signInFailAccountIp", accountIp],
    ["signInFailIp", ip],
    ["signInFailAccount", email],
  ];
  const [addressCount = 0, ipCount = 0, accountCount = 0] = await record(db, failures);
  const accountUnderAttack = accountCount > ruleLimit("signInFailAccount");
  if (
    addressCount > ruleLimit("signInFailAccountIp") ||
    ipCount > ruleLimit("signInFailIp") ||
    (accountUnderAttack && addressCount > 1)
  ) {
    await giveBack(db, failures);
    return { ok: false, reason: "rate-limited" };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, deletedAt: true },
  });
  const valid = user ? await verifyPassword(user.passwordHash, password) : await burnPasswordCheck(password);
  if (!user || !valid || user.deletedAt) {
    if (user && !user.deletedAt && accountCount >= ruleLimit("signInFailAccount")) {
      await tellOwner(db, user.id);
    }
    return { ok: false, reason: "invalid" };
  }

  await giveBack(db, failures);
  await reset(db, "signInFailAccountIp", accountIp);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
