// deploy/kubernetes/ run by `podman kube play` on this machine's PostgreSQL (TEST_DATABASE_URL):
// the migration Job's command, then the Deployment's pods (on the host network, each on its own
// port: a Kubernetes pod has its own address, here they share one), nginx in the Service's place.
// Two partners on two pods see each other live; then a pod is replaced (a new one ready first,
// then the old one stopped, as RollingUpdate with maxUnavailable 0 does) under 30 s of check-ins:
// no 5xx, no write lost.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "@playwright/test";
import pg from "pg";
import { parse, parseAllDocuments, stringify } from "yaml";
import { createAccount, expect, fakeIp, newUserData, signInOverHttp, test } from "../e2e/fixtures";
import { partnersSeeEachOtherLive } from "../e2e-cluster/live-partners";
import { expectEveryWriteKept, write, writers } from "../e2e-cluster/writers";
import { startNginx } from "./nginx";
import {
  envArgs,
  exitCodeOf,
  figure,
  IMAGE,
  logsOf,
  podman,
  podmanOk,
  residentMiB,
  root,
  SECRET,
  waitReady,
} from "./podman";

const BASE = Number(process.env.DEPLOY_PORT) + 2;
const NGINX = `127.0.0.1:${BASE}`;
const podPort = (n: number) => BASE + 1 + n;
const run = randomBytes(3).toString("hex");
const dir = mkdtempSync(path.join(os.tmpdir(), "kept-deploy-kube-"));

type Manifest = Record<string, unknown> & {
  metadata: { name: string };
  spec: { replicas: number; template: { spec: Record<string, unknown> & { containers: Container[] } } };
};
type Container = Record<string, unknown> & {
  image: string;
  command?: string[];
  env?: { name: string; value?: string; valueFrom?: unknown }[];
  envFrom?: unknown;
};
const readYaml = <T>(file: string) =>
  parse(readFileSync(path.join(root, "deploy/kubernetes", file), "utf8")) as T;

/**
 * The Deployment as podman runs it here: one replica per manifest (each its own port on the host
 * network), the image just built, the Secret's and ConfigMap's values written in.
 */
function podManifest(n: number, values: Record<string, string>) {
  const deployment = readYaml<Manifest>("deployment.yaml");
  const config = readYaml<{ data: Record<string, string> }>("configmap.yaml").data;
  deployment.metadata.name = `kept-${run}-${n}`;
  deployment.spec.replicas = 1;
  const pod = deployment.spec.template.spec;
  pod.hostNetwork = true;
  const [container] = pod.containers;
  if (!container) throw new Error("no container");
  container.image = IMAGE;
  delete container.envFrom;
  // On the host network podman maps no ports, and it runs no probes (the test waits for
  // readiness itself): both go.
  for (const key of ["ports", "readinessProbe", "livenessProbe", "startupProbe"]) delete container[key];
  const env = { ...config, ...values, PORT: String(podPort(n)) };
  const fromManifest = (container.env ?? []).filter((e) => e.value !== undefined || e.name in env);
  container.env = [
    ...Object.entries(env).map(([name, value]) => ({ name, value })),
    ...fromManifest.filter((e) => !(e.name in env)),
  ];
  const file = path.join(dir, `pod-${n}.yaml`);
  writeFileSync(file, stringify(deployment));
  return { file, pod: `kept-${run}-${n}-pod-0`, url: `http://127.0.0.1:${podPort(n)}` };
}

async function person(browser: Browser, url: string, name: string) {
  const context = await browser.newContext({
    baseURL: url,
    extraHTTPHeaders: { "x-forwarded-for": fakeIp() },
  });
  const user = newUserData(name);
  await createAccount(context.request, user);
  await signInOverHttp(context, user);
  return { context, page: await context.newPage(), user };
}

test("the Deployment on PostgreSQL: partners on two pods live, a pod replaced under load loses nothing", async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const server = process.env.TEST_DATABASE_URL;
  if (!server) throw new Error("npm run test:deploy needs TEST_DATABASE_URL (a PostgreSQL server)");
  const name = `kept_deploy_${run}`;
  const database = new URL(server);
  database.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const pods: ReturnType<typeof podManifest>[] = [];
  let nginx: Awaited<ReturnType<typeof startNginx>> | null = null;
  try {
    // The migration Job's command, from the image, on a database that doesn't exist yet.
    const job = readYaml<{ spec: { template: { spec: { containers: Container[] } } } }>("migrate-job.yaml");
    const command = job.spec.template.spec.containers[0]?.command ?? [];
    expect(command.length).toBeGreaterThan(0);
    const migrated = podman([
      ...["run", "--rm", "--network", "host", ...envArgs({ DATABASE_URL: database.toString() })],
      ...[IMAGE, ...command],
    ]);
    expect(migrated.status, migrated.stderr).toBe(0);

    const values = {
      NEXTAUTH_SECRET: SECRET,
      DATABASE_URL: database.toString(),
      APP_URL: `http://${NGINX}`,
      // The tests name each client in X-Forwarded-For, and nginx is the second hop.
      TRUSTED_PROXIES: "2",
      LOG_LEVEL: "warn",
    };
    for (const n of [0, 1]) pods.push(podManifest(n, values));
    const started = Date.now();
    for (const p of pods) podmanOk(["kube", "play", p.file]);
    await Promise.all(pods.map((p) => waitReady(p.url, `${p.pod}-kept`)));
    figure("kube play to 2 pods ready, PostgreSQL (s)", ((Date.now() - started) / 1000).toFixed(1));
    figure(
      "memory at rest per replica, PostgreSQL (MiB RSS)",
      pods.map((p) => residentMiB(`${p.pod}-kept`)).join(", "),
    );
    // The replacement's port is in nginx's list from the start, as a Service's endpoints follow pods.
    nginx = await startNginx(
      NGINX,
      [0, 1, 2].map((n) => `127.0.0.1:${podPort(n)}`),
    );

    // Two partners, each on their own pod.
    const a = await person(browser, pods[0]?.url ?? "", "Avery");
    const b = await person(browser, pods[1]?.url ?? "", "Blair");
    await partnersSeeEachOtherLive(a, b);
    await a.context.close();
    await b.context.close();

    // 30 s of check-ins through nginx; meanwhile pod 0 is replaced by a new pod 2.
    process.env.CLUSTER_URL = nginx.url;
    process.env.CLUSTER_DATABASE_URL = database.toString();
    const clients = await writers(12);
    let replaced = false;
    const load = write(clients, 30, () => !replaced);
    await new Promise((r) => setTimeout(r, 3000));
    const successor = podManifest(2, values);
    pods.push(successor);
    podmanOk(["kube", "play", successor.file]);
    await waitReady(successor.url, `${successor.pod}-kept`);
    const old = pods[0];
    if (!old) throw new Error("no first pod");
    podmanOk(["pod", "stop", "-t", "30", old.pod]);
    expect(exitCodeOf(`${old.pod}-kept`), logsOf(`${old.pod}-kept`).slice(-2000)).toBe(0);
    replaced = true;
    const result = await load;
    await expectEveryWriteKept(result);
  } finally {
    await nginx?.stop();
    for (const p of pods) podman(["kube", "down", p.file]);
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the manifests: probes, rollout, grace, the Secret, ingress, PDB, HPA and PodMonitor", () => {
  const docs = [
    "deployment.yaml",
    "service.yaml",
    "ingress.yaml",
    "pdb.yaml",
    "hpa.yaml",
    "podmonitor.yaml",
  ].map((f) => parseAllDocuments(readFileSync(path.join(root, "deploy/kubernetes", f), "utf8"))[0]?.toJSON());
  const [deployment, , ingress, pdb, hpa, monitor] = docs;
  expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
  expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
  const pod = deployment.spec.template.spec;
  expect(pod.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(15);
  const [c] = pod.containers;
  expect(c.readinessProbe.httpGet.path).toBe("/api/health/ready");
  expect(c.livenessProbe.httpGet.path).toBe("/api/health");
  expect(c.lifecycle.preStop.exec.command).toEqual(["sleep", "5"]);
  expect(c.resources.requests.memory).toBeTruthy();
  expect(c.resources.limits.memory).toBeTruthy();
  const secretRef = (n: string) => c.env.find((e: { name: string }) => e.name === n)?.valueFrom?.secretKeyRef;
  expect(secretRef("NEXTAUTH_SECRET")).toEqual({ name: "kept", key: "NEXTAUTH_SECRET" });
  expect(secretRef("DIRECT_DATABASE_URL")).toMatchObject({ optional: true });
  expect(ingress.metadata.annotations["nginx.ingress.kubernetes.io/proxy-buffering"]).toBe("off");
  expect(ingress.metadata.annotations["nginx.ingress.kubernetes.io/proxy-body-size"]).toBe("64k");
  expect(pdb.spec.minAvailable).toBe(1);
  expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
  expect(monitor.spec.podMetricsEndpoints[0]).toMatchObject({
    path: "/api/metrics",
    authorization: { credentials: { key: "METRICS_TOKEN" } },
  });
  const kustomization = readYaml<{ resources: string[] }>("kustomization.yaml");
  expect(kustomization.resources).not.toContain("migrate-job.yaml");
});
