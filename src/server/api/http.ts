import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import {
  API_BODY_LIMIT,
  CROSS_SITE_MESSAGE,
  isCrossSite,
  TOO_LARGE_MESSAGE,
  withinBodyLimit,
} from "@/server/api/request-guards";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import type { SessionClaims } from "@/server/auth";
import { clientIp } from "@/server/auth/client-ip";
import type { Db } from "@/server/db";
import { describeError, log } from "@/server/log";

// A batch can't be used to multiply rate-limited attempts or work per request.
export const MAX_BATCH_SIZE = 10;

/** An error in the shape tRPC's own answers have, for refusals made before tRPC reads anything. */
const JSON_RPC_CODES = { FORBIDDEN: -32003, PAYLOAD_TOO_LARGE: -32013 } as const;
function refusal(status: number, code: keyof typeof JSON_RPC_CODES, message: string) {
  return Response.json(
    { error: { json: { message, code: JSON_RPC_CODES[code], data: { code, httpStatus: status } } } },
    { status, headers: { "cache-control": "no-store" } },
  );
}

/** The HTTP face of the router (used by the route handler and by the tests, with their own db). */
export async function handleTRPCRequest(received: Request, opts: { db: Db; claims: SessionClaims | null }) {
  if (isCrossSite(received)) {
    log.warn("cross-site request refused", { path: new URL(received.url).pathname });
    return refusal(403, "FORBIDDEN", CROSS_SITE_MESSAGE);
  }
  const req = await withinBodyLimit(received, API_BODY_LIMIT);
  if (!req) return refusal(413, "PAYLOAD_TOO_LARGE", TOO_LARGE_MESSAGE);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () =>
      createTRPCContext({
        db: opts.db,
        claims: opts.claims,
        ip: clientIp(req.headers),
        userAgent: req.headers.get("user-agent") ?? undefined,
      }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        log.error("trpc procedure failed", { path, ...describeError(error.cause ?? error) });
      }
    },
    responseMeta: () => ({ headers: new Headers({ "cache-control": "no-store" }) }),
  });
}
