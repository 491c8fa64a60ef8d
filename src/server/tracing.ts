import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { PrismaInstrumentation } from "@prisma/instrumentation";
import { shutdownSignal } from "@/server/shutdown";

// OpenTelemetry traces, only when OTEL_EXPORTER_OTLP_ENDPOINT is set (src/instrumentation.ts
// imports this module only then). Next.js makes a span for every request and render once a tracer
// provider is registered; Prisma's instrumentation adds one per query (its SQL, never its
// arguments). The exporter reads the standard OTEL_* variables (endpoint, headers, protocol
// http/protobuf). Spans still buffered are sent when the server stops.
export function startTracing() {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": process.env.OTEL_SERVICE_NAME || "kept" }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({ tracerProvider: provider, instrumentations: [new PrismaInstrumentation()] });
  shutdownSignal().addEventListener("abort", () => void provider.shutdown().catch(() => {}), { once: true });
}
