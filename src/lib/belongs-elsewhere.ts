// Where a full page load belongs instead, decided by the root layout before any HTML is sent, so
// the answer is a real 307 (a page's own `redirect()` runs inside the root loading boundary, after
// the layout's HTML has streamed: a 200 and a client-side redirect once the page has loaded). The
// pages keep their own checks too: a client-side navigation doesn't render the root layout again.

/** Pages for visitors only: a signed-in person goes Home. */
const SIGNED_OUT_ONLY = new Set(["/", "/sign-in", "/sign-up"]);

/** Signed-in pages (`/x` that page, `/x/*` also everything below it); every `requireUser` page. */
export const SIGNED_IN_ONLY = [
  "/home",
  "/today",
  "/commitments/*",
  "/boundaries/*",
  "/dashboard",
  "/notifications",
  "/settings",
  "/amends/*",
  "/journey",
  "/counselor",
  "/invite",
  "/talk/*",
  "/repair/*",
  "/quality-time/*",
  "/time-out",
];

function signedInOnly(path: string) {
  return SIGNED_IN_ONLY.some((p) =>
    p.endsWith("/*") ? path === p.slice(0, -2) || path.startsWith(p.slice(0, -1)) : path === p,
  );
}

/** `url` is the request's path and query; null when the page is for this person. */
export function belongsElsewhere(url: string, signedIn: boolean): string | null {
  const path = url.split("?")[0] ?? url;
  if (signedIn) return SIGNED_OUT_ONLY.has(path) ? "/home" : null;
  return signedInOnly(path) ? `/sign-in?callbackUrl=${encodeURIComponent(url)}` : null;
}
