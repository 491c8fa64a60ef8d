import type { NextRequest } from "next/server";
import { handleTRPCRequest } from "@/server/api/http";
import { claimsFromCookies } from "@/server/auth";
import { db } from "@/server/db";

// The request's own cookies (what `cookies()` from next/headers would read, without the lookup
// of the request's scope).
const handler = async (req: NextRequest) =>
  handleTRPCRequest(req, { db, claims: await claimsFromCookies(req.cookies.getAll()) });

export { handler as GET, handler as POST };
