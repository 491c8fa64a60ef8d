// The app's side of a graceful stop. scripts/serve.mjs aborts this signal on
// SIGTERM, before it waits for the requests in flight: live streams end (their pages reconnect,
// to another instance behind a load balancer) and background workers stop claiming work. The
// signal lives on `globalThis` because serve.mjs and the app's bundles are separate module graphs.

const KEY = Symbol.for("kept.shutdown");
type WithShutdown = typeof globalThis & { [KEY]?: AbortController };

/** Aborted once the server is stopping; never, in tests and scripts that don't stop. */
export function shutdownSignal(): AbortSignal {
  const g = globalThis as WithShutdown;
  g[KEY] ??= new AbortController();
  return g[KEY].signal;
}

/** Whether the server is stopping (readiness answers 503 then). */
export const isShuttingDown = () => shutdownSignal().aborted;
