// The HTTP bench's baseline (`npm run bench:http`): a route handler that does no work, so
// the bench can compare the app's procedures with what the framework itself costs per request in
// the same run. Constant JSON: no data, no session, nothing to leak or abuse. It exists only for
// a server the bench starts (KEPT_BENCH, set by bench/http/server.ts); everywhere else it is a 404.
import { env } from "@/env";

export const dynamic = "force-dynamic";

const BODY = JSON.stringify({ ok: true });

export function GET() {
  if (!env.KEPT_BENCH) return new Response("Not found", { status: 404 });
  return new Response(BODY, {
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });
}
