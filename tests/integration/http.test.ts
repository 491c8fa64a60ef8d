import { beforeAll, describe, expect, it } from "vitest";
import { handleTRPCRequest, MAX_BATCH_SIZE } from "@/server/api/http";
import { UNREADABLE_REQUEST_MESSAGE } from "@/server/api/trpc";
import type { Db } from "@/server/db";
import { callerFor, signUp } from "../support/callers";
import { linkedPair } from "../support/couples";
import { createTestDb } from "../support/test-db";

// The router's HTTP face, as the route handler serves it, with this file's own database.
let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const LEAKS = /prisma|sqlite|postgres|SELECT|INSERT|at .+\(|\/work\/|node_modules|\.ts:\d+/i;

function post(path: string, body: unknown) {
  return new Request(`http://localhost/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-kept-peer-address": "192.0.2.10" },
    body: JSON.stringify(body),
  });
}

describe("tRPC over HTTP", () => {
  it("answers bad input with 400, a message we wrote and zod's field errors", async () => {
    const res = await handleTRPCRequest(
      post("auth.signUp", { json: { name: "", email: "not-an-email", password: "x", timeZone: "UTC" } }),
      { db, claims: null },
    );
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(LEAKS);
    const body = JSON.parse(text) as { error: { json: { message: string; data: Record<string, unknown> } } };
    expect(body.error.json.message).toBe("Some fields need attention.");
    expect(body.error.json.data).toMatchObject({
      code: "BAD_REQUEST",
      zodError: {
        fieldErrors: {
          name: ["Enter your name."],
          email: ["Enter a valid email address."],
          password: ["Use at least 8 characters."],
        },
      },
    });
    expect(body.error.json.data).not.toHaveProperty("stack");
  });

  it("answers what tRPC itself refuses (unreadable JSON, wrong method, no such procedure) in our words", async () => {
    const user = await signUp(db);
    const raw = (path: string, init: RequestInit, claims: typeof user.claims | null = null) =>
      handleTRPCRequest(
        new Request(`http://localhost/api/trpc/${path}`, {
          ...init,
          headers: { "content-type": "application/json", "x-kept-peer-address": "192.0.2.10" },
        }),
        { db, claims },
      );
    const cases: [Response, number, string][] = [
      [await raw("auth.signUp", { method: "POST", body: "{not json" }), 400, UNREADABLE_REQUEST_MESSAGE],
      [await raw("user.me?input=%7Bnot", { method: "GET" }, user.claims), 400, UNREADABLE_REQUEST_MESSAGE],
      // Well-formed annotations that don't fit their values: superjson's own error, in our words.
      [
        await raw("auth.signUp", { method: "POST", body: '{"json":"1.5","meta":{"values":["bigint"]}}' }),
        400,
        "The input's type annotations don't match its values.",
      ],
      [
        await raw("auth.signUp", {
          method: "POST",
          body: '{"json":{"a":1},"meta":{"values":{"a":[["class","Nope"]]}}}',
        }),
        400,
        "The input's type annotations don't match its values.",
      ],
      [await raw("auth.signUp", { method: "GET" }), 405, "This address doesn't take that kind of request."],
      [
        await raw("user.me", { method: "PUT", body: "{}" }),
        405,
        "This address doesn't take that kind of request.",
      ],
      [await raw("nope.nothing", { method: "POST", body: "{}" }), 404, "There's nothing at this address."],
    ];
    for (const [res, status, message] of cases) {
      expect(res.status).toBe(status);
      const body = (await res.json()) as { error: { json: { message: string } } };
      expect(body.error.json.message).toBe(message);
    }
  });

  it("never sends field errors about our own data: a corrupt row is a plain 500", async () => {
    const { a } = await linkedPair(db);
    const { id } = await callerFor(db, a.claims).commitment.create({
      title: "Text when late",
      who: "me",
      cadence: { kind: "daily" },
    });
    await db.commitmentCadence.updateMany({
      where: { commitmentId: id },
      data: { cadence: '{"kind":"bogus"}' },
    });
    await db.couple.updateMany({ where: { commitments: { some: { id } } }, data: { version: "corrupt" } });
    const res = await handleTRPCRequest(
      new Request(
        `http://localhost/api/trpc/consistency.dashboard?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
        { headers: { "x-kept-peer-address": "192.0.2.10" } },
      ),
      { db, claims: a.claims },
    );
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { json: { message: string; data: { zodError: unknown } } } };
    expect(body.error.json.message).toContain("Something went wrong on our side");
    expect(body.error.json.data.zodError).toBeNull();
  });

  it("answers an internal failure with a generic 500 that carries no internals", async () => {
    const { db: broken } = await createTestDb();
    const user = await signUp(broken);
    await broken.$executeRawUnsafe('DROP TABLE "RateLimit"');
    const res = await handleTRPCRequest(
      post("user.changePassword", {
        json: { currentPassword: user.password, newPassword: "a new passphrase" },
      }),
      { db: broken, claims: user.claims },
    );
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toContain("Something went wrong on our side");
    expect(text).not.toMatch(LEAKS);
  });

  it("caps batches", async () => {
    const calls = Array.from({ length: MAX_BATCH_SIZE + 1 }, () => "user.me").join(",");
    const req = new Request(`http://localhost/api/trpc/${calls}?batch=1&input=${encodeURIComponent("{}")}`);
    const res = await handleTRPCRequest(req, { db, claims: null });
    expect(res.status).toBe(400);
    const ok = await handleTRPCRequest(
      new Request(`http://localhost/api/trpc/user.me,user.me?batch=1&input=${encodeURIComponent("{}")}`),
      { db, claims: null },
    );
    expect(ok.status).toBe(401);
  });

  it("marks responses as not cacheable", async () => {
    const user = await signUp(db);
    const res = await handleTRPCRequest(new Request("http://localhost/api/trpc/user.me"), {
      db,
      claims: user.claims,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses posts from other sites, and bodies that aren't JSON, without changing anything", async () => {
    const user = await signUp(db, { name: "Robin" });
    const update = (headers: Record<string, string>, body: string) =>
      handleTRPCRequest(
        new Request("http://localhost/api/trpc/user.updateProfile", { method: "POST", headers, body }),
        { db, claims: user.claims },
      );
    const json = JSON.stringify({ json: { name: "Hacked", timeZone: "UTC", weekStartsOn: 0 } });
    const crossSite = await update({ "content-type": "application/json", origin: "https://evil.test" }, json);
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).not.toMatch(LEAKS);
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded"]) {
      const res = await update(
        { "content-type": contentType },
        contentType === "text/plain" ? json : "name=Hacked",
      );
      expect(res.status, contentType).toBeGreaterThanOrEqual(400);
      expect(res.status, contentType).toBeLessThan(500);
    }
    const form = new FormData();
    form.set("name", "Hacked");
    const multipart = await handleTRPCRequest(
      new Request("http://localhost/api/trpc/user.updateProfile", { method: "POST", body: form }),
      { db, claims: user.claims },
    );
    expect(multipart.status).toBeGreaterThanOrEqual(400);
    expect(multipart.status).toBeLessThan(500);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Robin");
    // The app's own pages (same origin) and clients without an Origin still work.
    const sameSite = await update({ "content-type": "application/json", origin: "http://localhost" }, json);
    expect(sameSite.status).toBe(200);
  });
});
