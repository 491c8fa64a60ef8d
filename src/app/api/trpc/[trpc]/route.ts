import type { NextRequest } from "next/server";
import { carriesSession, clearingSiteData } from "@/lib/clear-site-data";
import { handleTRPCRequest } from "@/server/api/http";
import { claimsFromRequest } from "@/server/auth";
import { db } from "@/server/db";

// The request's own cookies (without next/headers' lookup of the request's scope).
// A session cookie that no longer names a session (401): the device drops what it kept of it.
const handler = async (req: NextRequest) => {
  const res = await handleTRPCRequest(req, { db, claims: await claimsFromRequest(req) });
  return res.status === 401 && carriesSession(req) ? clearingSiteData(res) : res;
};

export { handler as GET, handler as POST };
