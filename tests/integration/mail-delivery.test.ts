// Issue #19, delivery under faults: 1,000 mails; the SMTP server refuses 30 % of attempts; two
// workers, each in its own process, and twice one of them is killed (SIGKILL) mid-run and started
// again. Every mail must arrive, and be recorded as sent once.
//
// What SMTP can't give: a worker killed after the server accepted a mail and before the row says
// so sends that mail again on the retry, with the same Message-ID (made from the outbox id), so
// the receiver can recognise it. The test counts both: distinct Message-IDs (must be 1,000) and
// raw arrivals; a duplicate can only come from a send in flight at a kill, so there are at most
// (sends in flight per worker) × (kills) of them, and the run prints how many there were.
import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Db } from "@/server/db";
import { messageIdOf } from "@/server/mail/worker";
import { startSmtp, type TestSmtp } from "../support/smtp";
import { createTestDb } from "../support/test-db";

const MAILS = 1000;
const CONCURRENCY = 3;

let db: Db;
let url: string;
let smtp: TestSmtp;
const children = new Set<ChildProcess>();
beforeAll(async () => {
  ({ db, url } = await createTestDb());
  smtp = await startSmtp({ refuse: () => Math.random() < 0.3 });
});
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await smtp.close();
});

function startWorker(): Promise<ChildProcess> {
  const child = fork(path.join(import.meta.dirname, "../support/mail-worker-child.ts"), [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, DATABASE_URL: url, SMTP_URL: smtp.url, LOG_LEVEL: "error" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve(child));
    child.once("error", reject);
  });
}

const kill = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });

async function until(condition: () => boolean | Promise<boolean>, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it("delivers 1,000 mails through refusals and two killed workers, each recorded once", {
  timeout: 90_000,
}, async () => {
  const now = Date.now();
  await db.mailOutbox.createMany({
    data: Array.from({ length: MAILS }, (_, i) => ({
      key: `test|fault-${i}|p${i}@example.test`,
      kind: "test",
      to: `p${i}@example.test`,
      subject: `Mail ${i}`,
      html: `<p>Mail ${i}</p>`,
      text: `Mail ${i}`,
      runAt: new Date(now),
    })),
  });

  const workers = [await startWorker(), await startWorker()];
  // Kill one worker at about a third, the other at about two thirds, each at a moment of its own.
  for (const [i, share] of [0.3, 0.6].entries()) {
    await until(() => smtp.inbox.length >= MAILS * share, 40_000, `${share * 100} % delivered`);
    await new Promise((r) => setTimeout(r, Math.random() * 30));
    const victim = workers[i];
    if (victim) await kill(victim);
    workers[i] = await startWorker();
  }
  await until(
    async () => (await db.mailOutbox.count({ where: { status: "sent" } })) === MAILS,
    60_000,
    "all sent",
  );
  for (const w of workers) await kill(w);

  const ids = smtp.inbox.map((m) => m.messageId);
  const distinct = new Set(ids);
  const duplicates = ids.length - distinct.size;
  console.log(
    `delivery under faults: ${distinct.size} distinct mails, ${ids.length} arrivals (${duplicates} repeated after a kill), ${smtp.refused} attempts refused`,
  );
  expect(distinct.size).toBe(MAILS);
  expect(smtp.refused).toBeGreaterThan(MAILS * 0.2);
  // Each row sent once in the database, and every arrival belongs to a row.
  const rows = await db.mailOutbox.findMany({ select: { id: true, status: true, attempts: true } });
  expect(rows.filter((r) => r.status !== "sent")).toEqual([]);
  expect([...distinct].every((id) => rows.some((r) => id === messageIdOf(r.id, "kept.example.test")))).toBe(
    true,
  );
  // Only a send in flight at a kill can arrive twice.
  expect(duplicates).toBeLessThanOrEqual(CONCURRENCY * 2);
});
