// What the mail tests share: a fresh database, a real SMTP server (smtp-server) and a pooled
// transport to it, closed after the file. Each file still sets SMTP_URL itself in `vi.hoisted`
// (mail is on for the app code), since that must run before the app's modules load.
import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/server/db";
import { createMailTransport, type MailTransport } from "@/server/mail/transport";
import { createMailWorker } from "@/server/mail/worker";
import { startSmtp, type TestSmtp } from "./smtp";
import { createTestDb } from "./test-db";

export type MailWorld = { db: Db; smtp: TestSmtp; transport: MailTransport };

/** Set up before the file's tests; read its fields inside tests. */
export function mailWorld(): MailWorld {
  const world = {} as MailWorld;
  beforeAll(async () => {
    ({ db: world.db } = await createTestDb());
    world.smtp = await startSmtp();
    world.transport = createMailTransport(world.smtp.url, { tls: false });
  });
  afterAll(async () => {
    world.transport.close();
    await world.smtp.close();
  });
  return world;
}

/** One round of the outbox worker, with its clock at `at` (default: now). */
export function sendDue(w: MailWorld, at?: Date) {
  return createMailWorker({
    db: w.db,
    transport: w.transport,
    from: "Kept <kept@example.test>",
    appUrl: "https://kept.example.test",
    ...(at ? { now: () => at } : {}),
  }).runOnce();
}
