/**
 * The header scripts/serve.mjs writes on every request: the TCP peer's address, replacing any
 * value a client sent under that name. Keep in step with scripts/serve.mjs.
 */
export const PEER_ADDRESS_HEADER = "x-kept-peer-address";

export type ClientIpConfig = {
  /** Whether PEER_ADDRESS_HEADER comes from our own server (it says so in the environment). */
  peerHeader: boolean;
  /** How many reverse proxies in front of the app append to X-Forwarded-For (TRUSTED_PROXIES). */
  trustedProxies: number;
};

/** The configuration from the environment: no trusted proxy unless TRUSTED_PROXIES says so. */
export function clientIpConfig(env: Record<string, string | undefined> = process.env): ClientIpConfig {
  const hops = Number(env.TRUSTED_PROXIES ?? 0);
  return {
    peerHeader: env.KEPT_PEER_ADDRESS_HEADER === "1",
    trustedProxies: Number.isInteger(hops) && hops > 0 ? Math.min(hops, 10) : 0,
  };
}

let warned = false;

/**
 * The client's address, for rate limits: the TCP peer's, which a client can't forge. Behind
 * `TRUSTED_PROXIES=N` reverse proxies, each appending the address it got the request from to
 * X-Forwarded-For (nginx: `proxy_add_x_forwarded_for`), the peer is the nearest proxy and the
 * client is the entry N places from the right of [...X-Forwarded-For, peer]; whatever a client
 * wrote further left is ignored. Without our server (a bare `next start`) there is no address a
 * client can't forge: every request is "unknown", and that is logged once.
 */
export function clientIp(
  headers: Headers | Record<string, string | string[] | undefined>,
  config: ClientIpConfig = clientIpConfig(),
): string {
  const get = (name: string) => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const peer = config.peerHeader ? get(PEER_ADDRESS_HEADER)?.trim() : undefined;
  if (!peer) {
    if (!warned) {
      warned = true;
      console.warn(
        "Kept: no client address (start the app with `npm start` / scripts/serve.mjs); per-address rate limits are shared by everyone.",
      );
    }
    return "unknown";
  }
  if (config.trustedProxies === 0) return peer;
  const forwarded = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - config.trustedProxies)] ?? peer;
}
