import { defineConfig } from "@playwright/test";
import { chromium } from "./e2e/browser";

// `npm run test:cluster` (issue #23): three instances on one PostgreSQL database behind nginx,
// started by e2e-cluster/global-setup.ts (e2e-cluster/run-cluster.mjs). Needs
// TEST_DATABASE_URL (a PostgreSQL server; a database is created in it and dropped) and nginx.
// The tests restart and kill instances, so they run one at a time.
process.env.CLUSTER_PORT ??= "3300";
const BASE_URL = `http://127.0.0.1:${process.env.CLUSTER_PORT}`;

export default defineConfig({
  testDir: "./e2e-cluster",
  globalSetup: "./e2e-cluster/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "cluster", use: chromium }],
});
