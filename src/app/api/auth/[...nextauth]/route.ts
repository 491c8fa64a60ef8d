import { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { carriesSession, clearingSiteData } from "@/lib/clear-site-data";
import {
  AUTH_BODY_LIMIT,
  CROSS_SITE_MESSAGE,
  isCrossSite,
  TOO_LARGE_MESSAGE,
  withinBodyLimit,
} from "@/server/api/request-guards";
import { authOptions } from "@/server/auth";
import { log } from "@/server/log";

const handler = NextAuth(authOptions);
type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth checks only its own CSRF token, which isn't tied to a session: its POSTs (sign-in,
// sign-out) also must come from our own pages, and are read only up to a small size.
async function POST(received: NextRequest, context: Context) {
  if (isCrossSite(received)) {
    log.warn("cross-site request refused", { path: received.nextUrl.pathname });
    return Response.json(
      { error: CROSS_SITE_MESSAGE },
      { status: 403, headers: { "cache-control": "no-store" } },
    );
  }
  const req = await withinBodyLimit(received, AUTH_BODY_LIMIT);
  if (!req)
    return Response.json(
      { error: TOO_LARGE_MESSAGE },
      { status: 413, headers: { "cache-control": "no-store" } },
    );
  const res: Response = await handler(new NextRequest(req), context);
  // Signing out: this device drops what it kept of the session.
  return received.nextUrl.pathname.endsWith("/signout") ? clearingSiteData(res) : res;
}

// `/session` for an ended session answers `{}` (and clears the cookie): the device drops what it
// kept of that session too, whichever way it ended elsewhere (sign out everywhere, a reset,
// deletion, expiry).
async function GET(req: NextRequest, context: Context) {
  const res: Response = await handler(req, context);
  if (!req.nextUrl.pathname.endsWith("/session") || !carriesSession(req) || !res.ok) return res;
  const body = await res.clone().text();
  return body.trim() === "{}" ? clearingSiteData(res) : res;
}

export { GET, POST };
