import { env } from "@/env";

/** The largest body the API reads: a tRPC call (a batch of ten included) is a few kilobytes. */
export const API_BODY_LIMIT = 64 * 1024;
/** next-auth's forms (sign-in, sign-out) are a few hundred bytes. */
export const AUTH_BODY_LIMIT = 8 * 1024;

export const CROSS_SITE_MESSAGE = "Requests from other sites are not accepted.";
export const TOO_LARGE_MESSAGE = "That request is too large for us to read.";

/**
 * A browser names the page that sent a request in `Origin`. A POST from any other site (a
 * cross-site form or fetch riding on the session cookie, or planting a session of the attacker's:
 * login CSRF) is refused before anything reads it. Our own pages are APP_URL, or the address the
 * request itself was sent to (its Host, or X-Forwarded-Host behind a proxy, and protocol), as
 * Next's server actions check: a page opened at http://127.0.0.1:3000 or on another port works
 * too, and a browser won't let another site's page set either header. Requests without an Origin
 * (not from a browser page) are left to the session and content rules.
 */
export function isCrossSite(req: Request) {
  const origin = req.headers.get("origin");
  if (!origin || req.method === "GET" || req.method === "HEAD") return false;
  const ours = [new URL(env.APP_URL).origin, ownOrigin(req), new URL(req.url).origin];
  return !ours.includes(origin);
}

/** The origin the request was addressed to, from its headers. */
export function ownOrigin(req: Request): string | null {
  const host = (req.headers.get("x-forwarded-host") ?? req.headers.get("host"))?.split(",")[0]?.trim();
  if (!host) return null;
  const proto =
    req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || new URL(req.url).protocol.slice(0, -1);
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}

/**
 * The request with its body read into memory, or null when the body is larger than `limit` bytes:
 * a declared Content-Length over the limit is refused before reading anything, and a body sent
 * without one is read only up to the limit.
 */
export async function withinBodyLimit(req: Request, limit: number): Promise<Request | null> {
  if (!req.body) return req;
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return null;
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new Request(req.url, {
    method: req.method,
    headers: req.headers,
    body: Buffer.concat(chunks),
    signal: req.signal,
  });
}
