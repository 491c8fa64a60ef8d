import { expect, newUserData, test } from "./fixtures";
import { startOwnServer } from "./own-server";

// Issue #23, item 1: no origin trap. A server started on a port of its own with APP_URL unset
// (as `PORT=3977 npm start` on a fresh .env) works from the browser at localhost and at 127.0.0.1.
test("a server on another port with APP_URL unset: sign up through the browser at localhost and at 127.0.0.1", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const server = await startOwnServer({ APP_URL: "", NEXTAUTH_URL: "" });
  try {
    expect(server.output()).toContain(`open ${server.url}`);
    for (const host of ["localhost", "127.0.0.1"]) {
      const context = await browser.newContext({ baseURL: server.url.replace("localhost", host) });
      const page = await context.newPage();
      const user = newUserData(`Noor at ${host}`);
      await page.goto("/sign-up");
      await page.getByLabel("Your name").fill(user.name);
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(user.password);
      await expect(page.getByTestId("detected-time-zone")).not.toHaveText("");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page).toHaveURL(/\/home$/);
      await expect(page.getByRole("heading", { name: `Hello, ${user.name}` })).toBeVisible();
      // A form posted through tRPC from this page is accepted too.
      await page.goto("/settings");
      await page.getByLabel("Display name").fill(`Noor (${host})`);
      await page.getByRole("button", { name: "Save profile" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("Saved.");
      await context.close();
    }
  } finally {
    await server.stop();
  }
});

test("start-up warns when APP_URL names another port than the server listens on", async () => {
  test.setTimeout(120_000);
  const server = await startOwnServer({ APP_URL: "http://localhost:3000", NEXTAUTH_URL: "" });
  try {
    expect(server.output()).toMatch(/APP_URL is http:\/\/localhost:3000 but this server listens on port \d+/);
  } finally {
    await server.stop();
  }
});

// Issue #23, item 3 (in part): on SIGTERM the server stops accepting, never cuts an answer off or
// answers 5xx, and exits 0 within its grace time. (The rolling restart behind nginx, where a
// refused request goes to another instance, is e2e-cluster/restart.spec.ts.)
test("SIGTERM: the server stops accepting, answers in full what it answers, and exits 0", async () => {
  test.setTimeout(120_000);
  const server = await startOwnServer();
  // Liveness, not readiness: a stopping server is alive but no longer ready (503) on purpose.
  const inFlight = Array.from({ length: 20 }, () => fetch(`${server.url}/api/health`));
  await new Promise((r) => setTimeout(r, 20));
  const stopped = server.stop();
  const answers = await Promise.allSettled(inFlight);
  const { code, ms } = await stopped;
  expect(code).toBe(0);
  expect(ms).toBeLessThan(12_000);
  // Each request either was answered in full or never reached the server (refused): none is cut off.
  for (const a of answers) {
    if (a.status === "fulfilled") expect(a.value.status).toBe(200);
    else
      expect(String(a.reason?.cause?.code ?? a.reason)).toMatch(
        /ECONNREFUSED|ECONNRESET|other side closed|fetch failed/,
      );
  }
  expect(answers.filter((a) => a.status === "fulfilled").length).toBeGreaterThan(0);
  expect(server.output()).toContain("SIGTERM: no new connections");
});
