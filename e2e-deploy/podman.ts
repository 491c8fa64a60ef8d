// What the deploy tests need of podman (containers-offline notes: runc, the host network) and of
// the image the global setup built.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export const IMAGE = process.env.KEPT_DEPLOY_IMAGE ?? "localhost/kept:deploy-test";
export const root = path.join(import.meta.dirname, "..");
export const SECRET = "deploy-test-secret-not-used-anywhere-else-0123456789";

/** podman with the runtime that works here; its exit code and output, never a throw. */
export function podman(args: string[]) {
  const r = spawnSync("podman", ["--runtime", "runc", ...args], { encoding: "utf8", timeout: 180_000 });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** podman that must succeed: its stdout. */
export function podmanOk(args: string[]) {
  const r = podman(args);
  if (r.status !== 0) throw new Error(`podman ${args.join(" ")} failed (${r.status}):\n${r.stderr}`);
  return r.stdout.trim();
}

/** `-e NAME=value` for each variable. */
export const envArgs = (env: Record<string, string>) =>
  Object.entries(env).flatMap(([k, v]) => ["-e", `${k}=${v}`]);

/** Everything a container wrote (stdout and stderr). */
export function logsOf(container: string) {
  const r = podman(["logs", container]);
  return `${r.stdout}${r.stderr}`;
}

export function exitCodeOf(container: string) {
  return Number(podmanOk(["inspect", "--format", "{{.State.ExitCode}}", container]));
}

/** Polls /api/health/ready until it answers 200; fails at once with the log if the container ends. */
export async function waitReady(url: string, container: string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(`${url}/api/health/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    const state = podman(["inspect", "--format", "{{.State.Status}}", container]).stdout.trim();
    if (state === "exited" || state === "stopped")
      throw new Error(`${container} exited before it was ready:\n${logsOf(container).slice(-4000)}`);
    if (Date.now() > deadline) throw new Error(`${container} not ready within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Resident memory of a container's main process (its server), in MiB. */
export function residentMiB(container: string) {
  const pid = podmanOk(["inspect", "--format", "{{.State.Pid}}", container]);
  const rss = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Math.round(Number(rss) / 1024);
}

/** One figure for docs/performance.md, printed where the CI log shows it. */
export function figure(name: string, value: string) {
  process.stdout.write(`DEPLOY_FIGURE ${name}: ${value}\n`);
}
