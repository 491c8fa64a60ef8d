import { defineConfig } from "@playwright/test";
import { chromium } from "./e2e/browser";

// E2E runs against a production build (`next build` + `next start`) on its own port with a fresh
// SQLite file per run. Debian's Chromium is used when present (Playwright's own browser download
// is not reachable everywhere); otherwise Playwright's bundled Chromium.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;
// The config is evaluated again in each worker; the workers inherit the main process's
// environment, so they all know the one file the web server uses (specs seed history into it).
process.env.E2E_DB_FILE ??= `./data/e2e/run-${Date.now().toString(36)}.db`;
const DB_FILE = process.env.E2E_DB_FILE;
// Everything the server writes, for the log check after the run (e2e/log-check.ts).
process.env.E2E_SERVER_LOG ??= `${DB_FILE}.server.log`;
const SERVER_LOG = process.env.E2E_SERVER_LOG;

export default defineConfig({
  testDir: "./e2e",
  globalTeardown: "./e2e/log-check.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    // Requests a service worker makes can't be routed by a test (page.route), and some specs cut
    // a page's live stream that way: the service worker is off unless a spec turns it on
    // (e2e/every-page.spec.ts, e2e/phone.spec.ts).
    serviceWorkers: "block",
  },
  projects: [{ name: "chromium", use: chromium }],
  // E2E_SKIP_BUILD=1 reuses the last `next build` (when nothing changed since), to rerun a spec quickly.
  webServer: {
    command: `node scripts/prisma.mjs migrate-deploy && ${process.env.E2E_SKIP_BUILD ? "" : "npx next build && "}node scripts/serve.mjs -p ${PORT} 2>&1 | tee ${SERVER_LOG}`,
    url: `${BASE_URL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: `file:${DB_FILE}`,
      APP_URL: BASE_URL,
      NEXTAUTH_URL: BASE_URL,
      NEXTAUTH_SECRET: "e2e-only-secret-not-used-anywhere-else-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "debug",
      // The specs play the part of a reverse proxy that names each test's client in
      // X-Forwarded-For, so tests don't share rate limits. e2e/client-address.spec.ts starts a
      // server of its own without one.
      TRUSTED_PROXIES: "1",
      METRICS_TOKEN: "e2e-metrics-token-0123456789",
      // The scheduler's round (the talk day's notification) every 3 s instead of every minute.
      SCHEDULER_EVERY_SECONDS: "3",
    },
  },
});
