import { handleTRPCRequest } from "@/server/api/http";
import { getSessionClaims } from "@/server/auth";
import { db } from "@/server/db";

const handler = async (req: Request) => handleTRPCRequest(req, { db, claims: await getSessionClaims() });

export { handler as GET, handler as POST };
