// `npm run bench:lighthouse [-- --runs N --pages /home,/today]`: Lighthouse's performance score
// (mobile: its default emulated phone, simulated slow 4G and 4× CPU slowdown) and total blocking
// time of the signed-in pages, against the production build (built when `.next` is out of date)
// with a couple seeded with three weeks of daily check-ins and a boundary waiting for an answer.
// Chromium from CHROME_PATH, else /usr/bin/chromium (Debian's). Each page is loaded once to warm
// the server, then measured `--runs` times; the median run is printed, with Chromium's benchmark
// index (Lighthouse's measure of how fast the machine was: lower is slower, a busy shared machine
// scores low and every time is inflated) and, first, the baseline of the same run: /help, the
// lightest signed-in page (the framework and the layout, nothing of its own). Figures:
// docs/performance.md, "Lighthouse on a phone".
import { existsSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { createDb } from "@/server/db";
import { freshDatabase, newRunId } from "../fresh-database";
import { benchIp, signIn } from "../http/client";
import { ensureBuild, startServer } from "../http/server";
import { SEED_PASSWORD, seedCouples } from "../seed-history";
import { median } from "../support";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: process.env.BENCH_SCALE === "tiny" ? "1" : "3" },
    pages: { type: "string", default: "/home,/today,/boundaries,/dashboard,/notifications,/settings" },
  },
});
const runs = Math.max(1, Number(values.runs) || 1);
const pages = ["/help", ...(values.pages ?? "").split(",").filter((p) => p && p !== "/help")];
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromePath)) throw new Error(`CHROME_PATH: no Chromium at ${chromePath}`);

console.log(ensureBuild() ? "built .next" : "reusing the current build in .next");
const database = await freshDatabase(undefined, "lighthouse", newRunId());
const db = createDb(database.url);
const seeded = await seedCouples(db, { engine: database.engine, couples: 1, years: 21 / 365.25 }).finally(
  () => db.$disconnect(),
);
const server = await startServer({ mode: "production", databaseUrl: database.url });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  const [a, b] = seeded.couples[0]?.people ?? [];
  if (!a || !b) throw new Error("nothing seeded");
  const cookie = await signIn(server.url, a.email, SEED_PASSWORD, benchIp(0));
  const partner = await signIn(server.url, b.email, SEED_PASSWORD, benchIp(1));
  // Something waiting on the measured person: their partner's proposal (a notification too).
  const proposed = await fetch(`${server.url}/api/trpc/boundary.propose`, {
    method: "POST",
    headers: { cookie: partner, origin: server.url, "content-type": "application/json" },
    body: JSON.stringify({
      json: {
        title: "Phones away at dinner",
        description: "Both of us.",
        category: "communication",
        owner: "ours",
      },
    }),
  });
  if (!proposed.ok) throw new Error(`boundary.propose: HTTP ${proposed.status} ${await proposed.text()}`);

  console.log(
    `load average at start: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}, ${os.cpus().length} cores`,
  );
  console.log(
    "| page | performance | total blocking time | largest contentful paint | first contentful paint | benchmark index |",
  );
  console.log("|---|---|---|---|---|---|");
  for (const page of pages) {
    const results: Result[] = [];
    for (let i = 0; i <= runs; i++) {
      const result = await lighthouse(`${server.url}${page}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
        extraHeaders: { cookie, "x-forwarded-for": benchIp(0) },
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`${page}: no Lighthouse result`);
      if (lhr.finalDisplayedUrl !== `${server.url}${page}`)
        throw new Error(`${page}: ended at ${lhr.finalDisplayedUrl} (signed out?)`);
      // The first load warms the server (and its caches), as a person's second visit would find it.
      if (i > 0) results.push(lhr);
    }
    const score = (lhr: Result) => lhr.categories.performance?.score ?? 0;
    const mid = median(results.map(score));
    const lhr = results.find((r) => score(r) === mid) ?? results[0];
    if (!lhr) continue;
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    console.log(
      `| ${page === "/help" ? "/help (baseline)" : page} | ${Math.round(mid * 100)} (${results.map((r) => Math.round(score(r) * 100)).join(", ")}) | ${Math.round(audit("total-blocking-time"))} ms | ${Math.round(audit("largest-contentful-paint"))} ms | ${Math.round(audit("first-contentful-paint"))} ms | ${Math.round(lhr.environment.benchmarkIndex)} |`,
    );
  }
} finally {
  chrome.kill();
  await server.stop();
  await database.drop();
}
