import { type NextRequest, NextResponse } from "next/server";
import { CLEAR_SITE_DATA, carriesSession } from "@/lib/clear-site-data";
import { newNonce, pageCsp } from "@/lib/csp";

// Next 16's proxy (middleware): a nonce-based CSP for every page and the page's URL, set on the request (Next reads
// the nonce from there and puts it on its own scripts) and on the response. No authorization
// decision is made here. API routes get their static headers from next.config.mjs.
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = pageCsp(nonce, { development: process.env.NODE_ENV !== "production" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  // For the root layout's "you belong elsewhere" redirect (src/lib/belongs-elsewhere.ts).
  // (Without Next's own `_rsc` cache-buster, which a refresh's request carries.)
  const search = new URLSearchParams(request.nextUrl.search);
  search.delete("_rsc");
  const query = search.size ? `?${search}` : "";
  headers.set("x-kept-url", `${request.nextUrl.pathname}${query}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  // A counselor link carries its secret in the path: never indexed, never sent on as a referrer,
  // never kept by a cache (next.config.mjs sets the same, for answers that skip this proxy).
  if (request.nextUrl.pathname.startsWith("/c/")) {
    response.headers.set("x-robots-tag", "noindex, nofollow");
    response.headers.set("referrer-policy", "no-referrer");
    response.headers.set("cache-control", "no-store");
  }
  // A signed-in page sends a person whose session ended to sign-in with `callbackUrl`: the device
  // drops what it kept of that session (docs/security.md, "Time and the shared device").
  if (
    request.nextUrl.pathname === "/sign-in" &&
    request.nextUrl.searchParams.has("callbackUrl") &&
    carriesSession(request)
  ) {
    response.headers.set("clear-site-data", CLEAR_SITE_DATA);
  }
  return response;
}

export const config = {
  matcher: [
    {
      // Not the service worker's files, the manifest or the icons: no page, no nonce to give.
      // Prefetches too: a prefetched page can render, so it gets its CSP like any other.
      source: "/((?!api|_next/static|_next/image|favicon.ico|serwist/|manifest.webmanifest|icons/).*)",
    },
  ],
};
