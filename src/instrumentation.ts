// Runs once when the server starts (Next's instrumentation hook): OpenTelemetry traces when
// OTEL_EXPORTER_OTLP_ENDPOINT is set (nothing of it is loaded otherwise), the in-app scheduler
// (src/server/scheduler.ts) and, when mail is on (SMTP_URL), the mail outbox worker in this
// process. Imported lazily so the edge runtime never loads them.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    const { startTracing } = await import("@/server/tracing");
    startTracing();
  }
  const { startScheduler } = await import("@/server/scheduler");
  startScheduler();
  const { startMailWorker } = await import("@/server/mail/process-worker");
  startMailWorker();
}
