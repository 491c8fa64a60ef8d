#!/usr/bin/env node
// A test helper, not a way to run Kept (README, "Running in production": a container, compose or
// Kubernetes): N Kept instances on one PostgreSQL database behind nginx, on this machine, for the
// cluster tests (e2e-cluster/global-setup.ts) and `npm run bench:cluster`. Each instance is `scripts/serve.mjs` on 127.0.0.1 (ports PORT+1…PORT+N);
// nginx listens on PORT (3000) with deploy/nginx/kept.conf.template rendered into a directory of
// its own. An instance that exits is started again (with a growing pause; a crash loop stops the
// cluster). SIGHUP restarts the instances one at a time: each is stopped (it finishes its
// requests), started again, and the next one waits until it is ready.
// SIGTERM or Ctrl-C stops everything, from any phase.
//
//   node e2e-cluster/run-cluster.mjs --instances 3     needs DATABASE_URL=postgresql://…
//   node e2e-cluster/run-cluster.mjs --print-nginx     print the rendered nginx config and exit
//   options: --instances N (2) --port P (PORT, 3000) --host H (127.0.0.1, nginx's listen address)
//            --nginx PATH (nginx on PATH, else /usr/sbin/nginx)
//            --state-file PATH (also writes each KEPT_CLUSTER state there, for the cluster tests)
//            --pins (tests and benches: a `kept_pin=N` cookie sends a client to instance N, and
//                    every answer names its instance in X-Kept-Instance; off by default)
//
// Once everything answers, and after every restart of an instance, it prints one line
// `KEPT_CLUSTER {json}` with nginx's URL and each instance's name, port, pid, restarts and last
// exit (the cluster tests read it).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";

const root = path.join(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    instances: { type: "string", default: "2" },
    port: { type: "string" },
    host: { type: "string", default: "127.0.0.1" },
    nginx: { type: "string" },
    "print-nginx": { type: "boolean", default: false },
    "state-file": { type: "string" },
    pins: { type: "boolean", default: false },
  },
});

// Stopping works from the first moment: whatever has been started so far is stopped.
let stopping = false;
/** nginx's process, once the instances answer. */
let nginx = null;
let dir = null;
const instances = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Waits for `child` to exit, at most `ms`; then kills it. */
async function ended(child, ms) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  if (await Promise.race([exited.then(() => true), sleep(ms).then(() => false)])) return;
  child.kill("SIGKILL");
  await exited;
}
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log("[cluster] stopping: nginx first, then the instances");
  if (nginx) {
    nginx.kill("SIGQUIT");
    await ended(nginx, 8_000);
  }
  await Promise.all(
    instances.map((i) => {
      i.child?.kill("SIGTERM");
      return ended(i.child, 12_000);
    }),
  );
  if (dir) rmSync(dir, { recursive: true, force: true });
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
process.on("SIGHUP", () => void rollingRestart());

process.env.NODE_ENV ??= "production";
nextEnv.loadEnvConfig(root, false);

const fail = (message) => {
  console.error(message);
  process.exit(2);
};
const count = Number(values.instances);
if (!Number.isInteger(count) || count < 1 || count > 32)
  fail(`--instances must be 1…32 (got ${values.instances})`);
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port + count > 65535) fail(`Not a port number: ${values.port}`);
for (let i = 0; i < count; i++) {
  instances.push({ name: `app${i + 1}`, port: port + i + 1, child: null, restarts: 0, lastExit: null });
}

/** nginx's config for these instances, from deploy/nginx/kept.conf.template. */
function renderNginx(where) {
  const template = readFileSync(path.join(root, "deploy/nginx/kept.conf.template"), "utf8");
  const main = where
    ? [
        "daemon off;",
        "worker_processes auto;",
        // A stop doesn't wait for open live-update streams longer than this.
        "worker_shutdown_timeout 5s;",
        `pid ${where}/nginx.pid;`,
        "error_log stderr warn;",
        ...(process.getuid?.() === 0 ? ["user root;"] : []),
      ].join("\n")
    : "worker_processes auto;\nworker_shutdown_timeout 5s;";
  const temp = where
    ? ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
        .map((t) => `${t}_temp_path ${where}/${t};`)
        .join("\n  ")
    : "";
  const pins = values.pins;
  return template
    .replace("{{MAIN}}", main)
    .replace("{{HTTP}}", temp)
    .replace("{{LISTEN}}", `${values.host}:${port}`)
    .replace(
      "{{SERVERS}}",
      instances.map((i) => `    server 127.0.0.1:${i.port} max_fails=1 fail_timeout=2s;`).join("\n"),
    )
    .replace("{{PIN_MAP}}", pins ? instances.map((i, n) => `    ${n + 1} kept_${i.name};`).join("\n") : "")
    .replace(
      "{{PIN_UPSTREAMS}}",
      pins
        ? instances
            .map(
              (i) =>
                `  upstream kept_${i.name} {\n    server 127.0.0.1:${i.port};\n    keepalive 8;\n    keepalive_timeout 4s;\n  }`,
            )
            .join("\n")
        : "",
    );
}

if (values["print-nginx"]) {
  process.stdout.write(renderNginx(null));
  process.exit(0);
}

const databaseUrl = process.env.DATABASE_URL ?? "";
if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
  fail(
    "Several instances share one PostgreSQL database: set DATABASE_URL=postgresql://… (in .env or the environment).\nOn the embedded SQLite database, run one instance: npm start",
  );
}
const nginxBin =
  values.nginx ??
  (spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).stdout.trim() || "/usr/sbin/nginx");
if (!existsSync(nginxBin))
  fail(`nginx not found (${nginxBin}): install it (apt-get install nginx) or pass --nginx PATH`);

/** Whether nothing listens on `p` yet. */
const portFree = (p, host) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(p, host, () => probe.close(() => resolve(true)));
  });
for (const [p, host] of [[port, values.host], ...instances.map((i) => [i.port, "127.0.0.1"])]) {
  if (!(await portFree(p, host)))
    fail(`Port ${p} on ${host} is taken: pick another --port (the instances use the ${count} after it).`);
}

const appUrl = process.env.APP_URL || `http://localhost:${port}`;
const run = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
// Once for all instances: the secret in .env (created if missing), the migrations, the build.
run(["scripts/setup-env.mjs"]);
nextEnv.loadEnvConfig(root, false, undefined, true);
run(["scripts/prisma.mjs", "migrate-deploy"]);
if (!existsSync(path.join(root, ".next/BUILD_ID"))) run(["node_modules/next/dist/bin/next", "build"]);

const prefixed = (name, stream, target) => {
  let rest = "";
  stream.on("data", (chunk) => {
    const lines = (rest + chunk.toString()).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) target.write(`[${name}] ${line}\n`);
  });
};

/** Quick exits in a row (within 10 s of starting) before the cluster gives up on an instance. */
const CRASH_LOOP = 5;
function start(instance) {
  const child = spawn(
    process.execPath,
    ["scripts/serve.mjs", "-p", String(instance.port), "-H", "127.0.0.1"],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        APP_URL: appUrl,
        NEXTAUTH_URL: process.env.NEXTAUTH_URL || appUrl,
        // nginx is one hop: the app reads each person's address from X-Forwarded-For.
        TRUSTED_PROXIES: process.env.TRUSTED_PROXIES || "1",
        // With --pins, each answer names its instance (X-Kept-Instance).
        KEPT_INSTANCE: values.pins ? instance.name : "",
        KEPT_BEHIND_CLUSTER: "1",
      },
    },
  );
  const startedAt = Date.now();
  instance.child = child;
  prefixed(instance.name, child.stdout, process.stdout);
  prefixed(instance.name, child.stderr, process.stderr);
  child.once("exit", (code, signal) => {
    if (instance.child === child) instance.child = null;
    instance.lastExit = { code, signal };
    if (stopping) return;
    instance.restarts++;
    instance.quickExits =
      Date.now() - startedAt < 10_000 && !instance.restarting ? (instance.quickExits ?? 0) + 1 : 0;
    if (instance.quickExits >= CRASH_LOOP) {
      console.error(`[cluster] ${instance.name} exited ${CRASH_LOOP} times in a row at start; stopping`);
      void stop(1);
      return;
    }
    const pause = instance.restarting ? 0 : Math.min(30_000, 500 * 2 ** (instance.quickExits ?? 0));
    console.log(`[cluster] ${instance.name} exited (${signal ?? code}); starting it again`);
    setTimeout(() => {
      if (stopping) return;
      start(instance);
      void ready(instance).then((ok) => ok && announce());
    }, pause);
  });
}

async function ready(instance, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      const res = await fetch(`http://127.0.0.1:${instance.port}/api/health/ready`);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  return false;
}

function announce() {
  const state = {
    url: `http://${values.host}:${port}`,
    appUrl,
    instances: instances.map((i) => ({
      name: i.name,
      port: i.port,
      pid: i.child?.pid ?? null,
      restarts: i.restarts,
      lastExit: i.lastExit,
    })),
  };
  console.log(`KEPT_CLUSTER ${JSON.stringify(state)}`);
  if (values["state-file"]) {
    // Whole or not at all: a reader never sees half a file.
    const file = values["state-file"];
    writeFileSync(`${file}.tmp`, JSON.stringify({ ...state, pid: process.pid }));
    renameSync(`${file}.tmp`, file);
  }
}

dir = mkdtempSync(path.join(os.tmpdir(), "kept-nginx-"));
for (const t of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(dir, t));
const confFile = path.join(dir, "nginx.conf");
writeFileSync(confFile, renderNginx(dir));
const test = spawnSync(nginxBin, ["-t", "-p", dir, "-c", confFile], { encoding: "utf8" });
if (test.status !== 0) fail(`nginx refused the config:\n${test.stderr}`);

for (const instance of instances) start(instance);
const allReady = await Promise.all(instances.map((i) => ready(i)));
if (stopping) await new Promise(() => {});
if (allReady.includes(false)) {
  console.error("[cluster] an instance did not become ready within 120 s");
  await stop(1);
}
nginx = spawn(nginxBin, ["-p", dir, "-c", confFile], { stdio: ["ignore", "inherit", "inherit"] });
nginx.once("exit", (code) => {
  if (!stopping) {
    console.error(`[cluster] nginx exited (${code})`);
    void stop(1);
  }
});
// nginx answers once it listens: only then is the cluster announced.
for (const deadline = Date.now() + 30_000; !stopping; ) {
  const answered = await fetch(`http://${values.host}:${port}/api/health`).then(
    (r) => r.ok,
    () => false,
  );
  if (answered) break;
  if (Date.now() > deadline) {
    console.error("[cluster] nginx did not answer within 30 s");
    await stop(1);
  }
  await sleep(100);
}
console.log(`▲ Kept: ${count} instances behind nginx; open ${appUrl}`);
announce();

/**
 * One instance at a time: SIGTERM (it stops accepting and finishes its requests; nginx sends
 * what it can't deliver there to the next one), its successor started and ready, then the next.
 * nginx is not reloaded: a reload closes its idle connections to browsers, a race of its own.
 */
let rolling = false;
async function rollingRestart() {
  if (rolling || stopping || !nginx) return;
  rolling = true;
  for (const instance of instances) {
    const child = instance.child;
    if (!child || stopping) continue;
    console.log(`[cluster] rolling restart: ${instance.name}`);
    instance.restarting = true;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
    // The exit handler starts the successor at once; wait for it.
    while (!stopping && instance.child === null) await sleep(100);
    const ok = await ready(instance);
    instance.restarting = false;
    if (!ok) {
      console.error(`[cluster] rolling restart: ${instance.name} did not become ready; stopping the restart`);
      break;
    }
  }
  rolling = false;
  console.log("[cluster] rolling restart done");
  announce();
}
