import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import { type RequestReads, readOnce } from "@/server/api/request-reads";
import { transformer } from "@/server/api/transformer";
import type { SessionClaims } from "@/server/auth";
import { consume, type RateLimitRule } from "@/server/auth/rate-limit";
import { touchSession } from "@/server/auth/sessions";
import { findSession } from "@/server/couple";
import type { Db } from "@/server/db";
import { procedureDuration } from "@/server/metrics";

export type TRPCContext = {
  db: Db;
  /** What the session cookie claims; protectedProcedure checks it against the database. */
  claims: SessionClaims | null;
  ip: string;
  /** The browser's User-Agent, for the log of a counselor link's views (coarsened there). */
  userAgent?: string;
  /** Server components only: reads shared by the procedures of one render (request-reads.ts). */
  reads?: RequestReads;
};

export function createTRPCContext(opts: TRPCContext): TRPCContext {
  return opts;
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";
export const UNREADABLE_REQUEST_MESSAGE = "We couldn't read that request: it isn't valid JSON.";

const t = initTRPC.context<TRPCContext>().create({
  transformer,
  // Live streams (notification.onChange): a ping keeps proxies from closing a quiet stream, the
  // client reconnects when even pings stop, and a stream ends after 15 minutes so the session is
  // read afresh at connect (the stream itself re-reads it every minute and on every event).
  sse: {
    ping: { enabled: true, intervalMs: 25_000 },
    client: { reconnectAfterInactivityMs: 40_000 },
    maxDurationMs: 15 * 60_000,
  },
  // The client gets a code, a message we wrote and zod's field errors; never a stack, a
  // database message or a file path.
  errorFormatter({ shape, error }) {
    // Field errors are about the caller's input only: a ZodError from reading our own data (a 500)
    // says nothing the client should see.
    const zodError =
      error.code === "BAD_REQUEST" && error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    let message = shape.message;
    if (error.code === "INTERNAL_SERVER_ERROR") message = GENERIC_ERROR_MESSAGE;
    else if (zodError) message = "Some fields need attention.";
    // What tRPC itself refuses before any procedure runs gets our words too, not the parser's.
    // (superjson's own failures are turned into our message by the transformer, so a SyntaxError
    // here comes from JSON.parse of the body or the `?input=` parameter.)
    else if (error.cause instanceof SyntaxError) message = UNREADABLE_REQUEST_MESSAGE;
    else if (error.code === "METHOD_NOT_SUPPORTED")
      message = "This address doesn't take that kind of request.";
    else if (error.code === "NOT_FOUND" && /^No procedure found/.test(error.message))
      message = "There's nothing at this address.";
    return {
      message,
      code: shape.code,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, zodError },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

// Every procedure's duration and result, for /api/metrics.
const timed = t.middleware(async ({ path, type, next }) => {
  const end = procedureDuration.startTimer({ procedure: path, type });
  const result = await next();
  end({ code: result.ok ? "OK" : result.error.code });
  return result;
});

export const publicProcedure = t.procedure.use(timed);

/**
 * For procedures that take nothing: anything sent anyway (say a `userId`) is refused with 400
 * instead of silently ignored.
 */
export const NO_INPUT = z.undefined({ error: "This takes no input." });

// A session cookie can't be recalled, so each request re-reads the session row it names: signing
// out (here or from another device), a password change or "sign out everywhere" deletes rows, and
// their cookies stop working at once. The same statement reads the person's active couple
// (ctx.activeCouple), for coupleProcedure and the invitation router's "already linked" checks.
export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.claims) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  const { claims } = ctx;
  const found = await readOnce(ctx, "session", async () => {
    const row = await findSession(ctx.db, claims.userId, { id: claims.sessionId });
    if (row?.session) await touchSession(ctx.db, row.session.id, row.session.lastSeenAt);
    return row;
  });
  if (!found?.session) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Your session has ended. Please sign in again." });
  }
  return next({ ctx: { ...ctx, user: found.user, sessionId: found.session.id, activeCouple: found.couple } });
});

export const NOT_LINKED_MESSAGE = "You're not linked with a partner right now.";

// Every couple-scoped procedure goes through here. Strangers and ex-partners get NOT_FOUND, never
// a hint that the data exists; queries below use ctx.couple.id in their where clause.
export const coupleProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  const couple = ctx.activeCouple;
  if (!couple) throw new TRPCError({ code: "NOT_FOUND", message: NOT_LINKED_MESSAGE });
  return next({ ctx: { ...ctx, couple } });
});

/** Rate-limit building block: keys are computed from the context (never from raw input alone). */
export function rateLimit<TCtx extends TRPCContext>(keys: (ctx: TCtx) => [RateLimitRule, string][]) {
  return t.middleware(async ({ ctx, next }) => {
    const result = await consume(ctx.db, keys(ctx as TCtx));
    if (!result.ok) {
      const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: `Too many attempts. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      });
    }
    return next();
  });
}
