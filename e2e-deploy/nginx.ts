// deploy/nginx/kept.conf.template filled in: for nginx in front of the test's pods, and to check
// that deploy/nginx/compose.conf is still the template's rendering.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { root } from "./podman";

export type NginxParts = { MAIN: string; HTTP: string; LISTEN: string; SERVERS: string };

export function renderNginx(parts: NginxParts) {
  let text = readFileSync(path.join(root, "deploy/nginx/kept.conf.template"), "utf8");
  for (const [key, value] of Object.entries({ ...parts, PIN_MAP: "", PIN_UPSTREAMS: "" })) {
    text = text.replace(`{{${key}}}`, value);
  }
  return text;
}

/** nginx on `listen`, balancing `upstreams` (host:port), in a directory of its own. */
export async function startNginx(listen: string, upstreams: string[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kept-deploy-nginx-"));
  const temps = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"];
  for (const t of temps) mkdirSync(path.join(dir, t));
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(
    conf,
    renderNginx({
      MAIN: ["daemon off;", "worker_processes 1;", "worker_shutdown_timeout 5s;", `pid ${dir}/nginx.pid;`]
        .concat(["error_log stderr warn;", ...(process.getuid?.() === 0 ? ["user root;"] : [])])
        .join("\n"),
      HTTP: temps.map((t) => `${t}_temp_path ${dir}/${t};`).join("\n  "),
      LISTEN: listen,
      SERVERS: upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=2s;`).join("\n"),
    }),
  );
  const bin = spawnSync("sh", ["-c", "command -v nginx || echo /usr/sbin/nginx"], {
    encoding: "utf8",
  }).stdout.trim();
  const child: ChildProcess = spawn(bin, ["-p", dir, "-c", conf], { stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr?.on("data", (d) => {
    errors += String(d);
  });
  const url = `http://${listen}`;
  for (const deadline = Date.now() + 20_000; ; ) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${errors}`);
    if (
      await fetch(`${url}/api/health`).then(
        () => true,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer: ${errors}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: async () => {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGQUIT");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
