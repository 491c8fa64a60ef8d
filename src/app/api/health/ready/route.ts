import { env } from "@/env";
import { db } from "@/server/db";
import { checkReadiness } from "@/server/readiness";

export const dynamic = "force-dynamic";

// Readiness (a load balancer sends traffic only while this is 200); /api/health is liveness.
export async function GET() {
  const result = await checkReadiness(db, env.DATABASE_URL);
  return Response.json(result.ready ? { status: "ready" } : { status: "not-ready", ...result }, {
    status: result.ready ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
