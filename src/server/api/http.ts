import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import type { SessionClaims } from "@/server/auth";
import { clientIp } from "@/server/auth/client-ip";
import type { Db } from "@/server/db";
import { describeError, log } from "@/server/log";

// A batch can't be used to multiply rate-limited attempts or work per request.
export const MAX_BATCH_SIZE = 10;

/** The HTTP face of the router (used by the route handler and by the tests, with their own db). */
export function handleTRPCRequest(req: Request, opts: { db: Db; claims: SessionClaims | null }) {
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
