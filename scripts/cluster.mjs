#!/usr/bin/env node
// `npm run start:cluster -- --instances N`: N Kept instances on one PostgreSQL database behind
// nginx (issue #23). Each instance is `scripts/serve.mjs` on 127.0.0.1 (ports PORT+1…PORT+N);
// nginx listens on PORT (3000) with deploy/nginx/kept.conf.template rendered into a directory of
// its own. An instance that exits is started again; SIGHUP restarts them one at a time (a
// rolling restart: each finishes its requests first); SIGTERM or Ctrl-C stops everything.
//
//   npm run start:cluster -- --instances 3            needs DATABASE_URL=postgresql://…
//   npm run start:cluster -- --print-nginx             print the rendered nginx config and exit
//   options: --instances N (2) --port P (PORT, 3000) --host H (127.0.0.1, nginx's listen address)
//            --nginx PATH (nginx on PATH, else /usr/sbin/nginx)
//            --state-file PATH (also writes each KEPT_CLUSTER state there, for the cluster tests)
//
// Once everything answers, and after every restart of an instance, it prints one line
// `KEPT_CLUSTER {json}` with nginx's URL and each instance's name, port and pid (the cluster
// tests read it).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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
  },
});
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
const instances = Array.from({ length: count }, (_, i) => ({
  name: `app${i + 1}`,
  port: port + i + 1,
  child: null,
  restarts: 0,
}));

/** nginx's config for these instances, from deploy/nginx/kept.conf.template. */
function renderNginx(dir) {
  const template = readFileSync(path.join(root, "deploy/nginx/kept.conf.template"), "utf8");
  const main = dir
    ? [
        "daemon off;",
        "worker_processes auto;",
        `pid ${dir}/nginx.pid;`,
        "error_log stderr warn;",
        ...(process.getuid?.() === 0 ? ["user root;"] : []),
      ].join("\n")
    : "worker_processes auto;";
  const temp = dir
    ? ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
        .map((t) => `${t}_temp_path ${dir}/${t};`)
        .join("\n  ")
    : "";
  return template
    .replace("{{MAIN}}", main)
    .replace("{{HTTP}}", temp)
    .replace("{{LISTEN}}", `${values.host}:${port}`)
    .replace(
      "{{SERVERS}}",
      instances.map((i) => `    server 127.0.0.1:${i.port} max_fails=1 fail_timeout=2s;`).join("\n"),
    )
    .replace("{{PIN_MAP}}", instances.map((i, n) => `    ${n + 1} kept_${i.name};`).join("\n"))
    .replace(
      "{{PIN_UPSTREAMS}}",
      instances
        .map(
          (i) =>
            `  upstream kept_${i.name} {\n    server 127.0.0.1:${i.port};\n    keepalive 8;\n    keepalive_timeout 4s;\n  }`,
        )
        .join("\n"),
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

let stopping = false;
/** nginx's process, once the instances answer. */
let nginx = null;
const prefixed = (name, stream, target) => {
  let rest = "";
  stream.on("data", (chunk) => {
    const lines = (rest + chunk.toString()).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) target.write(`[${name}] ${line}\n`);
  });
};

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
        // Named in each answer's X-Kept-Instance header (which instance served it).
        KEPT_INSTANCE: instance.name,
      },
    },
  );
  instance.child = child;
  prefixed(instance.name, child.stdout, process.stdout);
  prefixed(instance.name, child.stderr, process.stderr);
  child.once("exit", (code, signal) => {
    if (instance.child === child) instance.child = null;
    if (stopping) return;
    console.log(`[cluster] ${instance.name} exited (${signal ?? code}); starting it again`);
    instance.restarts++;
    setTimeout(() => {
      if (stopping) return;
      start(instance);
      void ready(instance).then(announce);
    }, 500);
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
    await new Promise((r) => setTimeout(r, 200));
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

const dir = mkdtempSync(path.join(os.tmpdir(), "kept-nginx-"));
for (const t of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(dir, t));
writeFileSync(path.join(dir, "nginx.conf"), renderNginx(dir));
const test = spawnSync(nginxBin, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
if (test.status !== 0) fail(`nginx refused the config:\n${test.stderr}`);

for (const instance of instances) start(instance);
const allReady = await Promise.all(instances.map((i) => ready(i)));
if (allReady.includes(false)) {
  console.error("[cluster] an instance did not become ready within 120 s");
  await stop(1);
}
nginx = spawn(nginxBin, ["-p", dir, "-c", path.join(dir, "nginx.conf")], {
  stdio: ["ignore", "inherit", "inherit"],
});
nginx.once("exit", (code) => {
  if (!stopping) {
    console.error(`[cluster] nginx exited (${code})`);
    void stop(1);
  }
});
// nginx answers once it listens: only then is the cluster announced.
for (const deadline = Date.now() + 30_000; ; ) {
  const answered = await fetch(`http://${values.host}:${port}/api/health`).then(
    (r) => r.ok,
    () => false,
  );
  if (answered) break;
  if (Date.now() > deadline || nginx.exitCode !== null) {
    console.error("[cluster] nginx did not answer within 30 s");
    await stop(1);
  }
  await new Promise((r) => setTimeout(r, 100));
}
console.log(`▲ Kept: ${count} instances behind nginx; open ${appUrl}`);
announce();

/** One instance at a time: SIGTERM (it finishes its requests), wait until its successor is ready. */
let rolling = false;
async function rollingRestart() {
  if (rolling) return;
  rolling = true;
  for (const instance of instances) {
    const child = instance.child;
    if (!child || stopping) continue;
    console.log(`[cluster] rolling restart: ${instance.name}`);
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
    // The exit handler starts the successor; wait for it.
    while (!stopping && instance.child === null) await new Promise((r) => setTimeout(r, 100));
    await ready(instance);
  }
  rolling = false;
  console.log("[cluster] rolling restart done");
  announce();
}

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log("[cluster] stopping: nginx first, then the instances");
  if (nginx && nginx.exitCode === null) {
    nginx.kill("SIGQUIT");
    await new Promise((r) => {
      nginx.once("exit", r);
      setTimeout(r, 12_000).unref();
    });
  }
  await Promise.all(
    instances.map((i) => {
      const child = i.child;
      if (!child || child.exitCode !== null) return null;
      child.kill("SIGTERM");
      return new Promise((r) => child.once("exit", r));
    }),
  );
  rmSync(dir, { recursive: true, force: true });
  process.exit(code);
}
process.on("SIGHUP", () => void rollingRestart());
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
