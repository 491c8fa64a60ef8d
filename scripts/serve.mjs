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
//   node scripts/serve.mjs            production (after `next build`), PORT (3000) and HOST
//   node scripts/serve.mjs --dev      development (`next dev`'s server)
//   node scripts/serve.mjs -p 3100    another port (also PORT=3100)
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import next from "next";

/** Keep in step with src/server/auth/client-ip.ts. */
const PEER_ADDRESS_HEADER = "x-kept-peer-address";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
const dev = values.dev;
if (!dev) process.env.NODE_ENV ??= "production";
// .env files as Next reads them, first, so that what they say counts below.
nextEnv.loadEnvConfig(process.cwd(), dev);

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

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "unknown";
  handle(req, res);
});
// Idle keep-alive connections stay open 65 s (Node's default is 5 s): a client or a proxy that
// reuses one just as the server closes it sees its request fail ("other side closed"), and a
// reverse proxy's upstream keep-alive must end before the server's (nginx: 60 s by default).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  const address = server.address();
  const listening = typeof address === "object" && address ? address.port : port;
  console.log(`▲ Kept${dev ? " (development)" : ""}: open ${process.env.APP_URL}`);
  const url = configured ? new URL(configured) : null;
  const appPort = url ? Number(url.port || (url.protocol === "https:" ? 443 : 80)) : listening;
  const local = url && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url && local && appPort !== listening) {
    console.warn(
      `⚠ APP_URL is ${configured} but this server listens on port ${listening}: links will point there. Unset APP_URL, or set it to this server's address.`,
    );
  }
  console.log(" ✓ Ready");
});
