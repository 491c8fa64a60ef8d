import { createHash, timingSafeEqual } from "node:crypto";
import { collectDefaultMetrics, Gauge, Histogram, type Registry, register } from "prom-client";

// Prometheus metrics of this process (`/api/metrics`). prom-client stays outside Next's bundles
// (serverExternalPackages), so scripts/serve.mjs, route handlers and tRPC share its one default
// registry; metrics are fetched by name before being made, as each bundle may load this module.

const started = Symbol.for("kept.metrics.defaults");
const flags = globalThis as { [started]?: boolean };
if (!flags[started]) {
  flags[started] = true;
  // Standard names (process_*, nodejs_*), so that stock Node.js dashboards work as they are.
  collectDefaultMetrics();
}

function histogram(name: string, help: string, labelNames: string[]) {
  return (
    (register.getSingleMetric(name) as Histogram | undefined) ??
    new Histogram({ name, help, labelNames, buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] })
  );
}

/** How long each tRPC procedure took, and how it ended (OK or the error code). */
export const procedureDuration = histogram(
  "kept_trpc_procedure_duration_seconds",
  "tRPC procedure durations by procedure, type and result code",
  ["procedure", "type", "code"],
);

/** Live-update streams open in this process (each open page has one). */
export const openStreams =
  (register.getSingleMetric("kept_live_streams_open") as Gauge | undefined) ??
  new Gauge({ name: "kept_live_streams_open", help: "Live-update streams open in this process" });

export const metricsRegistry: Registry = register;

/**
 * Who may read the metrics: only a scraper with METRICS_TOKEN (at least 16 characters); unset,
 * nobody. Never "this machine": the address a request seems to come from is the proxy's behind a
 * same-host proxy, or whatever X-Forwarded-For says behind a trusted one, and per-procedure
 * counters tell when someone checked in or wrote a draft.
 */
export function mayReadMetrics(
  headers: Headers,
  env: Record<string, string | undefined> = process.env,
): boolean {
  const token = env.METRICS_TOKEN;
  if (!token || token.length < 16) return false;
  const digest = (v: string) => createHash("sha256").update(v).digest();
  return timingSafeEqual(digest(headers.get("authorization") ?? ""), digest(`Bearer ${token}`));
}
