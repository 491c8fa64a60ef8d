import { existsSync } from "node:fs";
import { devices } from "@playwright/test";

// The browser every Playwright config uses: Debian's Chromium when present (Playwright's own
// download is not reachable everywhere), otherwise Playwright's bundled one; flags that keep it
// off the network and working as root.
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-gpu",
      "--no-first-run",
    ],
  },
};
