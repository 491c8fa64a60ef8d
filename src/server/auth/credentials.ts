import { ZSignInInput } from "@/domain/auth/schemas";
import { burnPasswordCheck, verifyPassword } from "@/server/auth/password";
import { exhausted, type RateLimitRule, record, reset, ruleLimit, used } from "@/server/auth/rate-limit";
import type { Db } from "@/server/db";
import { notificationData } from "@/server/notification/write";

export type AuthenticatedUser = { id: string; name: string; email: string };
export type AuthenticateResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" | "rate-limited" };

/** The notice the account's owner gets when failed sign-ins pass the account-wide ceiling. */
export const SIGN_IN_FAILURES_NOTICE = "sign-in-failures" as const;

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

  const [addressFailures, accountFailing, ipFailing, accountUnderAttack] = await Promise.all([
    used(db, "signInFailAccountIp", accountIp),
    exhausted(db, "signInFailAccountIp", accountIp),
    exhausted(db, "signInFailIp", ip),
    exhausted(db, "signInFailAccount", email),
  ]);
  if (accountFailing || ipFailing || (accountUnderAttack && addressFailures > 0)) {
    return { ok: false, reason: "rate-limited" };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  const valid = user ? await verifyPassword(user.passwordHash, password) : await burnPasswordCheck(password);
  if (!user || !valid) {
    const failures: [RateLimitRule, string][] = [
      ["signInFailAccountIp", accountIp],
      ["signInFailIp", ip],
      ["signInFailAccount", email],
    ];
    const [, , accountCount] = await record(db, failures);
    // Crossing the ceiling happens once per window: tell the owner then, not at every try.
    if (user && accountCount === ruleLimit("signInFailAccount")) {
      await db.notification.create({
        data: notificationData({ userId: user.id, actorId: null, kind: SIGN_IN_FAILURES_NOTICE }),
      });
    }
    return { ok: false, reason: "invalid" };
  }

  await reset(db, "signInFailAccountIp", accountIp);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
