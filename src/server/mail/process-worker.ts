// This process's outbox worker: started where the server starts (src/instrumentation.ts), stopped
// on SIGTERM (scripts/serve.mjs calls `stopMailWorker` through globalThis, since it is plain
// JavaScript outside Next's bundles).
import { env } from "@/env";
import { db } from "@/server/db";
import { log } from "@/server/log";
import { mailTransport } from "@/server/mail/transport";
import { createMailWorker, type MailWorker } from "@/server/mail/worker";

const globalForWorker = globalThis as unknown as { [key: symbol]: unknown };
const WORKER = Symbol.for("kept.mail.worker");
const STOP = Symbol.for("kept.stopMailWorker");

/** Starts the worker once per process; does nothing when mail is off (no SMTP_URL). */
export function startMailWorker(): void {
  const transport = mailTransport();
  if (!transport || globalForWorker[WORKER]) return;
  const worker = createMailWorker({ db, transport, from: env.MAIL_FROM, appUrl: env.APP_URL });
  globalForWorker[WORKER] = worker;
  globalForWorker[STOP] = stopMailWorker;
  worker.start();
  log.info("mail: outbox worker started", { worker: worker.id });
}

/** Stops claiming and gives back this process's claimed rows (SIGTERM, issue #23). */
export async function stopMailWorker(): Promise<void> {
  const worker = globalForWorker[WORKER] as MailWorker | undefined;
  if (!worker) return;
  globalForWorker[WORKER] = undefined;
  await worker.stop();
}
