import "@/server/mail/outbox-metrics";
import { mayReadMetrics, metricsRegistry } from "@/server/metrics";

export const dynamic = "force-dynamic";

// Prometheus scrape endpoint: only with METRICS_TOKEN (unset: nobody). Anyone else finds nothing.
export async function GET(req: Request) {
  if (!mayReadMetrics(req.headers)) {
    return Response.json({ error: "There's nothing at this address." }, { status: 404 });
  }
  return new Response(await metricsRegistry.metrics(), {
    headers: { "content-type": metricsRegistry.contentType, "cache-control": "no-store" },
  });
}
