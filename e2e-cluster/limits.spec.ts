// Issue #23: rate limits are shared by the instances (they live in PostgreSQL): failed sign-ins
// spread over the three instances count together, so the per-account-and-address limit (5 in
// 15 minutes) holds whichever instance an attempt reaches.
import { expect, test } from "@playwright/test";
import { createAccount, fakeIp, newUserData } from "../e2e/fixtures";
import { clusterUrl } from "./cluster";

/** One sign-in attempt through nginx, pinned to instance `pin`: next-auth's error, and who answered. */
async function attempt(email: string, password: string, ip: string, pin: number) {
  const base = clusterUrl();
  const headers = { "x-forwarded-for": ip, cookie: `kept_pin=${pin}` };
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      ...headers,
      cookie: [`kept_pin=${pin}`, ...cookies].join("; "),
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  const { url } = (await res.json()) as { url: string };
  return { error: new URL(url).searchParams.get("error"), instance: res.headers.get("x-kept-instance") };
}

test("the sign-in limit holds when attempts are spread over the instances", async ({ request }) => {
  const user = newUserData("Casey");
  await createAccount(request, user);
  const ip = fakeIp();
  const served = new Set<string | null>();
  for (let n = 0; n < 5; n++) {
    const r = await attempt(user.email, "not the password at all", ip, (n % 3) + 1);
    expect(r.error).toBe("CredentialsSignin");
    served.add(r.instance);
  }
  expect([...served].sort()).toEqual(["app1", "app2", "app3"]);
  // The sixth failure, and even the right password, from that address: refused on every instance.
  for (const pin of [1, 2, 3]) {
    expect((await attempt(user.email, "still not the password", ip, pin)).error).toBe("RATE_LIMITED");
  }
  expect((await attempt(user.email, user.password, ip, 2)).error).toBe("RATE_LIMITED");
  // The owner, from another address, is not locked out.
  expect((await attempt(user.email, user.password, fakeIp(), 3)).error).toBeNull();
});
