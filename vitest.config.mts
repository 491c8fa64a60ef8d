import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": path.join(root, "src"),
      // Next.js resolves "server-only" to a no-op on the server; so do the tests.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          // A non-whole-hour offset makes code that forgets a time zone fail (Rallly does the same).
          env: { TZ: "Asia/Kathmandu" },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          // KEPT_PEER_ADDRESS_HEADER: the requests these tests build stand for what scripts/serve.mjs
          // passes on, the peer's address in its header (src/server/auth/client-ip.ts).
          env: { TZ: "Asia/Kathmandu", LOG_LEVEL: "error", KEPT_PEER_ADDRESS_HEADER: "1" },
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // `npm run bench` only; not part of `npm test`.
          name: "bench",
          include: ["bench/**/*.bench.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          env: { TZ: "Asia/Kathmandu", LOG_LEVEL: "error" },
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
