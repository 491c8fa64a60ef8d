import { withSerwist } from "@serwist/turbopack";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Only the bench's `next dev` smoke run (KEPT_BENCH=dev) moves it, outside .next so that a
  // `next build` meanwhile doesn't empty it, to run beside a developer's own `npm run dev`: Next
  // allows one dev server per build directory.
  distDir: process.env.KEPT_BENCH === "dev" ? ".next-bench-dev" : ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "pg",
    "@node-rs/argon2",
    "prom-client",
    "pino",
    // OpenTelemetry (only when OTEL_EXPORTER_OTLP_ENDPOINT is set): hooks modules as Node loads them.
    "@opentelemetry/sdk-trace-node",
    "@opentelemetry/exporter-trace-otlp-http",
    "@opentelemetry/instrumentation",
    "@prisma/instrumentation",
    "nodemailer",
    // Renders the counselor summary's PDF (fontkit, yoga): loaded from node_modules as it is.
    "@react-pdf/renderer",
  ],
  async headers() {
    const production = process.env.NODE_ENV === "production";
    // Pages get a nonce-based CSP from src/proxy.ts; API answers (JSON, files) run no script.
    const apiCsp = [
      "default-src 'self'",
      "script-src 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join("; ");
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
      ...(production
        ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
        : []),
    ];
    // When two rules set the same header, the later one wins: the invitation rules come last.
    return [
      { source: "/:path*", headers: common },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiCsp }] },
      // Invitation links carry a secret in the path: never pass it on as a referrer.
      { source: "/invite/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      { source: "/invite", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      // So do the links of mails (password reset, address confirmation).
      { source: "/reset-password/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      { source: "/verify-email/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      // Counselor links (/c/<token>, its PDF): the same, and never indexed or cached.
      {
        source: "/c/:path*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
    ];
  },
};

export default async function config(phase) {
  // Validating the environment here makes a bad configuration fail at start, not at the first
  // request. A build serves nothing, so it may run without the production secret.
  if (phase !== PHASE_PRODUCTION_BUILD) await import("./src/env.js");
  // Serwist's route bundles the service worker (src/app/sw.ts) at build time.
  return withSerwist(nextConfig);
}
