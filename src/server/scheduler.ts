// The in-app scheduler: on every instance, whether or not mail is on, it looks every
// SCHEDULER_EVERY_SECONDS (and once at start) for what fell due: today, the weekly talk day's
// notification, boundaries up for review and time-outs' reminders and ends. Its jobs are stateless and keyed in the database, so running on every instance
// is safe. It stops when the server stops (src/server/shutdown.ts). Mail's own scheduler is in
// src/server/mail/process-worker.ts.
import { env } from "@/env";
import { notifyBoundaryReviews } from "@/server/boundary/review";
import { db } from "@/server/db";
import { describeError, log } from "@/server/log";
import { shutdownSignal } from "@/server/shutdown";
import { notifyTalkDays } from "@/server/talk/talk-day";
import { timeOutRound } from "@/server/time-out/time-out";

const STARTED = Symbol.for("kept.scheduler");
const globalForScheduler = globalThis as unknown as { [STARTED]?: NodeJS.Timeout };

/** One round of every job; a failing job is logged and the next round tries again. */
export async function runScheduledJobs(now = new Date()): Promise<void> {
  await notifyTalkDays(db, now).catch((error: unknown) =>
    log.error("scheduler: talk day round failed", describeError(error)),
  );
  await notifyBoundaryReviews(db, now).catch((error: unknown) =>
    log.error("scheduler: boundary review round failed", describeError(error)),
  );
  await timeOutRound(db, now).catch((error: unknown) =>
    log.error("scheduler: time-out round failed", describeError(error)),
  );
}

/** Starts the scheduler once per process. */
export function startScheduler(): void {
  const signal = shutdownSignal();
  if (globalForScheduler[STARTED] || signal.aborted) return;
  let running = false;
  const round = async () => {
    // A slow round (a busy database) is never overlapped by the next one.
    if (running || signal.aborted) return;
    running = true;
    await runScheduledJobs().finally(() => {
      running = false;
    });
  };
  const timer = setInterval(round, env.SCHEDULER_EVERY_SECONDS * 1000);
  timer.unref();
  globalForScheduler[STARTED] = timer;
  signal.addEventListener("abort", () => clearInterval(timer), { once: true });
  void round();
}
