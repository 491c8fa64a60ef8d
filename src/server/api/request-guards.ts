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
 * login CSRF) is refused before anything reads it. Requests without an Origin (not from a browser
 * page) are left to the session and content rules.
 */
export function isCrossSite(req: Request) {
  const origin = req.headers.get("origin");
  if (!origin || req.method === "GET" || req.method === "HEAD") return false;
  return origin !== new URL(env.APP_URL).origin && origin !== new URL(req.url).origin;
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
