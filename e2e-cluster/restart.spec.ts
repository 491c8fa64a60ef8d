// Issue #23: instances restart and die under load, and nothing acknowledged is lost.
// - A rolling restart (SIGHUP to the cluster: each instance in turn gets SIGTERM, finishes what it
//   has, and a new one starts) during 30 s of check-ins: no 5xx, no request without an answer,
//   every acknowledged write in the database.
// - An instance killed with SIGKILL: the others keep serving; what was acknowledged is there.
// - A stopping instance ends its live streams without a "done" event, so pages reconnect.
import { expect, test } from "@playwright/test";
import { type ClusterState, clusterState, clusterUrl, waitForState } from "./cluster";
import { expectEveryWriteKept, persisted, write, writers } from "./writers";

test("a rolling restart during 30 s of check-ins: 0 writes lost, 0 5xx", async () => {
  test.setTimeout(300_000);
  const clients = await writers(16);
  const before = clusterState();
  const restarted = (s: ClusterState) =>
    s.instances.every((i, n) => i.restarts > (before.instances[n]?.restarts ?? 0) && i.pid !== null);
  // At least 30 s, and on until every instance has been restarted (a loaded machine is slower).
  let done = false;
  const load = write(clients, 30, () => !done);
  await new Promise((r) => setTimeout(r, 3000));
  process.kill(before.pid, "SIGHUP");
  const after = await waitForState(restarted, 150_000);
  done = true;
  const result = await load;
  for (const [n, i] of after.instances.entries()) {
    expect(i.pid).not.toBe(before.instances[n]?.pid);
    // Each stopped by its SIGTERM with exit code 0, not killed.
    expect(i.lastExit).toEqual({ code: 0, signal: null });
  }
  await expectEveryWriteKept(result);
});

test("an instance killed with SIGKILL: the others keep serving, nothing acknowledged is lost", async () => {
  const clients = await writers(12);
  const before = clusterState();
  const victim = before.instances[1];
  if (!victim?.pid) throw new Error("no second instance");
  const load = write(clients, 15);
  await new Promise((r) => setTimeout(r, 3000));
  process.kill(victim.pid, "SIGKILL");
  // Right after the kill, every request is answered (by the other two: nginx skips the dead one).
  const [reader] = clients;
  for (let i = 0; i < 12; i++) {
    const res = await fetch(
      `${clusterUrl()}/api/trpc/consistency.dashboard?input=${encodeURIComponent('{"json":{}}')}`,
      {
        headers: { cookie: reader?.cookie ?? "", "x-forwarded-for": reader?.ip ?? "" },
      },
    );
    expect(res.status).toBe(200);
  }
  const result = await load;
  const d = await persisted(result);
  // Only what was in flight on the killed instance can fail (at most one request per client).
  expect(result.checkIn.s5xx + result.checkIn.noAnswer).toBeLessThanOrEqual(clients.length);
  expect(result.checkIn.s2xx).toBeGreaterThan(clients.length);
  expect(d.acknowledged).toBe(result.checkIn.created + result.checkIn.amended);
  expect(d.lost).toBe(0);
  // The cluster starts it again.
  await waitForState(
    (s) => (s.instances[1]?.restarts ?? 0) > victim.restarts && s.instances[1]?.pid !== null,
  );
});

test("a stopping instance ends its live streams so that pages reconnect elsewhere", async () => {
  const [client] = await writers(2);
  if (!client) throw new Error("no client");
  const state = clusterState();
  const target = state.instances[2];
  if (!target?.pid) throw new Error("no third instance");
  const res = await fetch(`http://127.0.0.1:${target.port}/api/trpc/notification.onChange`, {
    headers: { accept: "text/event-stream", cookie: client.cookie, "x-forwarded-for": client.ip },
  });
  expect(res.status).toBe(200);
  const reader = res.body?.getReader();
  if (!reader) throw new Error("no body");
  let text = "";
  const read = (async () => {
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      text += decoder.decode(value, { stream: true });
    }
  })();
  await expect.poll(() => text).toContain("event: connected");
  const started = Date.now();
  process.kill(target.pid, "SIGTERM");
  await read;
  // Ended at once (not after the 10 s grace), and not with tRPC's "return" event, which would
  // tell the page the subscription is over: the page's link reconnects with its last event id.
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(text).not.toContain("event: return");
  expect(text).not.toContain("serialized-error");
  await waitForState(
    (s) => (s.instances[2]?.restarts ?? 0) > target.restarts && s.instances[2]?.pid !== null,
  );
});
