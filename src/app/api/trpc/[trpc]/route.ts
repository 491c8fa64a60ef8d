import type { NextRequest } from "next/server";
import { handleTRPCRequest } from "@/server/api/http";
import { claimsFromRequest } from "@/server/auth";
import { db } from "@/server/db";

// The request's own cookies (without next/headers' lookup of the request's scope).
const handler = async (req: NextRequest) =>
  handleTRPCRequest(req, { db, claims: await claimsFromRequest(req) });

export { handler as GET, handler as POST };
