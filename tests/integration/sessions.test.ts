// Issue #7, suite 4: sessions and auth that can't be talked round.
import { encode, type JWT } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { handleTRPCRequest, MAX_BATCH_SIZE } from "@/server/api/http";
import { authOptions, claimsFromCookies, SESSION_COOKIE } from "@/server/auth";
import type { Db } from "@/server/db";
import { serverSecret } from "@/server/secrets";
import { callerFor, failure, randomIp, signUp } from "../support/callers";
import { linkedPair } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const BASE = "http://localhost:3000";

describe("next-auth callbacks", () => {
  const redirect = authOptions.callbacks?.redirect;
  const jwt = authOptions.callbacks?.jwt;

  it("never redirects off-site after sign-in or sign-out", async () => {
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
    if (!jwt) throw new Error("no jwt callback");
    const token: JWT = { sub: "user-a", sessionVersion: 3 };
    const updated = await jwt({
      token: { ...token },
      trigger: "update",
      session: { sub: "user-b", userId: "user-b", sessionVersion: 99, user: { id: "user-b" } },
      // biome-ignore lint/suspicious/noExplicitAny: next-auth types `user` as required here
      user: undefined as any,
      account: null,
    });
    expect(updated).toMatchObject({ sub: "user-a", sessionVersion: 3 });
  });
});

describe("reading the session cookie", () => {
  const cookie = (name: string, value: string) => ({ name, value });
  const token = (claims: JWT, opts: { secret?: string; maxAge?: number } = {}) =>
    encode({ token: claims, secret: opts.secret ?? serverSecret(), maxAge: opts.maxAge });

  it("reads who the cookie next-auth wrote is for, whole or in chunks", async () => {
    const value = await token({ sub: "user-a", sessionVersion: 4, name: "Ana" });
    const expected = { userId: "user-a", sessionVersion: 4 };
    expect(await claimsFromCookies([cookie("theme", "calm"), cookie(SESSION_COOKIE, value)])).toEqual(
      expected,
    );
    // next-auth cuts a large cookie into `.0`, `.1`, …; they may come in any order.
    const third = Math.ceil(value.length / 3);
    const chunks = [0, 1, 2].map((i) =>
      cookie(`${SESSION_COOKIE}.${i}`, value.slice(i * third, (i + 1) * third)),
    );
    expect(await claimsFromCookies([chunks[2], chunks[0], chunks[1]].flatMap((c) => (c ? [c] : [])))).toEqual(
      expected,
    );
    expect(await claimsFromCookies([cookie(SESSION_COOKIE, await token({ sub: "user-b" }))])).toEqual({
      userId: "user-b",
      sessionVersion: -1,
    });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("stops reading a cookie it has read before once the token expires", async () => {
    const value = await token({ sub: "user-c", sessionVersion: 2 }, { maxAge: 60 });
    expect(await claimsFromCookies([cookie(SESSION_COOKIE, value)])).toEqual({
      userId: "user-c",
      sessionVersion: 2,
    });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 61_000);
    expect(await claimsFromCookies([cookie(SESSION_COOKIE, value)])).toBeNull();
  });

  it("reads nothing from a cookie that is missing, foreign, forged or expired", async () => {
    const good = await token({ sub: "user-a", sessionVersion: 1 });
    for (const [what, cookies] of [
      ["no cookie", []],
      ["another cookie's name", [cookie(`${SESSION_COOKIE}x`, good), cookie(`x${SESSION_COOKIE}`, good)]],
      [
        "another secret",
        [cookie(SESSION_COOKIE, await token({ sub: "user-a" }, { secret: "x".repeat(40) }))],
      ],
      ["expired", [cookie(SESSION_COOKIE, await token({ sub: "user-a" }, { maxAge: -60 }))]],
      ["no subject", [cookie(SESSION_COOKIE, await token({ sessionVersion: 1 }))]],
      ["tampered", [cookie(SESSION_COOKIE, `${good.slice(0, -4)}AAAA`)]],
      ["garbage", [cookie(SESSION_COOKIE, "not-a-token")]],
      ["empty", [cookie(SESSION_COOKIE, "")]],
    ] as const) {
      expect(await claimsFromCookies(cookies), what).toBeNull();
    }
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
  const batchPost = (
    procedure: string,
    inputs: unknown[],
    ip: string,
    claims: { userId: string; sessionVersion: number } | null,
  ) =>
    handleTRPCRequest(
      new Request(
        `http://localhost/api/trpc/${Array.from({ length: inputs.length }, () => procedure).join(",")}?batch=1`,
        {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": ip },
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
