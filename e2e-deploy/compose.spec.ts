// The compose files, read as compose reads them: required variables fail with their message,
// the services and their health checks are wired as README says, and nginx's config for the
// PostgreSQL file is still the template's rendering.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { expect, test } from "../e2e/fixtures";
import { renderNginx } from "./nginx";
import { root } from "./podman";

type Service = {
  build?: string;
  image?: string;
  ports?: string[];
  environment?: Record<string, string | null>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  deploy?: { replicas: string | number };
};
type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> };
const read = (file: string) => parse(readFileSync(path.join(root, file), "utf8")) as Compose;

test("compose.yaml: one app on SQLite in a named volume, the secret required", () => {
  const { services, volumes } = read("compose.yaml");
  expect(Object.keys(services)).toEqual(["app"]);
  const app = services.app as Service;
  expect(app.build).toBe(".");
  // biome-ignore lint/suspicious/noTemplateCurlyInString: compose's own interpolation
  expect(app.ports).toEqual(["${KEPT_PORT:-3000}:3000"]);
  expect(app.environment?.DATABASE_URL).toBe("file:/data/kept.db");
  expect(app.environment?.NEXTAUTH_SECRET).toMatch(/^\$\{NEXTAUTH_SECRET:\?.+\}$/);
  expect(app.volumes).toEqual(["kept-data:/data"]);
  expect(volumes).toHaveProperty("kept-data");
});

test("deploy/compose.postgres.yaml: PostgreSQL healthy first, N app replicas, nginx in front", () => {
  const { services } = read("deploy/compose.postgres.yaml");
  const { postgres, app, nginx } = services;
  expect(postgres?.healthcheck?.test.join(" ")).toContain("pg_isready");
  expect(postgres?.environment?.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?.+\}$/);
  expect(app?.depends_on?.postgres?.condition).toBe("service_healthy");
  // biome-ignore lint/suspicious/noTemplateCurlyInString: compose's own interpolation
  expect(app?.deploy?.replicas).toBe("${KEPT_REPLICAS:-3}");
  expect(app?.environment?.NEXTAUTH_SECRET).toMatch(/^\$\{NEXTAUTH_SECRET:\?.+\}$/);
  expect(app?.environment?.DATABASE_URL).toContain("@postgres:5432/kept");
  // biome-ignore lint/suspicious/noTemplateCurlyInString: compose's own interpolation
  expect(app?.environment?.TRUSTED_PROXIES).toBe("${TRUSTED_PROXIES:-1}");
  expect(nginx?.depends_on?.app?.condition).toBe("service_healthy");
  expect(nginx?.volumes).toEqual(["./nginx/compose.conf:/etc/nginx/nginx.conf:ro"]);
  // Its config is the template's, with the replicas found through Docker's DNS.
  const conf = readFileSync(path.join(root, "deploy/nginx/compose.conf"), "utf8");
  const body = conf.slice(conf.indexOf("# nginx in front"));
  const main = /^(worker_processes[\s\S]*?worker_shutdown_timeout 5s;)$/m.exec(body)?.[1] ?? "";
  const http = /^ {2}(# Docker's DNS[^\n]*\n {2}resolver [^\n]*;)$/m.exec(body)?.[1] ?? "";
  const servers = /^( {4}zone kept 64k;\n {4}server app:3000 resolve [^\n]*;)$/m.exec(body)?.[1] ?? "";
  expect([main, http, servers].every(Boolean)).toBe(true);
  expect(body).toBe(renderNginx({ MAIN: main, HTTP: http, LISTEN: "80", SERVERS: servers }));
});

test("podman-compose refuses to start either file without NEXTAUTH_SECRET, naming it", () => {
  // Each file alone in a directory of its own: compose also reads a .env beside the file (a
  // developer's holds a secret), and --dry-run goes on to create volumes once the file resolves.
  const dir = mkdtempSync(path.join(os.tmpdir(), "kept-compose-"));
  try {
    for (const file of ["compose.yaml", "deploy/compose.postgres.yaml"]) {
      const copy = path.join(dir, path.basename(file));
      copyFileSync(path.join(root, file), copy);
      const env = { ...process.env, POSTGRES_PASSWORD: "only-for-this-check" };
      delete env.NEXTAUTH_SECRET;
      const r = spawnSync("podman-compose", ["--dry-run", "-f", copy, "up"], {
        cwd: dir,
        env,
        encoding: "utf8",
      });
      expect(r.status, file).not.toBe(0);
      expect(`${r.stdout}${r.stderr}`).toContain("set NEXTAUTH_SECRET");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
