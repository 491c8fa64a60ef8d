// One container on SQLite, as `docker compose up` (compose.yaml) runs it: data on a volume, the
// session and the data survive a new container, start-up refuses a bad configuration, the log is
// JSON lines per request without what people typed, and traces go out when asked for.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { BrowserContext } from "@playwright/test";
import { localDate } from "@/domain/commitment/schedule";
import { link } from "../e2e/couple";
import { createAccount, expect, newUserData, signInOverHttp, test } from "../e2e/fixtures";
import {
  envArgs,
  exitCodeOf,
  figure,
  IMAGE,
  logsOf,
  podman,
  podmanOk,
  residentMiB,
  SECRET,
  waitReady,
} from "./podman";

const PORT = Number(process.env.DEPLOY_PORT);
const URL_ = `http://127.0.0.1:${PORT}`;
const run = randomBytes(3).toString("hex");
const VOLUME = `kept-deploy-test-${run}`;
const NOTE = `DEPLOY-PRIVATE-note-${run}`;

test.describe.configure({ mode: "serial" });
test.afterAll(() => {
  for (const c of [`kept-sqlite-1-${run}`, `kept-sqlite-2-${run}`]) podman(["rm", "-f", "-v", "-t", "0", c]);
  podman(["volume", "rm", "-f", VOLUME]);
});

function start(name: string, env: Record<string, string> = {}) {
  const started = Date.now();
  podmanOk([
    ...["run", "-d", "--name", name, "--network", "host", "-v", `${VOLUME}:/data`],
    ...envArgs({ NEXTAUTH_SECRET: SECRET, PORT: String(PORT), APP_URL: URL_, ...env }),
    IMAGE,
  ]);
  return started;
}

async function call(context: BrowserContext, path: string, json: unknown) {
  const res = await context.request.post(`${URL_}/api/trpc/${path}`, { data: { json } });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { result: { data: { json: Record<string, unknown> } } }).result.data.json;
}

test("on SQLite with a volume: sign up and check in; a new container keeps the session and the data", async ({
  browser,
}) => {
  const first = `kept-sqlite-1-${run}`;
  podmanOk(["volume", "create", VOLUME]);
  const started = start(first);
  await waitReady(URL_, first);
  figure("cold start to ready, SQLite, fresh volume (s)", ((Date.now() - started) / 1000).toFixed(1));

  const people = [newUserData("Avery"), newUserData("Blair")];
  const [a, b] = await Promise.all(
    people.map(async (user) => {
      const context = await browser.newContext({ baseURL: URL_ });
      await createAccount(context.request, user);
      await signInOverHttp(context, user);
      return { context, page: await context.newPage(), user };
    }),
  );
  if (!a || !b) throw new Error("no people");
  await link(a.page, b.page, a.user.name);
  const commitment = await call(a.context, "commitment.create", {
    title: "Text when I'm out late",
    who: "me",
    cadence: { kind: "daily" },
  });
  const checkIn = {
    commitmentId: commitment.id,
    day: localDate(new Date(), "Europe/Berlin"),
    outcome: "kept",
    note: NOTE,
    noteShared: false,
  };
  expect((await call(a.context, "commitment.checkIn", checkIn)).status).toBe("created");
  figure("memory at rest, SQLite, after sign-ups (MiB RSS)", String(residentMiB(first)));

  // A stop is SIGTERM, answered by a clean exit; then a new container on the same volume.
  podmanOk(["stop", "-t", "20", first]);
  expect(exitCodeOf(first)).toBe(0);
  const log = logsOf(first);
  podmanOk(["rm", "-v", first]);

  const collector = await traceCollector();
  const second = `kept-sqlite-2-${run}`;
  const restarted = start(second, {
    OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
    OTEL_SERVICE_NAME: `kept-deploy-${run}`,
  });
  await waitReady(URL_, second);
  figure("start to ready, SQLite, existing volume (s)", ((Date.now() - restarted) / 1000).toFixed(1));

  // The same session cookie, the same check-in (writing it again changes nothing).
  const me = await a.context.request.get(`${URL_}/api/trpc/user.me`);
  expect(me.status()).toBe(200);
  expect(await me.text()).toContain(a.user.email);
  expect((await call(a.context, "commitment.checkIn", checkIn)).status).toBe("unchanged");
  expect((await fetch(`${URL_}/api/health/ready`)).status).toBe(200);

  // Traces: Next's request spans and Prisma's query spans reach the collector.
  await expect.poll(() => collector.received(), { timeout: 30_000 }).toContain(`kept-deploy-${run}`);
  await expect.poll(() => collector.received(), { timeout: 30_000 }).toMatch(/"name":"prisma:/);
  collector.close();

  // The log: JSON lines, one per request (its route template), none holding what was typed.
  const lines = log.trim().split("\n");
  const requests = lines
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l.msg === "request");
  expect(requests.map((r) => r.route)).toContain("/api/trpc");
  for (const r of requests)
    expect(Object.keys(r).sort()).toEqual(
      expect.arrayContaining(["durationMs", "requestId", "route", "status"]),
    );
  for (const typed of [NOTE, a.user.password, b.user.password, a.user.email, b.user.email]) {
    expect(log).not.toContain(typed);
  }
  await a.context.close();
  await b.context.close();
});

test("in production without NEXTAUTH_SECRET, or with TRUSTED_PROXIES=lots, the container exits naming it", () => {
  // The container's own output (podman logs), apart from what podman itself says on its stderr.
  const once = (env: Record<string, string>) => {
    const name = `kept-misconfigured-${run}`;
    podmanOk([
      "run",
      "-d",
      "--name",
      name,
      "--network",
      "host",
      ...envArgs({ PORT: String(PORT), ...env }),
      IMAGE,
    ]);
    const status = Number(podmanOk(["wait", name]));
    const lines = logsOf(name).trim().split("\n");
    podman(["rm", "-f", "-v", name]);
    return { status, lines };
  };
  const noSecret = once({});
  expect(noSecret.status).not.toBe(0);
  expect(noSecret.lines).toEqual([expect.stringMatching(/NEXTAUTH_SECRET is required/)]);
  const lots = once({ NEXTAUTH_SECRET: SECRET, TRUSTED_PROXIES: "lots" });
  expect(lots.status).not.toBe(0);
  expect(lots.lines).toEqual([expect.stringMatching(/TRUSTED_PROXIES must be a whole number/)]);
});

/** An OTLP/HTTP endpoint on this machine that keeps what it is sent (JSON spans). */
async function traceCollector() {
  let body = "";
  const server = createServer((req, res) => {
    req.on("data", (d: Buffer) => {
      body += d.toString("utf8");
    });
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
    });
  });
  await new Promise<void>((r) => server.listen(Number(process.env.DEPLOY_PORT) + 1, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received: () => body, close: () => server.close() };
}
