// Starts the cluster the tests run against: a fresh PostgreSQL database, then
// `node e2e-cluster/run-cluster.mjs --instances 3` (nginx and three instances) on CLUSTER_PORT,
// and waits until nginx answers. The returned function stops it and drops the database.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freshDatabase, newRunId } from "../bench/fresh-database";
import { ensureBuild } from "../bench/http/server";

export const CLUSTER_SECRET = "cluster-test-secret-not-used-anywhere-else-0123456789";
export const CLUSTER_METRICS_TOKEN = "cluster-metrics-token-0123456789";

export default async function globalSetup() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    throw new Error(
      "npm run test:cluster needs a PostgreSQL server: TEST_DATABASE_URL=postgresql://user@host:port/postgres",
    );
  }
  ensureBuild();
  const database = await freshDatabase(serverUrl, "cluster", newRunId());
  const stateFile = path.join(os.tmpdir(), `kept-cluster-${process.pid}.json`);
  rmSync(stateFile, { force: true });
  const port = process.env.CLUSTER_PORT ?? "3300";
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    ["e2e-cluster/run-cluster.mjs", "--instances", "3", "--port", port, "--state-file", stateFile, "--pins"],
    {
      // Its own process group, so that a cluster that doesn't stop is killed with nginx and the
      // instances it started.
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        APP_URL: url,
        NEXTAUTH_URL: url,
        NEXTAUTH_SECRET: CLUSTER_SECRET,
        METRICS_TOKEN: CLUSTER_METRICS_TOKEN,
        NEXT_TELEMETRY_DISABLED: "1",
        LOG_LEVEL: "warn",
        // The tests play a front proxy naming each client in X-Forwarded-For, and nginx is the
        // second hop: per-address limits apply per test client, as they would per person.
        TRUSTED_PROXIES: "2",
      },
    },
  );
  let output = "";
  const collect = (d: Buffer) => {
    output = (output + String(d)).slice(-20_000);
    if (process.env.CLUSTER_LOG) process.stderr.write(d);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const deadline = Date.now() + 240_000;
  while (!existsSync(stateFile)) {
    if (child.exitCode !== null) throw new Error(`the cluster exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`the cluster did not start within 240 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  process.env.CLUSTER_STATE_FILE = stateFile;
  process.env.CLUSTER_DATABASE_URL = database.url;
  process.env.CLUSTER_URL = url;
  return async () => {
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    child.kill("SIGTERM");
    const code = await Promise.race([
      exited,
      new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 30_000)),
    ]);
    if (code !== 0) {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
      process.stderr.write(`cluster stop: ${code}\n${output.slice(-4000)}\n`);
    }
    rmSync(stateFile, { force: true });
    await database.drop();
  };
}
