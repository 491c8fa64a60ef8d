// The app as the HTTP bench serves it: one production build (`.next`, reused while it is newer than
// every input of the build) under `next start`, or `next dev` for the smoke test, which must not
// spend a build. Each server gets its own free port and database.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export const root = path.join(import.meta.dirname, "../..");
const NEXT_BIN = path.join(root, "node_modules/next/dist/bin/next");
const BUILD_INPUTS = [
  "src",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** True when `.next` holds a production build newer than every file it was built from. */
export function buildIsCurrent() {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(path.join(root, input)) < built);
}

/** `next build` unless `.next` is current (or `force`); returns whether it built. */
export function ensureBuild(force = false) {
  if (!force && buildIsCurrent()) return false;
  execFileSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  return true;
}

export function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process and its descendants, from /proc (Linux); null elsewhere. */
export function rssBytes(pid: number): number | null {
  if (!existsSync("/proc")) return null;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const visit = (id: number) => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, "utf8"));
      total += Number(match?.[1] ?? 0) * 1024;
    } catch {
      return;
    }
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return total;
}

export type AppServer = { url: string; pid: number; stop: () => Promise<void> };

export async function startServer(opts: {
  mode: "production" | "dev";
  databaseUrl: string;
  log?: (line: string) => void;
  /** Options for the server's `node` (e.g. `--cpu-prof`, `--trace-gc`). */
  nodeArgs?: string[];
}): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(opts.nodeArgs ?? []),
      // What `npm start` runs (Next's handler told the peer's address), `--dev` for `next dev`'s.
      "scripts/serve.mjs",
      ...(opts.mode === "dev" ? ["--dev"] : []),
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: opts.mode === "dev" ? "development" : "production",
        DATABASE_URL: opts.databaseUrl,
        APP_URL: url,
        NEXTAUTH_URL: url,
        NEXTAUTH_SECRET: "bench-only-secret-not-used-anywhere-else-0123456789",
        NEXT_TELEMETRY_DISABLED: "1",
        LOG_LEVEL: "warn",
        // Serves the bench's constant route; "dev" also gives the dev server a build directory of
        // its own, beside any `npm run dev` (see next.config.mjs).
        KEPT_BENCH: opts.mode === "dev" ? "dev" : "1",
        // The load generator names each simulated person's address in X-Forwarded-For, as a
        // reverse proxy would, so per-address limits apply per person, not to the whole bench.
        TRUSTED_PROXIES: "1",
      },
    },
  );
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    opts.log?.(chunk.toString());
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next ${opts.mode} exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next ${opts.mode} did not answer /api/health within 120 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, pid: child.pid ?? 0, stop };
}
