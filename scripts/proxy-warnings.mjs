// Start-up and first-request warnings about the proxy setting (docs/security.md, "Time and the
// shared device"): TRUSTED_PROXIES decides whose address the rate limits count, and both wrong
// ways are silent otherwise. Used by scripts/serve.mjs; pure, so a test can call it.

const ALL_INTERFACES = new Set(["0.0.0.0", "::", ""]);

/** The warning for listening on every interface while trusting a proxy's X-Forwarded-For, or null. */
export function listenWarning(hostname, trustedProxies) {
  const proxies = Number(trustedProxies || 0);
  if (!(proxies > 0) || !ALL_INTERFACES.has(hostname ?? "")) return null;
  return `⚠ TRUSTED_PROXIES=${proxies} while listening on all interfaces (${hostname || "0.0.0.0"}): a client that reaches this port directly can name any address in X-Forwarded-For. Listen on the proxy's side only (HOST=127.0.0.1), or set TRUSTED_PROXIES=0.`;
}

/**
 * Returns a check for each request's headers that warns once when a request carries
 * X-Forwarded-For while TRUSTED_PROXIES=0: behind a proxy that isn't trusted, every client has the
 * proxy's address, so one client's failed sign-ins limit everyone.
 */
export function forwardedForWatcher(trustedProxies, warn = console.warn) {
  if (Number(trustedProxies || 0) > 0) return () => {};
  let warned = false;
  return (headers) => {
    if (warned || headers["x-forwarded-for"] === undefined) return;
    warned = true;
    warn(
      "⚠ A request carries X-Forwarded-For but TRUSTED_PROXIES=0: behind a reverse proxy every client counts as the proxy's address (one person's failed sign-ins limit everyone). Set TRUSTED_PROXIES to the number of proxies in front of Kept.",
    );
  };
}
