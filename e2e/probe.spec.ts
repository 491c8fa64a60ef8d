import { request as playwrightRequest } from "@playwright/test";
import { createAccount, expect, fakeIp, newUserData, signInOverHttp, test } from "./fixtures";
import { startOwnServer } from "./own-server";

// Issue #17: what an outside probe of the production build found, each tried again over HTTP as
// the probe did. docs/security.md ("Probed from outside") lists them with the results.

const signUpBody = (i: number) => ({
  json: {
    name: "Probe",
    email: `probe-${Date.now()}-${i}@example.test`,
    password: "a calm passphrase",
    timeZone: "UTC",
  },
});

test.describe("per-address limits can't be walked round with X-Forwarded-For (finding 1)", () => {
  test("without a trusted proxy, a client's X-Forwarded-For is ignored", async () => {
    test.setTimeout(120_000);
    const server = await startOwnServer();
    try {
      const api = await playwrightRequest.newContext({ baseURL: server.url });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        // Each request claims another address, or appends one, as the probe did.
        const xff = i % 2 ? `198.51.100.${i}` : `198.51.100.7, 203.0.113.${i}`;
        const res = await api.post("/api/trpc/auth.signUp", {
          data: signUpBody(i),
          headers: { "x-forwarded-for": xff },
        });
        statuses.push(res.status());
      }
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
      expect(statuses.slice(10)).toEqual([429, 429]);
      await api.dispose();
    } finally {
      await server.stop();
    }
  });
});

test("signing out ends the session: a saved copy of the cookie is refused and never renewed (finding 3)", async ({
  context,
  user,
  playwright,
}) => {
  const saved = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(saved).toBeTruthy();
  const cookie = `${saved?.name}=${saved?.value}`;
  const copy = await playwright.request.newContext({ extraHTTPHeaders: { cookie } });
  expect((await copy.get("/api/trpc/user.me")).status()).toBe(200);

  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const out = await context.request.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
  expect(out.ok()).toBe(true);

  expect((await copy.get("/api/trpc/user.me")).status()).toBe(401);
  const session = await copy.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  // No fresh cookie comes back: the only session cookie set is the one that clears it.
  const renewed = session
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("next-auth.session-token="))
    .filter((h) => !/next-auth\.session-token=;|Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(h.value));
  expect(renewed).toEqual([]);
  await copy.dispose();
  expect(user.email).toContain("@");
});

test("a sign-in form posted from another site is refused (login CSRF, finding 6)", async ({ context }) => {
  const victim = newUserData("Victim");
  await createAccount(context.request, victim);
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: victim.email, password: victim.password, json: "true" },
    headers: { origin: "https://evil.test" },
  });
  expect(res.status()).toBe(403);
  expect((await context.cookies()).some((c) => c.name.endsWith("next-auth.session-token"))).toBe(false);
  // From our own page it works as before.
  await signInOverHttp(context, victim);
});

test("a huge body is refused with 413 before it is read (finding 7)", async ({ playwright }) => {
  const api = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeIp() } });
  const big = "x".repeat(30 * 1024 * 1024);
  const started = Date.now();
  const trpc = await api.post("/api/trpc/auth.signUp", {
    headers: { "content-type": "application/json" },
    data: `{"json":{"name":"${big}"}}`,
  });
  expect(trpc.status()).toBe(413);
  expect((await trpc.json()).error.json.message).toBe("That request is too large for us to read.");
  const auth = await api.post("/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: `email=a%40b.c&password=${"x".repeat(100_000)}`,
  });
  expect(auth.status()).toBe(413);
  // A small request right after is served as usual.
  expect((await api.get("/api/health")).status()).toBe(200);
  expect(Date.now() - started).toBeGreaterThan(0);
  await api.dispose();
});

test("names that hide or reorder text are refused with a clear message (finding 9)", async ({
  playwright,
}) => {
  const api = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeIp() } });
  for (const name of ["\u200B\u200C", "Sam\u202Egnp.exe", "Sam\u0000"]) {
    const body = signUpBody(Math.random());
    const res = await api.post("/api/trpc/auth.signUp", { data: { json: { ...body.json, name } } });
    expect(res.status(), JSON.stringify(name)).toBe(400);
    const json = (await res.json()) as {
      error: { json: { data: { zodError: { fieldErrors: { name: string[] } } } } };
    };
    expect(json.error.json.data.zodError.fieldErrors.name[0]).toMatch(/visible|text-direction|control/);
  }
  await api.dispose();
});
