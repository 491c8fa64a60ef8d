import { defineConfig } from "@playwright/test";
import { chromium } from "./e2e/browser";

// `npm run test:deploy`: the container image (Dockerfile) built once by the global setup and run
// with podman: one container on SQLite, the start-up checks, the Kubernetes Deployment with
// `podman kube play` against TEST_DATABASE_URL's PostgreSQL, and the compose files. Needs root,
// podman, runc and nginx (.ci/run installs them). Ports: DEPLOY_PORT (3300) and the 5 after it:
// the container, a trace collector, nginx and three pods.
process.env.DEPLOY_PORT ??= "3300";

export default defineConfig({
  testDir: "./e2e-deploy",
  globalSetup: "./e2e-deploy/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 300_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: { trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [{ name: "deploy", use: chromium }],
});
