import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { getSessionClaims } from "@/server/auth";
import { clientIp } from "@/server/auth/client-ip";
import { db } from "@/server/db";
import { describeError, log } from "@/server/log";

// A batch can't be used to multiply rate-limited attempts or work per request.
export const MAX_BATCH_SIZE = 10;

const handler = async (req: Request) => {
  const claims = await getSessionClaims();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createTRPCContext({ db, claims, ip: clientIp(req.headers) }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        log.error("trpc procedure failed", { path, ...describeError(error.cause ?? error) });
      }
    },
    responseMeta: () => ({ headers: new Headers({ "cache-control": "no-store" }) }),
  });
};

export { handler as GET, handler as POST };
