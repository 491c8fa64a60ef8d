import { headers } from "next/headers";
import { NextRequest } from "next/server";
import type { NextAuthOptions } from "next-auth";
import { getToken } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/env";
import { clientIp } from "@/server/auth/client-ip";
import { authenticate } from "@/server/auth/credentials";
import { createSession, endSession } from "@/server/auth/sessions";
import { claimsOfToken } from "@/server/auth/token-claims";
import { type Db, db } from "@/server/db";
import { describeError, log } from "@/server/log";
import { serverSecret } from "@/server/secrets";

declare module "next-auth" {
  interface Session {
    user: { id: string };
  }
  interface User {
    sessionId: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    /** The id of this device's Session row. */
    sid?: string;
  }
}

/** What the session cookie claims. It is checked against the database on every request. */
export type SessionClaims = { userId: string; sessionId: string };

export const SIGN_IN_ERRORS = {
  CredentialsSignin: "That email and password don't match an account.",
  RATE_LIMITED: "Too many attempts. Please wait a few minutes and try again.",
} as const;

/**
 * Over https (NEXTAUTH_URL, or APP_URL when it is unset) the session cookie is a `__Host-` cookie:
 * Secure, for this host only (no Domain), path /, so neither a sibling subdomain nor plain http
 * can plant or read it. Set here once, so that next-auth's endpoints (which write the cookie) and
 * getSessionClaims (which reads it) always agree on the name.
 */
const useSecureCookies = (process.env.NEXTAUTH_URL || env.APP_URL).startsWith("https://");
export const SESSION_COOKIE = `${useSecureCookies ? "__Host-" : ""}next-auth.session-token`;

class SessionEndedError extends Error {
  constructor() {
    super("the session cookie names a session that has ended");
    this.name = "SessionEndedError";
  }
}

/** next-auth's options over a database (the app's own below; the tests pass theirs). */
export const authOptionsFor = (database: Db): NextAuthOptions => ({
  secret: serverSecret(),
  useSecureCookies,
  cookies: {
    sessionToken: {
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: useSecureCookies },
    },
  },
  // Credentials sign-in requires JWT sessions: the cookie carries the Session row's id, and the
  // row is what decides (src/server/auth/sessions.ts).
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const headers = req.headers ?? {};
        const result = await authenticate(database, credentials, clientIp(headers));
        if (!result.ok) {
          if (result.reason === "rate-limited") throw new Error("RATE_LIMITED");
          return null;
        }
        const userAgent = headers["user-agent"];
        const sessionId = await createSession(
          database,
          result.user.id,
          typeof userAgent === "string" ? userAgent : null,
        );
        return { id: result.user.id, sessionId };
      },
    }),
  ],
  callbacks: {
    // Identity comes only from the user that authorize() returned at sign-in, never from
    // session.update() input. Every later read of the cookie through next-auth (/api/auth/session)
    // checks that its session row still holds; a throw makes next-auth clear the cookie.
    async jwt({ token, user }) {
      if (user) return { sub: user.id, sid: user.sessionId };
      if (!token.sub || !token.sid) throw new SessionEndedError();
      const row = await database.session.findFirst({
        where: { id: token.sid, userId: token.sub },
        select: { id: true },
      });
      if (!row) throw new SessionEndedError();
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub ?? "" } };
    },
    // Only same-origin redirects after sign-in/out.
    redirect({ url, baseUrl }) {
      if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return `${baseUrl}${url}`;
      try {
        if (new URL(url).origin === baseUrl) return url;
      } catch {}
      return baseUrl;
    },
  },
  events: {
    // Signing out ends this device's session on the server too: a copy of the cookie is useless.
    async signOut({ token }) {
      if (token?.sid) await endSession(database, token.sid);
    },
  },
  logger: {
    error(code, metadata) {
      const cause =
        metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
      if (code === "JWT_SESSION_ERROR" && cause instanceof SessionEndedError) {
        log.info("ended session cookie cleared");
        return;
      }
      log.error(`next-auth ${code}`, describeError(cause));
    },
    warn(code) {
      log.warn(`next-auth ${code}`);
    },
    debug() {},
  },
});

export const authOptions = authOptionsFor(db);

/**
 * What a request's session cookie claims, or null (no cookie, not ours, expired, forged): the
 * cookie as next-auth's own `getToken` reads it (whole or in chunks), decoded once per token.
 */
export async function claimsFromRequest(req: NextRequest): Promise<SessionClaims | null> {
  const token = await getToken({
    req,
    raw: true,
    cookieName: SESSION_COOKIE,
    secureCookie: useSecureCookies,
  });
  const jwt = token ? await claimsOfToken(token, serverSecret()) : null;
  if (!jwt?.sub || !jwt.sid) return null;
  return { userId: jwt.sub, sessionId: jwt.sid };
}

/** claimsFromRequest for the request a page or route handler is serving (its headers). */
export async function getSessionClaims(): Promise<SessionClaims | null> {
  return claimsFromRequest(new NextRequest(env.APP_URL, { headers: await headers() }));
}
