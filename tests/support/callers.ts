import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import type { SessionClaims } from "@/server/auth";
import { createSession } from "@/server/auth/sessions";
import type { Db } from "@/server/db";

export type TestUser = { id: string; email: string; password: string; name: string; claims: SessionClaims };

/** A distinct documentation-range address per call, so rate limits don't leak between tests. */
export function randomIp() {
  const b = randomBytes(2);
  return `198.51.${b[0]}.${b[1]}`;
}

/** `signal` ends the caller's subscriptions (as a closed page's request does). */
export function callerFor(
  db: Db,
  claims: SessionClaims | null = null,
  ip = randomIp(),
  signal?: AbortSignal,
) {
  return createCaller(createTRPCContext({ db, claims, ip }), { signal });
}

/** Signs a person up through the real procedure. */
export async function signUp(
  db: Db,
  overrides: Partial<{ name: string; email: string; password: string; timeZone: string }> = {},
): Promise<TestUser> {
  const input = {
    name: overrides.name ?? "Alex",
    email: overrides.email ?? `user-${randomBytes(6).toString("hex")}@example.test`,
    password: overrides.password ?? "a calm and long passphrase",
    timeZone: overrides.timeZone ?? "Europe/Berlin",
  };
  const answer = await callerFor(db).auth.signUp(input);
  // With mail on, sign-up doesn't return the id (its answer is the same for a taken address).
  const id =
    "id" in answer && answer.id
      ? answer.id
      : (await db.user.findUniqueOrThrow({ where: { email: input.email.trim().toLowerCase() } })).id;
  return { id, email: input.email, password: input.password, name: input.name, claims: await signIn(db, id) };
}

/** A new signed-in device for the person, as next-auth's sign-in makes one: its cookie's claims. */
export async function signIn(db: Db, userId: string): Promise<SessionClaims> {
  return {
    userId,
    sessionId: await createSession(db, userId, "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"),
  };
}

/** The tRPC error code and message a call ends with ("OK" when it succeeds). */
export async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => ({ code: "OK", message: "" }),
    (e: unknown) => {
      if (!(e instanceof TRPCError)) throw e;
      return { code: e.code, message: e.message };
    },
  );
}
