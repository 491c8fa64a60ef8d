// What the bench does over HTTP: sign in as next-auth's own form does, load a route with
// autocannon, and weigh a page's first-load JavaScript in the build output.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { localDate } from "@/domain/commitment/schedule";

/** One address per signed-in person: sign-in is rate-limited per IP (documentation range). */
export const benchIp = (n: number) => `203.0.113.${(n % 250) + 1}`;

function cookiesOf(res: Response) {
  return res.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");
}

/** Signs in through next-auth's credentials endpoints (csrf, then the callback) and returns the Cookie header. */
export async function signIn(baseUrl: string, email: string, password: string, ip: string) {
  const headers = { "x-forwarded-for": ip };
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      ...headers,
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrf).join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  const session = cookiesOf(res).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${res.status})`);
  return session;
}

export type LoadFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
};

/**
 * The n-th check-in body of a person: their first commitment, their local today, outcomes
 * alternating so that every request is a real correction.
 */
export function checkInBody(person: { commitmentIds: string[]; timeZone: string } | undefined, n: number) {
  return JSON.stringify({
    json: {
      commitmentId: person?.commitmentIds[0],
      day: localDate(new Date(), person?.timeZone ?? "UTC"),
      outcome: n % 2 ? "partly" : "kept",
      noteShared: false,
    },
  });
}

export type ClientRequest = { method?: "GET" | "POST"; path: string; headers?: Record<string, string> };

/**
 * `connections` connections for `seconds`; connection i sends `requestFor(i)`, and `bodyFor(i, n)`
 * as the body of its n-th request when given (so a write can change what it writes each time).
 *
 * Each connection gets its request through `setRequests([…])`, never `setRequest(…)`: the latter
 * only replaces the request in hand, and from the second request on autocannon goes back to its
 * list (built from `url`, i.e. `GET /`), so the load would be the landing page, not the route.
 * Every response is counted against the request that was sent, and a run where any response
 * belongs to another request is refused.
 */
export async function load(opts: {
  url: string;
  connections: number;
  seconds: number;
  requestFor: (connection: number) => ClientRequest;
  bodyFor?: (connection: number, n: number) => string;
}): Promise<LoadFigures> {
  let next = 0;
  let ours = 0;
  const { bodyFor } = opts;
  const result = await autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    setupClient(client) {
      const connection = next++;
      const request = opts.requestFor(connection);
      let n = 0;
      client.setRequests([
        {
          method: request.method ?? "GET",
          path: request.path,
          headers: request.headers ?? {},
          // Called for every request this connection sends (autocannon rebuilds a request that has it).
          ...(bodyFor ? { setupRequest: (req) => ({ ...req, body: bodyFor(connection, n++) }) } : {}),
          onResponse: () => {
            ours++;
          },
        },
      ]);
    },
  });
  const answered = result.requests.total;
  if (answered === 0 || ours !== answered) {
    throw new Error(
      `load: ${answered} responses, of which ${ours} answered the requests asked for: the load generator sent something else`,
    );
  }
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export type PageWeight = {
  page: string;
  path: string;
  status: number;
  files: number;
  gzipBytes: number;
  chunks: { file: string; gzipBytes: number }[];
};

/**
 * First-load JS of a page as the browser gets it: every script file its HTML loads (module scripts;
 * the `nomodule` polyfills only old browsers fetch are left out), gzipped (level 9) from `.next`.
 */
export async function pageWeight(
  baseUrl: string,
  page: string,
  pathname: string,
  distDir: string,
  cookie?: string,
): Promise<PageWeight> {
  const res = await fetch(`${baseUrl}${pathname}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const html = await res.text();
  const files = new Set<string>();
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    if (/\bnomodule\b/i.test(tag)) continue;
    if (tag.startsWith("<link") && !/\bas="script"/.test(tag)) continue;
    const src = /\b(?:src|href)="(\/_next\/static\/[^"?]+\.js)/.exec(tag)?.[1];
    if (src) files.add(decodeURIComponent(src));
  }
  const chunks = [...files].map((file) => {
    const onDisk = path.join(distDir, file.replace(/^\/_next\//, ""));
    if (!existsSync(onDisk)) throw new Error(`${page}: ${file} is not in ${distDir}`);
    return { file, gzipBytes: gzipSync(readFileSync(onDisk), { level: 9 }).length };
  });
  const gzipBytes = chunks.reduce((sum, c) => sum + c.gzipBytes, 0);
  return { page, path: pathname, status: res.status, files: files.size, gzipBytes, chunks };
}
