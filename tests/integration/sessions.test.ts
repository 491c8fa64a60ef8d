// Issue #7, suite 4: sessions and auth that can't be talked round.
import { NextRequest } from "next/server";
import { encode, type JWT } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { handleTRPCRequest, MAX_BATCH_SIZE } from "@/server/api/http";
import { authOptionsFor, claimsFromRequest, SESSION_COOKIE, type SessionClaims } from "@/server/auth";
import { PEER_ADDRESS_HEADER } from "@/server/auth/client-ip";
import type { Db } from "@/server/db";
import { serverSecret } from "@/server/secrets";
import { callerFor, failure, randomIp, signIn, signUp } from "../support/callers";
import { linkedPair } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const BASE = "http://localhost:3000";

describe("next-auth callbacks", () => {
  const options = () => authOptionsFor(db);

  it("never redirects off-site after sign-in or sign-out", async () => {
    const redirect = options().callbacks?.redirect;
    if (!redirect) throw new Error("no redirect callback");
    for (const url of [
      "https://evil.test",
      "https://evil.test/home",
      "//evil.test",
      "//evil.test/home",
      "/\\evil.test",
      "\\\\evil.test",
      "http://localhost:3000.evil.test/home",
      "http://localhost:3000@evil.test/",
      "javascript:alert(1)",
      "data:text/html,hi",
      "",
    ]) {
      expect(await redirect({ url, baseUrl: BASE }), url).toBe(BASE);
    }
    expect(await redirect({ url: "/dashboard?range=4w", baseUrl: BASE })).toBe(`${BASE}/dashboard?range=4w`);
    expect(await redirect({ url: `${BASE}/today`, baseUrl: BASE })).toBe(`${BASE}/today`);
  });

  it("takes identity only from sign-in, never from session.update()", async () => {
    const jwt = options().callbacks?.jwt;
    if (!jwt) throw new Error("no jwt callback");
    const user = await signUp(db);
    const token: JWT = { sub: user.id, sid: user.claims.sessionId };
    const updated = await jwt({
      token: { ...token },
      trigger: "update",
      session: { sub: "user-b", userId: "user-b", sid: "another", user: { id: "user-b" } },
      // biome-ignore lint/suspicious/noExplicitAny: next-auth types `user` as required here
      user: undefined as any,
      account: null,
    });
    expect(updated).toMatchObject(token);
  });

  it("refuses to renew a cookie whose session was signed out (next-auth then clears it)", async () => {
    const { jwt } = options().callbacks ?? {};
    const signOut = options().events?.signOut;
    if (!jwt || !signOut) throw new Error("no jwt callback or signOut event");
    const user = await signUp(db);
    const token: JWT = { sub: user.id, sid: user.claims.sessionId };
    // biome-ignore lint/suspicious/noExplicitAny: next-auth types `user` as required here
    const read = () => jwt({ token: { ...token }, user: undefined as any, account: null });
    await expect(read()).resolves.toMatchObject(token);
    await signOut({ token, session: { expires: "", user: { id: user.id } } });
    await expect(read()).rejects.toThrow(/ended/);
    expect(await failure(callerFor(db, user.claims).user.me())).toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("reading the session cookie", () => {
  const request = (cookies: [string, string][], headers: Record<string, string> = {}) =>
    new NextRequest(BASE, {
      headers: { ...headers, cookie: cookies.map(([n, v]) => `${n}=${v}`).join("; ") },
    });
  const token = (claims: JWT, opts: { secret?: string; maxAge?: number } = {}) =>
    encode({ token: claims, secret: opts.secret ?? serverSecret(), maxAge: opts.maxAge });

  it("reads who the cookie next-auth wrote is for, and which session, whole or in chunks", async () => {
    const value = await token({ sub: "user-a", sid: "session-a", name: "Ana" });
    const expected = { userId: "user-a", sessionId: "session-a" };
    expect(
      await claimsFromRequest(
        request([
          ["theme", "calm"],
          [SESSION_COOKIE, value],
        ]),
      ),
    ).toEqual(expected);
    // next-auth cuts a large cookie into `.0`, `.1`, …; they may come in any order.
    const third = Math.ceil(value.length / 3);
    const chunks = [0, 1, 2].map((i): [string, string] => [
      `${SESSION_COOKIE}.${i}`,
      value.slice(i * third, (i + 1) * third),
    ]);
    expect(await claimsFromRequest(request([2, 0, 1].map((i) => chunks[i] ?? ["x", ""])))).toEqual(expected);
    // A cookie from before server-side sessions names no session: it is not a session any more.
    expect(await claimsFromRequest(request([[SESSION_COOKIE, await token({ sub: "user-b" })]]))).toBeNull();
  });

  it("stops reading a cookie it has read before once the token expires", async () => {
    const value = await token({ sub: "user-c", sid: "session-c" }, { maxAge: 60 });
    const req = request([[SESSION_COOKIE, value]]);
    expect(await claimsFromRequest(req)).toEqual({ userId: "user-c", sessionId: "session-c" });
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 61_000);
      expect(await claimsFromRequest(req)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("reads nothing from a cookie that is missing, foreign, forged or expired", async () => {
    const good = await token({ sub: "user-a", sid: "s1" });
    for (const [what, cookies] of [
      ["no cookie", []],
      ["another cookie's name", [[`x${SESSION_COOKIE}`, good]]],
      [
        "another secret",
        [[SESSION_COOKIE, await token({ sub: "user-a", sid: "s1" }, { secret: "x".repeat(40) })]],
      ],
      ["expired", [[SESSION_COOKIE, await token({ sub: "user-a", sid: "s1" }, { maxAge: -60 })]]],
      ["no subject", [[SESSION_COOKIE, await token({ sid: "s1" })]]],
      ["tampered", [[SESSION_COOKIE, `${good.slice(0, -4)}AAAA`]]],
      ["garbage", [[SESSION_COOKIE, "not-a-token"]]],
      ["empty", [[SESSION_COOKIE, ""]]],
    ] as [string, [string, string][]][]) {
      expect(await claimsFromRequest(request(cookies)), what).toBeNull();
    }
  });
});

describe("server-side sessions", () => {
  it("signing one device out leaves the others signed in, and a copy of its cookie is useless", async () => {
    const user = await signUp(db);
    const phone = user.claims;
    const laptop = await signIn(db, user.id);
    const onLaptop = callerFor(db, laptop);
    const listed = await onLaptop.session.list();
    expect(listed.map((s) => s.current).sort()).toEqual([false, true]);
    expect(listed.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.lastSeenOn))).toBe(true);
    await onLaptop.session.end({ id: phone.sessionId });
    expect(await failure(callerFor(db, phone).user.me())).toMatchObject({ code: "UNAUTHORIZED" });
    expect(await failure(onLaptop.user.me())).toMatchObject({ code: "OK" });
    // Gone is gone: ending it again, or someone else's session, is NOT_FOUND.
    expect(await failure(onLaptop.session.end({ id: phone.sessionId }))).toMatchObject({ code: "NOT_FOUND" });
    const stranger = await signUp(db);
    expect(await failure(callerFor(db, stranger.claims).session.end({ id: laptop.sessionId }))).toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
    expect(await failure(onLaptop.user.me())).toMatchObject({ code: "OK" });
  });

  it("idles out after 30 days unused and ends at its absolute lifetime", async () => {
    const user = await signUp(db);
    const idle = await signIn(db, user.id);
    const old = await signIn(db, user.id);
    const day = 24 * 60 * 60 * 1000;
    await db.session.update({
      where: { id: idle.sessionId },
      data: { lastSeenAt: new Date(Date.now() - 31 * day) },
    });
    await db.session.update({
      where: { id: old.sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await failure(callerFor(db, idle).user.me())).toMatchObject({ code: "UNAUTHORIZED" });
    expect(await failure(callerFor(db, old).user.me())).toMatchObject({ code: "UNAUTHORIZED" });
    expect(await failure(callerFor(db, user.claims).user.me())).toMatchObject({ code: "OK" });
  });

  it("moves 'last seen' forward once a day, not on every request", async () => {
    const user = await signUp(db);
    const yesterday = new Date(Date.now() - 25 * 60 * 60 * 1000);
    await db.session.update({ where: { id: user.claims.sessionId }, data: { lastSeenAt: yesterday } });
    await callerFor(db, user.claims).user.me();
    const { lastSeenAt } = await db.session.findUniqueOrThrow({ where: { id: user.claims.sessionId } });
    expect(lastSeenAt.getTime()).toBeGreaterThan(yesterday.getTime());
    await callerFor(db, user.claims).user.me();
    const again = await db.session.findUniqueOrThrow({ where: { id: user.claims.sessionId } });
    expect(again.lastSeenAt.getTime()).toBe(lastSeenAt.getTime());
  });

  it("a cookie from before sign-out gets 401 over HTTP", async () => {
    const user = await signUp(db);
    const token = { sub: user.id, sid: user.claims.sessionId };
    await authOptionsFor(db).events?.signOut?.({ token, session: { expires: "", user: { id: user.id } } });
    const res = await handleTRPCRequest(new Request("http://localhost/api/trpc/user.me"), {
      db,
      claims: user.claims,
    });
    expect(res.status).toBe(401);
  });
});

describe("revocation", () => {
  it("after an unlink the old session still signs in, but reaches no couple data", async () => {
    const { a, b } = await linkedPair(db);
    const { id } = await callerFor(db, b.claims).commitment.create({
      title: "Ben's promise",
      who: "me",
      cadence: { kind: "daily" },
    });
    await callerFor(db, a.claims).couple.unlink();
    const asA = callerFor(db, a.claims);
    for (const call of [
      () => asA.commitment.list({}),
      () => asA.commitment.get({ id }),
      () => asA.consistency.dashboard({}),
      () => asA.couple.get(),
    ]) {
      expect(await failure(call())).toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("a replayed cookie from before a password change gets 401 over HTTP", async () => {
    const user = await signUp(db);
    const old = user.claims;
    await callerFor(db, old).user.changePassword({
      currentPassword: user.password,
      newPassword: "a different long passphrase",
    });
    const res = await handleTRPCRequest(new Request("http://localhost/api/trpc/user.me"), {
      db,
      claims: old,
    });
    expect(res.status).toBe(401);
  });
});

describe("rate limits hold inside batches", () => {
  const batchPost = (procedure: string, inputs: unknown[], ip: string, claims: SessionClaims | null) =>
    handleTRPCRequest(
      new Request(
        `http://localhost/api/trpc/${Array.from({ length: inputs.length }, () => procedure).join(",")}?batch=1`,
        {
          method: "POST",
          headers: { "content-type": "application/json", [PEER_ADDRESS_HEADER]: ip },
          body: JSON.stringify(Object.fromEntries(inputs.map((json, i) => [i, { json }]))),
        },
      ),
      { db, claims },
    );
  const statuses = async (res: Response) =>
    ((await res.json()) as { error?: { json: { data: { code: string } } } }[]).map(
      (r) => r.error?.json.data.code ?? "OK",
    );

  it("sign-up: two full batches from one address create ten accounts, not twenty", async () => {
    const ip = randomIp();
    const input = (i: number) => ({
      name: "Batch",
      email: `batch-${ip}-${i}@example.test`,
      password: "a long passphrase",
      timeZone: "UTC",
    });
    const first = await statuses(
      await batchPost("auth.signUp", [...Array(MAX_BATCH_SIZE).keys()].map(input), ip, null),
    );
    const second = await statuses(
      await batchPost(
        "auth.signUp",
        [...Array(MAX_BATCH_SIZE).keys()].map((i) => input(i + 100)),
        ip,
        null,
      ),
    );
    const codes = [...first, ...second];
    expect(codes.filter((c) => c === "OK")).toHaveLength(10);
    expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(10);
    expect(await db.user.count({ where: { email: { startsWith: `batch-${ip}-` } } })).toBe(10);
  });

  it("invite codes: guessing in batches meets the per-person limit after ten tries", async () => {
    const user = await signUp(db);
    const guesses = [..."ABCDEFGHJK"].map((c) => ({ code: `WXYZ-23${c}${c}` }));
    const first = await statuses(await batchPost("invite.accept", guesses, randomIp(), user.claims));
    const second = await statuses(await batchPost("invite.accept", guesses, randomIp(), user.claims));
    expect(first).toEqual(Array(10).fill("NOT_FOUND"));
    expect(second).toEqual(Array(10).fill("TOO_MANY_REQUESTS"));
  });
});

describe("cookies over https", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("are __Host- cookies: Secure, this host only, path /", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://kept.example");
    vi.resetModules();
    const auth = await import("@/server/auth");
    expect(auth.SESSION_COOKIE).toBe("__Host-next-auth.session-token");
    const options = auth.authOptionsFor(db);
    expect(options.useSecureCookies).toBe(true);
    expect(options.cookies?.sessionToken).toEqual({
      name: "__Host-next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
  });
});
