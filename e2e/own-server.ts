import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";

/** A free TCP port on 127.0.0.1 (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export type OwnServer = {
  url: string;
  output: () => string;
  /** SIGTERM, then the exit code and how long the server took to exit. */
  stop: () => Promise<{ code: number | null; ms: number }>;
};

/**
 * A second production server (the same build the suite's own server runs, `npm start`'s
 * scripts/serve.mjs) on a port of its own with a fresh SQLite file and the environment given,
 * for specs about how the server is configured. Stopped by `stop()`.
 */
export async function startOwnServer(env: Record<string, string> = {}): Promise<OwnServer> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const database = `file:./data/e2e/own-${randomBytes(4).toString("hex")}.db`;
  const base = {
    ...process.env,
    DATABASE_URL: database,
    APP_URL: url,
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: "e2e-only-secret-not-used-anywhere-else-0123456789",
    NEXT_TELEMETRY_DISABLED: "1",
    // The start-up and stop lines the specs read are at info (pino drops them below it).
    LOG_LEVEL: "info",
    TRUSTED_PROXIES: "",
    ...env,
  };
  execFileSync(process.execPath, ["scripts/prisma.mjs", "migrate-deploy"], { env: base, stdio: "ignore" });
  const child: ChildProcess = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(port)], {
    env: base,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => {
    output += String(d);
  });
  child.stderr?.on("data", (d) => {
    output += String(d);
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {}
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server did not answer within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        const started = Date.now();
        if (child.exitCode !== null) return resolve({ code: child.exitCode, ms: 0 });
        child.once("exit", (code) => resolve({ code, ms: Date.now() - started }));
        child.kill("SIGTERM");
      }),
  };
}
