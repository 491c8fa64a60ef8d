import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
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

export const authOptions: NextAuthOptions = {
  secret: serverSecret(),
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

export async function getSessionClaims(): Promise<SessionClaims | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return { userId: session.user.id, sessionVersion: session.user.sessionVersion };
}
