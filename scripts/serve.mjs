#!/usr/bin/env node
// Kept's HTTP server: Next.js's request handler behind Node's own http server (Next's documented
// custom-server API), for two reasons:
// - to tell the app the TCP peer's address. `next start` only fills X-Forwarded-For when a client
//   didn't send one, so a client could pick its own address and walk around every per-address
//   rate limit. Here the peer's address is written into PEER_ADDRESS_HEADER on every request,
//   replacing whatever a client sent under that name; src/server/auth/client-ip.ts reads it (and
//   X-Forwarded-For only behind TRUSTED_PROXIES).
// - to know the port it serves: with APP_URL unset, the app's own address follows it, and the
//   start-up message says which address to open (and warns when APP_URL names another port).
//
// On SIGTERM (or SIGINT) it stops accepting connections, tells the app (src/server/shutdown.ts:
// live streams end so their pages reconnect, to another instance behind a load balancer; the mail
// worker releases what it claimed), lets the requests in flight finish (at most
// SHUTDOWN_GRACE_MS), then exits 0.
//
//   node scripts/serve.mjs            production (after `next build`), PORT (3000) and HOST
//   node scripts/serve.mjs --dev      development (`next dev`'s server)
//   node scripts/serve.mjs -p 3100    another port (also PORT=3100)
//   node scripts/serve.mjs --migrate  apply the migrations first, unless SKIP_MIGRATIONS=1 (the
//                                     container image's command)
//
// Its log is JSON lines (pino, LOG_LEVEL): one line per request with its id, route template,
// status and duration; never a URL's query, a body or a header's value.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { Server as NetServer } from "node:net";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import next from "next";
import pino from "pino";
import promClient from "prom-client";
import { forwardedForWatcher, listenWarning } from "./proxy-warnings.mjs";

/** Keep in step with src/server/auth/client-ip.ts. */
const PEER_ADDRESS_HEADER = "x-kept-peer-address";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
    migrate: { type: "boolean", default: false },
  },
});
const dev = values.dev;
if (!dev) process.env.NODE_ENV ??= "production";
// .env files as Next reads them, first, so that what they say counts below.
nextEnv.loadEnvConfig(process.cwd(), dev);
const logger = pino({ level: process.env.LOG_LEVEL || "info", base: { pid: process.pid } });

const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOST ?? "0.0.0.0";
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port number: ${values.port ?? process.env.PORT}`);
  process.exit(2);
}
// The app's own address, for links: APP_URL, else this server's port on localhost.
const configured = process.env.APP_URL;
process.env.APP_URL ||= `http://localhost:${port}`;
process.env.NEXTAUTH_URL ||= process.env.APP_URL;
// Tells src/server/auth/client-ip.ts that PEER_ADDRESS_HEADER was written by this server.
process.env.KEPT_PEER_ADDRESS_HEADER = "1";

// The configuration is checked before anything else (src/env.js, as the app reads it): a missing
// production secret or a TRUSTED_PROXIES that isn't a number stops here, with one line.
try {
  await import("../src/env.js");
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
if (values.migrate && process.env.SKIP_MIGRATIONS !== "1") {
  const migrate = spawnSync(
    process.execPath,
    [new URL("./prisma.mjs", import.meta.url).pathname, "migrate-deploy"],
    { stdio: "inherit" },
  );
  if (migrate.status !== 0) {
    console.error("The database migrations failed (see above); not starting.");
    process.exit(migrate.status ?? 1);
  }
}

// A stop asked for before the server listens (it is still preparing): nothing to finish.
const stopEarly = () => process.exit(0);
process.once("SIGTERM", stopEarly);
process.once("SIGINT", stopEarly);

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Request durations for /api/metrics, by route template (ids and tokens folded), method and status.
const requestDuration =
  promClient.register.getSingleMetric("kept_http_request_duration_seconds") ??
  new promClient.Histogram({
    name: "kept_http_request_duration_seconds",
    help: "HTTP request durations by route, method and status",
    labelNames: ["route", "method", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  });
function routeOf(url, status) {
  if (status === 404) return "(not found)";
  const path = (url ?? "/").split("?")[0];
  if (path.startsWith("/_next/")) return "/_next/*";
  if (path.startsWith("/api/trpc/")) return "/api/trpc";
  if (path.startsWith("/api/auth/")) return "/api/auth";
  return path.replace(/\/[A-Za-z0-9_-]{16,}(?=\/|$)/g, "/[id]") || "/";
}

/** Aborted on SIGTERM: the app's own shutdown hooks listen to it (src/server/shutdown.ts). */
const SHUTDOWN = Symbol.for("kept.shutdown");
globalThis[SHUTDOWN] ??= new AbortController();
const shutdownController = globalThis[SHUTDOWN];
let stopping = false;
/** Set by e2e-cluster/run-cluster.mjs --pins (app1…appN, tests): each answer says which instance served it. */
const instanceName = process.env.KEPT_INSTANCE ?? "";
/** The request's one log line: its route template, never its URL (queries carry tRPC input). */
function logRequest(req, res, requestId, started, aborted) {
  const status = res.statusCode;
  const fields = {
    requestId,
    method: req.method,
    route: routeOf(req.url, status),
    status,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
    ...(aborted ? { aborted: true } : {}),
  };
  if (status >= 500) logger.error(fields, "request");
  else logger.info(fields, "request");
}
/** Answers being prepared: told to close their connection if a stop begins before they are sent. */
const answering = new Set();
/** A request id from the proxy in front (X-Request-Id), if it looks like one; else a new one. */
const requestIdOf = (header) =>
  typeof header === "string" && /^[A-Za-z0-9._-]{8,64}$/.test(header) ? header : randomUUID();
const watchForwardedFor = forwardedForWatcher(process.env.TRUSTED_PROXIES);
const server = createServer((req, res) => {
  watchForwardedFor(req.headers);
  req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "unknown";
  const requestId = requestIdOf(req.headers["x-request-id"]);
  req.headers["x-request-id"] = requestId;
  res.setHeader("X-Request-Id", requestId);
  const started = performance.now();
  const end = requestDuration.startTimer({ method: req.method });
  answering.add(res);
  res.on("close", () => {
    answering.delete(res);
    // An answer cut off before its end (a client gone, a live stream ended) is logged too.
    if (!res.writableFinished) logRequest(req, res, requestId, started, true);
  });
  res.on("finish", () => {
    const route = routeOf(req.url, res.statusCode);
    end({ route, status: res.statusCode });
    logRequest(req, res, requestId, started, false);
  });
  // While stopping, a request that still arrives on a kept-alive connection is answered, and the
  // answer says the connection closes after it (so a proxy doesn't send another one on it).
  if (stopping) res.setHeader("Connection", "close");
  if (instanceName) res.setHeader("X-Kept-Instance", instanceName);
  handle(req, res);
});
// Idle keep-alive connections stay open 65 s (Node's default is 5 s): a client or a proxy that
// reuses one just as the server closes it sees its request fail ("other side closed"), and a
// reverse proxy's upstream keep-alive must end before the server's (nginx: 60 s by default).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
const SHUTDOWN_GRACE_MS = 10_000;
const IDLE_DRAIN_MS = 5_000;
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  // The mail worker (src/server/mail/process-worker.ts) stops claiming and gives back its claimed
  // rows, so another instance sends them at once.
  const stopMail = globalThis[Symbol.for("kept.stopMailWorker")];
  const mailStopped = typeof stopMail === "function" ? stopMail().catch(() => {}) : Promise.resolve();
  logger.info(
    `${signal}: no new connections; finishing the requests in flight (at most ${SHUTDOWN_GRACE_MS / 1000} s)`,
  );
  shutdownController.abort();
  // The same for the answers in flight whose headers aren't sent yet.
  for (const res of answering) if (!res.headersSent) res.setHeader("Connection", "close");
  const force = setTimeout(() => {
    logger.warn("closing the connections still open");
    server.closeAllConnections();
  }, SHUTDOWN_GRACE_MS);
  force.unref();
  // Stop listening, but leave idle keep-alive connections open for a moment (http.Server#close
  // would close them at once): a proxy may be sending a request on one right now, and a request
  // lost that way is a 502. nginx closes its idle ones itself after 4 s (deploy/nginx); what is
  // still idle after IDLE_DRAIN_MS (a browser's connection) is closed then.
  NetServer.prototype.close.call(server, async () => {
    clearTimeout(force);
    await mailStopped;
    logger.info("stopped");
    process.exit(0);
  });
  setTimeout(() => server.closeIdleConnections(), IDLE_DRAIN_MS).unref();
}
process.off("SIGTERM", stopEarly);
process.off("SIGINT", stopEarly);
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));

server.listen(port, hostname, () => {
  const address = server.address();
  const listening = typeof address === "object" && address ? address.port : port;
  logger.info(`▲ Kept${dev ? " (development)" : ""}: open ${process.env.APP_URL}`);
  const url = configured ? new URL(configured) : null;
  const appPort = url ? Number(url.port || (url.protocol === "https:" ? 443 : 80)) : listening;
  const local = url && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  // Behind e2e-cluster/run-cluster.mjs's nginx, APP_URL is nginx's address, on purpose.
  if (url && local && appPort !== listening && !process.env.KEPT_BEHIND_CLUSTER) {
    logger.warn(
      `⚠ APP_URL is ${configured} but this server listens on port ${listening}: links will point there. Unset APP_URL, or set it to this server's address.`,
    );
  }
  const proxyWarning = listenWarning(hostname, process.env.TRUSTED_PROXIES);
  if (proxyWarning) logger.warn(proxyWarning);
  logger.info({ port: listening }, "✓ Ready");
});
