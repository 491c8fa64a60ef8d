import { NextRequest } from "next/server";
import NextAuth from "next-auth";
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
  return handler(new NextRequest(req), context);
}

export { handler as GET, POST };
