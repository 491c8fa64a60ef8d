import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticate, SIGN_IN_FAILURES_NOTICE } from "@/server/auth/credentials";
import { giveBack, type RateLimitRule, record } from "@/server/auth/rate-limit";
import type { Db } from "@/server/db";
import { callerFor, randomIp, signUp } from "../support/callers";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

async function expectCode(promise: Promise<unknown>, code: TRPCError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  return error as TRPCError;
}

describe("auth.signUp", () => {
  it("creates an account with an argon2id hash and a normalised email", async () => {
    const user = await signUp(db, { email: "  Robin@Example.TEST ", name: "Robin" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.email).toBe("robin@example.test");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(user.password);
    expect(row.timeZone).toBe("Europe/Berlin");
  });

  it("refuses a second account for the same email, whatever its case", async () => {
    await signUp(db, { email: "sam@example.test" });
    const error = await expectCode(signUp(db, { email: "SAM@example.test" }), "CONFLICT");
    expect(error.message).toMatch(/already exists/);
    expect(await db.user.count({ where: { email: "sam@example.test" } })).toBe(1);
  });

  it.each([
    ["too short", "short1!"],
    ["too long", "x".repeat(129)],
    ["too common", "Password123"],
  ])("refuses a password that is %s", async (_label, password) => {
    await expectCode(signUp(db, { password }), "BAD_REQUEST");
  });

  it("accepts any 8–128 character password without composition rules", async () => {
    await signUp(db, { password: "plumtree" });
    await signUp(db, { password: "y".repeat(128) });
  });

  it("rejects unknown fields and invalid time zones", async () => {
    const caller = callerFor(db);
    const base = { name: "A", email: "x1@example.test", password: "a long passphrase", timeZone: "UTC" };
    await expectCode(caller.auth.signUp({ ...base, id: "chosen" } as typeof base), "BAD_REQUEST");
    await expectCode(caller.auth.signUp({ ...base, timeZone: "Mars/Olympus" }), "BAD_REQUEST");
    expect(await db.user.count({ where: { email: "x1@example.test" } })).toBe(0);
  });

  it("is rate-limited per IP", async () => {
    const ip = randomIp();
    const caller = callerFor(db, null, ip);
    for (let i = 0; i < 10; i++) {
      await caller.auth.signUp({
        name: "N",
        email: `burst-${i}@example.test`,
        password: "a long passphrase",
        timeZone: "UTC",
      });
    }
    await expectCode(
      caller.auth.signUp({
        name: "N",
        email: "burst-x@example.test",
        password: "a long passphrase",
        timeZone: "UTC",
      }),
      "TOO_MANY_REQUESTS",
    );
    // Another address is not affected.
    await callerFor(db).auth.signUp({
      name: "N",
      email: "other-ip@example.test",
      password: "a long passphrase",
      timeZone: "UTC",
    });
  });
});

describe("sign-in (authenticate)", () => {
  it("holds its limit under a parallel burst: 20 wrong passwords at once, 5 tried", async () => {
    const user = await signUp(db);
    const ip = randomIp();
    const burst = await Promise.all(
      Array.from({ length: 20 }, () =>
        authenticate(db, { email: user.email, password: "not the password" }, ip),
      ),
    );
    const reasons = burst.map((r) => (r.ok ? "ok" : r.reason));
    expect(reasons.filter((r) => r === "invalid").length).toBe(5);
    expect(reasons.filter((r) => r === "rate-limited").length).toBe(15);
    // The right password from another address still gets in, and gives its point back.
    const other = randomIp();
    expect((await authenticate(db, { email: user.email, password: user.password }, other)).ok).toBe(true);
  });

  it("signs in with the right password, case-insensitively on the email", async () => {
    const user = await signUp(db);
    const result = await authenticate(
      db,
      { email: user.email.toUpperCase(), password: user.password },
      randomIp(),
    );
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, name: user.name, email: user.email },
    });
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await signUp(db);
    const wrong = await authenticate(db, { email: user.email, password: "not the password" }, randomIp());
    const unknown = await authenticate(
      db,
      { email: "nobody@example.test", password: "whatever!" },
      randomIp(),
    );
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("wrong passwords from other addresses never lock the owner out (issue #17, finding 2)", async () => {
    const user = await signUp(db);
    for (let i = 0; i < 20; i++) {
      expect(await authenticate(db, { email: user.email, password: `wrong ${i}` }, randomIp())).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect((await authenticate(db, { email: user.email, password: user.password }, randomIp())).ok).toBe(
      true,
    );
  });

  it("gives one address five tries at one account, then refuses it even the right password", async () => {
    const user = await signUp(db);
    const ip = randomIp();
    for (let i = 0; i < 5; i++) {
      expect(await authenticate(db, { email: user.email, password: `wrong ${i}` }, ip)).toMatchObject({
        reason: "invalid",
      });
    }
    expect(await authenticate(db, { email: user.email, password: user.password }, ip)).toEqual({
      ok: false,
      reason: "rate-limited",
    });
    expect((await authenticate(db, { email: user.email, password: user.password }, randomIp())).ok).toBe(
      true,
    );
  });

  it("past the account-wide ceiling, slows failing addresses only, and tells the owner once", async () => {
    const user = await signUp(db);
    const attackers = Array.from({ length: 50 }, () => randomIp());
    for (const ip of attackers) {
      await authenticate(db, { email: user.email, password: "guess one" }, ip);
      await authenticate(db, { email: user.email, password: "guess two" }, ip);
    }
    // 100 failures: an address that has been failing is refused at once…
    expect(
      await authenticate(db, { email: user.email, password: "guess three" }, attackers[0] ?? ""),
    ).toEqual({
      ok: false,
      reason: "rate-limited",
    });
    // …while the owner, from an address that hasn't failed, gets in with the right password.
    expect((await authenticate(db, { email: user.email, password: user.password }, randomIp())).ok).toBe(
      true,
    );
    const notices = await callerFor(db, user.claims).notification.list();
    expect(notices.filter((n) => n.kind === SIGN_IN_FAILURES_NOTICE)).toHaveLength(1);
  });

  it("tells the owner even when the try that reached the ceiling gave its point back", async () => {
    const user = await signUp(db);
    for (let i = 0; i < 99; i++) {
      await authenticate(db, { email: user.email, password: "guess" }, randomIp());
    }
    // A try in flight has counted the 100th failure; before it gives the point back (its
    // password was right), another address's wrong guess counts the 101st.
    const inFlight: [RateLimitRule, string][] = [["signInFailAccount", user.email]];
    expect(await record(db, inFlight)).toEqual([100]);
    await authenticate(db, { email: user.email, password: "guess again" }, randomIp());
    await giveBack(db, inFlight);
    await authenticate(db, { email: user.email, password: "and again" }, randomIp());
    const notices = await callerFor(db, user.claims).notification.list();
    expect(notices.filter((n) => n.kind === SIGN_IN_FAILURES_NOTICE)).toHaveLength(1);
  });

  it("limits one IP across many accounts", async () => {
    const ip = randomIp();
    for (let i = 0; i < 50; i++) {
      await authenticate(db, { email: `spray-${i}@example.test`, password: "guess guess" }, ip);
    }
    const user = await signUp(db);
    expect(await authenticate(db, { email: user.email, password: user.password }, ip)).toEqual({
      ok: false,
      reason: "rate-limited",
    });
    expect((await authenticate(db, { email: user.email, password: user.password }, randomIp())).ok).toBe(
      true,
    );
  });

  it("clears an account's failures after a successful sign-in", async () => {
    const user = await signUp(db);
    for (let i = 0; i < 9; i++)
      await authenticate(db, { email: user.email, password: "nope nope" }, randomIp());
    expect((await authenticate(db, { email: user.email, password: user.password }, randomIp())).ok).toBe(
      true,
    );
    for (let i = 0; i < 9; i++)
      await authenticate(db, { email: user.email, password: "nope nope" }, randomIp());
    expect((await authenticate(db, { email: user.email, password: user.password }, randomIp())).ok).toBe(
      true,
    );
  });

  it("refuses malformed credentials without touching the database", async () => {
    expect(await authenticate(db, { email: 42, password: null }, randomIp())).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticate(db, undefined, randomIp())).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("sign-in as next-auth calls it", () => {
  it("ignores the other form fields next-auth passes along", async () => {
    const user = await signUp(db);
    const result = await authenticate(
      db,
      { email: user.email, password: user.password, csrfToken: "abc", callbackUrl: "/home", json: "true" },
      randomIp(),
    );
    expect(result.ok).toBe(true);
  });
});
