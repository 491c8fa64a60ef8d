import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { env } from "@/env";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import type { SessionClaims } from "@/server/auth";
import { clientIp } from "@/server/auth/client-ip";
import type { Db } from "@/server/db";
import { describeError, log } from "@/server/log";

// A batch can't be used to multiply rate-limited attempts or work per request.
export const MAX_BATCH_SIZE = 10;

/**
 * A browser names the page that sent a request in `Origin`. A POST from any other site (a
 * cross-site form or fetch riding on the session cookie) is refused before it reaches a procedure.
 * Requests without an Origin (not from a browser page) are left to the session and content rules.
 */
export function isCrossSite(req: Request) {
  const origin = req.headers.get("origin");
  if (!origin || req.method === "GET" || req.method === "HEAD") return false;
  return origin !== new URL(env.APP_URL).origin && origin !== new URL(req.url).origin;
}

/** The HTTP face of the router (used by the route handler and by the tests, with their own db). */
export async function handleTRPCRequest(req: Request, opts: { db: Db; claims: SessionClaims | null }) {
  if (isCrossSite(req)) {
    log.warn("cross-site request refused", { path: new URL(req.url).pathname });
    return Response.json(
      {
        error: {
          json: {
            message: "Requests from other sites are not accepted.",
            code: -32003,
            data: { code: "FORBIDDEN", httpStatus: 403 },
          },
        },
      },
      { status: 403, headers: { "cache-control": "no-store" } },
    );
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createTRPCContext({ db: opts.db, claims: opts.claims, ip: clientIp(req.headers) }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        log.error("trpc procedure failed", { path, ...describeError(error.cause ?? error) });
      }
    },
    responseMeta: () => ({ headers: new Headers({ "cache-control": "no-store" }) }),
  });
}
