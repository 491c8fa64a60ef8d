// This process's outbox worker: started where the server starts (src/instrumentation.ts), stopped
// on SIGTERM (scripts/serve.mjs calls `stopMailWorker` through globalThis, since it is plain
// JavaScript outside Next's bundles).
import { env } from "@/env";
import { db } from "@/server/db";
import { describeError, log } from "@/server/log";
import { queueDueReminders } from "@/server/mail/reminders";
import { mailTransport } from "@/server/mail/transport";
import { queueWeeklySummaries } from "@/server/mail/weekly-summary";
import { createMailWorker, type MailWorker } from "@/server/mail/worker";

const globalForWorker = globalThis as unknown as { [key: symbol]: unknown };
const WORKER = Symbol.for("kept.mail.worker");
const STOP = Symbol.for("kept.stopMailWorker");
const SCHEDULER = Symbol.for("kept.mail.scheduler");

/** Reminders: checked every minute, and at once on start (what fell due while the app was down). */
function startScheduler() {
  const run = () =>
    Promise.all([queueDueReminders(db), queueWeeklySummaries(db)]).catch((error: unknown) =>
      log.error("mail: reminder round failed", describeError(error)),
    );
  void run();
  const timer = setInterval(run, 60_000);
  timer.unref();
  globalForWorker[SCHEDULER] = timer;
}

/** Starts the worker once per process; does nothing when mail is off (no SMTP_URL). */
export function startMailWorker(): void {
  const transport = mailTransport();
  if (!transport || globalForWorker[WORKER]) return;
  const worker = createMailWorker({ db, transport, from: env.MAIL_FROM, appUrl: env.APP_URL });
  globalForWorker[WORKER] = worker;
  globalForWorker[STOP] = stopMailWorker;
  worker.start();
  startScheduler();
  log.info("mail: outbox worker started", { worker: worker.id });
}

/** Stops claiming and gives back this process's claimed rows (SIGTERM). */
export async function stopMailWorker(): Promise<void> {
  const worker = globalForWorker[WORKER] as MailWorker | undefined;
  if (!worker) return;
  globalForWorker[WORKER] = undefined;
  clearInterval(globalForWorker[SCHEDULER] as NodeJS.Timeout | undefined);
  await worker.stop();
}
