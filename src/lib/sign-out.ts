import { clearDeviceStorage } from "@/lib/device-storage";

/**
 * Signs this browser out through next-auth's own endpoints (csrf token, then POST /signout), as
 * `signOut` from next-auth/react does, without shipping that library to every page: the sign-out
 * button sits in the root layout, and next-auth's client is ~12 kB gzipped (docs/performance.md).
 */
export async function signOutHere(callbackUrl = "/") {
  const csrf = await fetch("/api/auth/csrf", { cache: "no-store" });
  if (!csrf.ok) throw new Error(`csrf ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  if (!res.ok) throw new Error(`signout ${res.status}`);
  clearDeviceStorage();
  // Pages the service worker kept for offline use show this person's data: not after sign-out.
  if ("caches" in window) {
    await Promise.all((await caches.keys()).map((key) => caches.delete(key))).catch(() => undefined);
  }
  window.location.assign(callbackUrl);
}
