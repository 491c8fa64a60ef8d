import "server-only";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { getSessionClaims } from "@/server/auth";
import { clientIp } from "@/server/auth/client-ip";
import { db } from "@/server/db";

// Server components call procedures in-process through this caller, never over HTTP.
export const getCaller = cache(async () => {
  const [claims, h] = await Promise.all([getSessionClaims(), headers()]);
  return createCaller(
    createTRPCContext({
      db,
      claims,
      ip: clientIp(h),
      userAgent: h.get("user-agent") ?? undefined,
      // A render only reads: its procedures share the session check and Today (request-reads.ts).
      reads: new Map(),
    }),
  );
});

/** The signed-in user, or null when there is no session or it was revoked. */
export const getCurrentUser = cache(async () => {
  const caller = await getCaller();
  try {
    return await caller.user.me();
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return null;
    throw error;
  }
});

/** For signed-in pages: sends a visitor (or a revoked session) to sign in, then back here. */
export async function requireUser(returnTo: string) {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
