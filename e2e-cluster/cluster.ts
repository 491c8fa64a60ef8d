// What the cluster tests share: the cluster's state (nginx's URL, each instance's port and pid,
// as e2e-cluster/run-cluster.mjs writes it), browsers pinned to one instance, and waiting for restarts.
import { readFileSync } from "node:fs";
import type { Browser } from "@playwright/test";
import { createAccount, fakeIp, newUserData, signInOverHttp } from "../e2e/fixtures";

export type ClusterState = {
  url: string;
  pid: number;
  instances: {
    name: string;
    port: number;
    pid: number | null;
    restarts: number;
    lastExit: { code: number | null; signal: string | null } | null;
  }[];
};

export function clusterState(): ClusterState {
  const file = process.env.CLUSTER_STATE_FILE;
  if (!file) throw new Error("CLUSTER_STATE_FILE is not set: run through playwright.cluster.config.ts");
  return JSON.parse(readFileSync(file, "utf8")) as ClusterState;
}

export const clusterUrl = () => process.env.CLUSTER_URL ?? clusterState().url;
export const clusterDatabaseUrl = () => {
  const url = process.env.CLUSTER_DATABASE_URL;
  if (!url) throw new Error("CLUSTER_DATABASE_URL is not set");
  return url;
};

/** Waits until `ok(state)` holds (the cluster rewrites its state after every restart). */
export async function waitForState(ok: (s: ClusterState) => boolean, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = clusterState();
    if (ok(state)) return state;
    if (Date.now() > deadline) throw new Error(`cluster state never matched: ${JSON.stringify(state)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A signed-up, signed-in person whose browser nginx always sends to instance `pin` (1…3). */
export async function pinnedPerson(browser: Browser, name: string, pin: number) {
  const url = new URL(clusterUrl());
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeIp() } });
  await context.addCookies([{ name: "kept_pin", value: String(pin), domain: url.hostname, path: "/" }]);
  const user = newUserData(name);
  await createAccount(context.request, user);
  await signInOverHttp(context, user);
  const page = await context.newPage();
  return { context, page, user };
}
