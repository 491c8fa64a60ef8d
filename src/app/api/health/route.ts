import { env } from "@/env";
import { db, isPostgresUrl } from "@/server/db";
import { describeError, log } from "@/server/log";

export const dynamic = "force-dynamic";

export async function GET() {
  const engine = isPostgresUrl(env.DATABASE_URL) ? "postgresql" : "sqlite";
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return Response.json(
      { status: "ok", app: "ok", database: { status: "ok", engine, latencyMs } },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    log.error("health check: database unreachable", describeError(error));
    return Response.json(
      { status: "error", app: "ok", database: { status: "error", engine } },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
}
