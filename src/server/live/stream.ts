// The live stream of one open page: `notification.onChange`. It yields the id of each LiveEvent
// for the person or their active couple (tracked, so a reconnect sends the last id back and
// resumes after it), and nothing else: the page then re-reads what it shows.
import { TRPCError, tracked } from "@trpc/server";
import type { SessionClaims } from "@/server/auth";
import { findSession } from "@/server/couple";
import type { Db } from "@/server/db";
import { onLiveEvent } from "@/server/live/bus";
import { decodeLiveEventId, encodeLiveEventId } from "@/server/live/event-id";
import { openStreams } from "@/server/metrics";
import { shutdownSignal } from "@/server/shutdown";

/** Open streams per person in this process; the next one is refused (a page reconnects later). */
export const MAX_STREAMS_PER_PERSON = 10;
/** The session is checked again at least this often, and on every wake-up. */
export const RECHECK_MS = 60_000;

const open = new Map<string, number>();

/** How long after a larger id a smaller one may still commit (PostgreSQL; transactions are short). */
const LATE_COMMIT_MS = 10_000;

/** How long LiveEvent rows are kept: a page that was away longer has reloaded long since. */
export const LIVE_EVENT_TTL_MS = 24 * 60 * 60_000;
const pruned = new WeakMap<Db, number>();

/** Deletes LiveEvent rows older than a day (one indexed statement); run at most hourly per process. */
export async function pruneLiveEvents(db: Db, now = new Date()) {
  pruned.set(db, now.getTime());
  await db.liveEvent.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - LIVE_EVENT_TTL_MS) } },
  });
}

export type LiveEventMessage = { kind: "changed" };

/**
 * The person's latest live event (theirs or their couple's) as a stream id: what a page rendered
 * now already shows. The page opens its stream from here, so an event written between its render
 * and its stream's start (the seconds of loading and hydrating) still refreshes it.
 */
export async function liveCursor(
  db: Db,
  scope: { userId: string; coupleId: string | null },
): Promise<string> {
  const OR = [{ userId: scope.userId }, ...(scope.coupleId ? [{ coupleId: scope.coupleId }] : [])];
  const top = await db.liveEvent.aggregate({ where: { OR }, _max: { id: true } });
  // "0" (nothing yet) is what a first stream accepts as its start too.
  return top._max.id ? encodeLiveEventId(scope.userId, top._max.id) : "0";
}

export async function* liveStream(opts: {
  db: Db;
  claims: SessionClaims;
  userId: string;
  lastEventId: string | null | undefined;
  signal: AbortSignal | undefined;
  recheckMs?: number;
}) {
  const { db, claims, userId, signal } = opts;
  const count = open.get(userId) ?? 0;
  if (count >= MAX_STREAMS_PER_PERSON) {
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: "Too many open pages. Close some and reload.",
    });
  }
  open.set(userId, count + 1);
  // Listen before reading anything, so an event written meanwhile wakes us and isn't missed.
  let woken = true;
  let wakeUp: (() => void) | null = null;
  // Until the couple is read (the first check, below), the person's own events.
  const subscription = onLiveEvent(db, { userId }, () => {
    woken = true;
    wakeUp?.();
  });
  let watching: string | null = null;
  const onAbort = () => wakeUp?.();
  signal?.addEventListener("abort", onAbort);
  // The server is stopping: end the stream as a dropped connection, not as a finished
  // subscription, so the page's link reconnects (with its last id), to an instance still serving.
  const stopping = shutdownSignal();
  stopping.addEventListener("abort", onAbort);
  openStreams.inc();
  try {
    if (Date.now() - (pruned.get(db) ?? 0) > 60 * 60_000) await pruneLiveEvents(db);
    let last: number;
    const resumed =
      opts.lastEventId === "0" ? 0 : opts.lastEventId ? decodeLiveEventId(userId, opts.lastEventId) : null;
    if (resumed !== null) {
      last = resumed;
    } else {
      // A new page shows what is true now: only what comes after it is news.
      const top = await db.liveEvent.aggregate({ _max: { id: true } });
      last = top._max.id ?? 0;
    }
    // On PostgreSQL an id is taken at insert and seen at commit, so a smaller id can appear after
    // a larger one was read. Ids above `floor` are read again until they are LATE_COMMIT_MS old;
    // `sent` keeps each from going out twice.
    let floor = last;
    const sent = new Set<number>();
    const marks: { at: number; last: number }[] = [];
    let checkedAt = 0;
    while (!signal?.aborted) {
      if (stopping.aborted) throw new DOMException("The server is restarting", "AbortError");
      const due = Date.now() - checkedAt >= (opts.recheckMs ?? RECHECK_MS);
      if (woken || due) {
        woken = false;
        checkedAt = Date.now();
        // A sign-out, password change or "sign out everywhere" deleted the session row: the
        // stream ends. The couple is re-read too, so after an unlink nothing of it arrives.
        const found = await findSession(db, userId, { id: claims.sessionId });
        if (!found?.session) return;
        const coupleId = found.couple?.id ?? null;
        if (coupleId !== watching) {
          // Linked or unlinked since: follow the couple it is in now. Anything written before
          // this is read just below; anything after wakes it.
          subscription.watch({ userId, coupleId });
          watching = coupleId;
        }
        const scope = [{ userId }, ...(found.couple ? [{ coupleId: found.couple.id }] : [])];
        for (let cursor = floor; ; ) {
          const rows = await db.liveEvent.findMany({
            where: { id: { gt: cursor }, OR: scope },
            orderBy: { id: "asc" },
            select: { id: true },
            take: 100,
          });
          for (const row of rows) {
            cursor = row.id;
            if (sent.has(row.id)) continue;
            sent.add(row.id);
            last = Math.max(last, row.id);
            // A late one goes out under the highest id sent, so a reconnect resumes after both.
            yield tracked(encodeLiveEventId(userId, last), { kind: "changed" } as LiveEventMessage);
          }
          if (rows.length < 100) break;
        }
        const now = Date.now();
        marks.push({ at: now, last });
        while (marks[0] && now - marks[0].at >= LATE_COMMIT_MS)
          floor = Math.max(floor, marks.shift()?.last ?? 0);
        for (const id of sent) if (id <= floor) sent.delete(id);
      }
      if (woken) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, opts.recheckMs ?? RECHECK_MS);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = null;
    }
  } finally {
    openStreams.dec();
    stopping.removeEventListener("abort", onAbort);
    signal?.removeEventListener("abort", onAbort);
    subscription.close();
    const now = (open.get(userId) ?? 1) - 1;
    if (now > 0) open.set(userId, now);
    else open.delete(userId);
  }
}
