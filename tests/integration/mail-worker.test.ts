// Issue #19: the outbox worker's own rules, with a stand-in transport (the real SMTP path is in the
// other mail tests): retries with a growing pause and the reason kept, giving up after a day, and
// stopping (SIGTERM) without holding on to rows it hasn't started.
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/server/db";
import type { MailTransport } from "@/server/mail/transport";
import { createMailWorker } from "@/server/mail/worker";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const worker = (
  transport: Pick<MailTransport, "sendMail">,
  extra: { now?: () => Date; concurrency?: number } = {},
) =>
  createMailWorker({
    db,
    transport: { ...transport, close: () => {} } as MailTransport,
    from: "Kept <kept@example.test>",
    appUrl: "https://kept.example.test",
    ...extra,
  });

async function queue(prefix: string, n: number, createdAt = new Date()) {
  await db.mailOutbox.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      key: `test|${prefix}-${i}|x@example.test`,
      kind: "test",
      to: "x@example.test",
      subject: "s",
      html: "<p>h</p>",
      text: "t",
      createdAt,
      runAt: createdAt,
    })),
  });
  return db.mailOutbox.findMany({
    where: { key: { startsWith: `test|${prefix}-` } },
    orderBy: { key: "asc" },
  });
}

it("retries a refused mail later, keeping the reason, and gives up a day after it was queued", async () => {
  const t0 = new Date();
  const [row] = await queue("refused", 1, t0);
  const refuse = {
    sendMail: () =>
      Promise.reject(
        Object.assign(new Error("Mailbox unavailable"), { responseCode: 550, code: "EENVELOPE" }),
      ),
  } as unknown as Pick<MailTransport, "sendMail">;
  await worker(refuse, { now: () => t0 }).runOnce();
  const first = await db.mailOutbox.findUniqueOrThrow({ where: { id: row?.id } });
  expect(first).toMatchObject({ status: "pending", attempts: 1, lockedBy: null });
  expect(first.lastError).toContain("550");
  expect(first.runAt.getTime() - t0.getTime()).toBeGreaterThanOrEqual(30_000);
  // Not due again before its pause is over.
  expect(await worker(refuse, { now: () => new Date(t0.getTime() + 29_000) }).runOnce()).toBe(0);
  await worker(refuse, { now: () => new Date(t0.getTime() + 25 * 3_600_000) }).runOnce();
  const last = await db.mailOutbox.findUniqueOrThrow({ where: { id: row?.id } });
  expect(last).toMatchObject({ status: "failed", attempts: 2 });
  expect(last.lastError).toContain("Mailbox unavailable");
});

it("stops claiming on stop(), finishes the send under way and gives back the rest", async () => {
  const rows = await queue("stop", 5);
  const slow = {
    sendMail: () => new Promise((resolve) => setTimeout(() => resolve({ messageId: "x" }), 300)),
  } as unknown as Pick<MailTransport, "sendMail">;
  const w = worker(slow, { concurrency: 1 });
  const round = w.runOnce();
  await new Promise((r) => setTimeout(r, 100));
  await w.stop(2_000);
  await round;
  const after = await db.mailOutbox.findMany({ where: { id: { in: rows.map((r) => r.id) } } });
  expect(after.filter((r) => r.status === "sent")).toHaveLength(1);
  expect(after.filter((r) => r.status === "pending" && r.lockedBy === null)).toHaveLength(4);
  expect(await w.runOnce()).toBe(0);
});
