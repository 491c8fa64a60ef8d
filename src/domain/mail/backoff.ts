// When the outbox worker tries a mail again. Pure.

/** A mail that still fails a day after it was queued is given up, with the last reason kept. */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * The pause before attempt `attempts + 1`: base · 2^(attempts − 1), at most an hour, with up to
 * a quarter of random spread so that many mails failing together don't all come back together.
 */
export function retryDelayMs(attempts: number, baseMs = 30_000, random = Math.random): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000);
  return Math.round(exponential * (1 + random() * 0.25));
}

/** Whether a mail queued at `createdAt` that failed again at `now` should be given up. */
export function shouldGiveUp(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() >= GIVE_UP_AFTER_MS;
}
