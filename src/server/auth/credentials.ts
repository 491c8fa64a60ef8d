import { ZSignInInput } from "@/domain/auth/schemas";
import { burnPasswordCheck, verifyPassword } from "@/server/auth/password";
import { consume, reset } from "@/server/auth/rate-limit";
import type { Db } from "@/server/db";

export type AuthenticatedUser = { id: string; name: string; email: string; sessionVersion: number };
export type AuthenticateResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" | "rate-limited" };

// One answer for unknown email and wrong password, in the same time: sign-in never tells
// whether an account exists.
export async function authenticate(
  db: Db,
  raw: Partial<Record<string, unknown>> | undefined,
  ip: string,
): Promise<AuthenticateResult> {
  // next-auth passes every posted form field (csrfToken, callbackUrl, …): take only ours.
  const parsed = ZSignInInput.safeParse({ email: raw?.email, password: raw?.password });
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const limit = await consume(db, [
    ["signInAccount", email],
    ["signInIp", ip],
  ]);
  if (!limit.ok) return { ok: false, reason: "rate-limited" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, sessionVersion: true, passwordHash: true },
  });
  if (!user) {
    await burnPasswordCheck(password);
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: "invalid" };

  await reset(db, "signInAccount", email);
  const { passwordHash: _omit, ...rest } = user;
  return { ok: true, user: rest };
}
