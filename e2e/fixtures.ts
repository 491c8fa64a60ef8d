import { randomBytes } from "node:crypto";
import { type APIRequestContext, type BrowserContext, test as base, expect } from "@playwright/test";

export type E2EUser = { name: string; email: string; password: string };

/** A documentation-range address per browser context: rate limits are per IP. */
export function fakeIp() {
  const b = randomBytes(2);
  return `203.0.${b[0]}.${b[1]}`;
}

export function newUserData(name = "Alex"): E2EUser {
  return {
    name,
    email: `e2e-${randomBytes(6).toString("hex")}@example.test`,
    password: `calm passphrase ${randomBytes(4).toString("hex")}`,
  };
}

/** Creates an account over the real tRPC endpoint (the sign-up UI has its own test). */
export async function createAccount(request: APIRequestContext, user: E2EUser, timeZone = "Europe/Berlin") {
  const res = await request.post("/api/trpc/auth.signUp", {
    data: { json: { ...user, timeZone } },
    headers: { "x-forwarded-for": fakeIp() },
  });
  expect(res.status(), await res.text()).toBe(200);
}

/** Signs a browser context in over HTTP, as next-auth's own form would (csrf, then credentials). */
export async function signInOverHttp(context: BrowserContext, user: E2EUser) {
  const csrf = await context.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true" },
  });
  expect(res.ok()).toBe(true);
  const cookies = await context.cookies();
  expect(cookies.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);
}

type Fixtures = {
  /** A signed-up person whose `page` is signed in. */
  user: E2EUser;
};

export const test = base.extend<Fixtures>({
  context: async ({ context }, use) => {
    await context.setExtraHTTPHeaders({ "x-forwarded-for": fakeIp() });
    await use(context);
  },
  user: async ({ context }, use) => {
    const user = newUserData();
    await createAccount(context.request, user);
    await signInOverHttp(context, user);
    await use(user);
  },
});

export { expect };

/** A second person in their own browser context (their own cookies), already signed in. */
export async function secondPerson(browser: import("@playwright/test").Browser, name: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeIp() } });
  const user = newUserData(name);
  await createAccount(context.request, user);
  await signInOverHttp(context, user);
  const page = await context.newPage();
  return { context, page, user };
}
