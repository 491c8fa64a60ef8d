import { LRUCache } from "lru-cache";
import { cookies } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import { decode } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/env";
import { clientIp } from "@/server/auth/client-ip";
import { authenticate } from "@/server/auth/credentials";
import { db } from "@/server/db";
import { serverSecret } from "@/server/secrets";

declare module "next-auth" {
  interface Session {
    user: { id: string; sessionVersion: number };
  }
  interface User {
    sessionVersion: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
  }
}

/** What the session cookie claims. It is checked against the database on every request. */
export type SessionClaims = { userId: string; sessionVersion: number };

export const SIGN_IN_ERRORS = {
  CredentialsSignin: "That email and password don't match an account.",
  RATE_LIMITED: "Too many attempts. Please wait a few minutes and try again.",
} as const;

/**
 * `__Secure-` cookies (with the Secure flag) when the app is served over https: NEXTAUTH_URL, or
 * APP_URL when it is unset. Set here once, so that next-auth's endpoints (which write the cookie)
 * and getSessionClaims (which reads it) always agree on the name.
 */
const useSecureCookies = (process.env.NEXTAUTH_URL || env.APP_URL).startsWith("https://");
export const SESSION_COOKIE = `${useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;

export const authOptions: NextAuthOptions = {
  secret: serverSecret(),
  useSecureCookies,
  // Credentials sign-in requires JWT sessions; revocation is the sessionVersion check.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticate(db, credentials, clientIp(req.headers ?? {}));
        if (result.ok) return result.user;
        if (result.reason === "rate-limited") throw new Error("RATE_LIMITED");
        return null;
      },
    }),
  ],
  callbacks: {
    // Identity comes only from the user that authorize() returned at sign-in, never from
    // session.update() input.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return {
        expires: session.expires,
        user: { id: token.sub ?? "", sessionVersion: token.sessionVersion ?? -1 },
      };
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
};

/**
 * What the session cookie claims, or null (no cookie, not ours, expired). next-auth's
 * getServerSession would give the same, but it also re-encrypts the token to extend it (and drops
 * the result when called from a route or page, where it can't set the cookie) and makes a CSRF
 * token: three key derivations and two ciphers per request, where decoding takes one of each.
 * Reads the cookie as next-auth writes it: whole, or cut into `.0`, `.1`, … chunks when large.
 */
export async function getSessionClaims(): Promise<SessionClaims | null> {
  return claimsFromCookies((await cookies()).getAll());
}

/** getSessionClaims without Next's request scope: the request's cookies in, the claims out. */
export async function claimsFromCookies(
  all: readonly { name: string; value: string }[],
): Promise<SessionClaims | null> {
  const parts = all
    .map((c) => ({ ...c, chunk: sessionCookieChunk(c.name) }))
    .filter((c) => c.chunk !== null)
    .sort((a, b) => (a.chunk ?? 0) - (b.chunk ?? 0));
  const token = parts.map((c) => c.value).join("");
  if (!token) return null;
  const known = decoded.get(token);
  if (known) return known.expiresAt > Date.now() ? known.claims : null;
  // `decode` refuses a token it can't decrypt or whose `exp` has passed.
  const jwt = await decode({ token, secret: serverSecret() }).catch(() => null);
  if (!jwt?.sub) return null;
  const claims = { userId: jwt.sub, sessionVersion: jwt.sessionVersion ?? -1 };
  if (typeof jwt.exp === "number") decoded.set(token, { claims, expiresAt: jwt.exp * 1000 });
  return claims;
}

/**
 * Tokens this process has decoded, and what they claim. Decoding (a key derivation and an AES-GCM
 * decryption) was a tenth of a signed-in request's time; a token is sealed, so the same string
 * always claims the same, and an entry is used only until the token's own `exp`. Only tokens that
 * decoded are kept, so garbage can't push real ones out. Whether the session still holds (the
 * person's sessionVersion) is still read from the database on every request.
 */
const decoded = new LRUCache<string, { claims: SessionClaims; expiresAt: number }>({
  max: 10_000,
  ttl: 15 * 60_000,
});

/** -1 for the whole session cookie, n for its chunk `.n`, null for any other cookie. */
function sessionCookieChunk(name: string): number | null {
  if (name === SESSION_COOKIE) return -1;
  if (!name.startsWith(`${SESSION_COOKIE}.`)) return null;
  const n = name.slice(SESSION_COOKIE.length + 1);
  return /^\d{1,3}$/.test(n) ? Number(n) : null;
}
