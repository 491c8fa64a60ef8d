// Live updates: how a write wakes the open streams. A write adds a `LiveEvent`
// row in its own transaction (`recordLiveEvent`); the streams it concerns (its person's, its
// couple's) are woken and re-read the rows themselves, scoped to their person and couple
// (src/server/live/stream.ts). A wake-up carries no data, so a lost or spurious one costs a read,
// never a wrong answer.
//   SQLite (one instance): an in-process emitter, told the row's person and couple.
//   PostgreSQL: `pg_notify('kept_events', id)` inside the transaction (delivered only on COMMIT) and,
//   per process and database, one dedicated `pg.Client` running `LISTEN kept_events` (never a pooled
//   client: the pool would hand the connection to someone else). The listener reads the notified
//   rows' person and couple (one query for the ids that arrived together) and wakes those streams.
//   After a reconnect, or when that read fails, every stream is woken and reads the table itself.
import { EventEmitter } from "node:events";
import pg from "pg";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import type { Db } from "@/server/db";
import { isPostgres } from "@/server/db-engine";
import { describeError, log } from "@/server/log";

export const LIVE_CHANNEL = "kept_events";

/** Whom a live event concerns. */
export type LiveScope = { coupleId?: string | null; userId?: string | null };
type Wake = () => void;

/** The emitter's event names: one per person and per couple, and one that wakes every stream. */
const EVERYONE = "*";
function liveKeys(scope: LiveScope): string[] {
  return [scope.userId ? `u:${scope.userId}` : null, scope.coupleId ? `c:${scope.coupleId}` : null].filter(
    (k): k is string => k !== null,
  );
}

function wakeKeys(emitter: EventEmitter, keys: string[]) {
  // A stream listening under two keys is woken twice; the second finds nothing new to read.
  for (const key of keys) emitter.emit(key);
}

/**
 * Wakes the streams of this process on SQLite (one instance per database). One per process, on
 * `globalThis`: Next bundles the scheduler (src/instrumentation.ts) apart from the routes, each
 * with its own copy of this module, and the scheduler's events must wake the routes' streams.
 */
const LOCAL = Symbol.for("kept.live.local");
const globalForBus = globalThis as unknown as { [LOCAL]?: EventEmitter };
globalForBus[LOCAL] ??= new EventEmitter();
const local = globalForBus[LOCAL];
local.setMaxListeners(0);

/** The couples each transaction has already recorded an event for. */
const signalled = new WeakMap<object, Set<string>>();

/**
 * True when `tx` has already recorded an event with this couple: every stream of both partners
 * reads it (a stream reads its person's events and its couple's), so a second one would only cost
 * two more statements (the row and, on PostgreSQL, its NOTIFY). A check-in's notification records
 * one for the partner and the couple; the couple write around it then needn't.
 */
export function coupleSignalled(tx: object, coupleId: string): boolean {
  return signalled.get(tx)?.has(coupleId) ?? false;
}

/**
 * Records "something of this couple (or for this person) changed" with `tx`, the change's own
 * transaction client, so a rolled-back change wakes nobody with a row to read.
 */
export async function recordLiveEvent(
  tx: Pick<Prisma.TransactionClient, "liveEvent" | "$executeRaw">,
  scope: LiveScope,
): Promise<void> {
  const { id } = await tx.liveEvent.create({
    data: { coupleId: scope.coupleId ?? null, userId: scope.userId ?? null },
    select: { id: true },
  });
  if (scope.coupleId) {
    const couples = signalled.get(tx) ?? new Set<string>();
    couples.add(scope.coupleId);
    signalled.set(tx, couples);
  }
  if (isPostgres(tx)) {
    await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${String(id)})`;
  } else {
    // SQLite has no commit hook here: wake the streams just after (the transactions are short),
    // and once more a little later for a commit that took longer (an fsync on a busy disk).
    const keys = liveKeys(scope);
    for (const ms of [20, 500]) setTimeout(() => wakeKeys(local, keys), ms).unref();
  }
}

/** The database URL each client was made with (createDb registers it), for the listener. */
const urls = new WeakMap<object, string>();
export function registerDbUrl(db: object, url: string) {
  urls.set(db, url);
}

type Listener = {
  db: Db;
  wakes: EventEmitter;
  client: pg.Client | null;
  closed: boolean;
  /** Notified ids not yet read. */
  ids: number[];
  reading: boolean;
  /** Resolves once LISTEN is in place (tests wait for it). */
  listening: Promise<void>;
  listened: () => void;
};
const listeners = new WeakMap<object, Listener>();

/** One open stream's subscription: `watch` says whom it follows now (its couple can change). */
type LiveSubscription = { watch: (scope: LiveScope) => void; close: () => void };

/**
 * Calls `wake` whenever a live event for `scope` may have been written to `db`'s database (and
 * after a listener reconnect, for everyone). Returns the subscription.
 */
export function onLiveEvent(db: Db, scope: LiveScope, wake: Wake): LiveSubscription {
  const url = urls.get(db);
  let emitter = local;
  if (isPostgres(db) && url) {
    let listener = listeners.get(db);
    if (!listener || listener.closed) {
      let listened = () => {};
      const listening = new Promise<void>((r) => {
        listened = r;
      });
      listener = {
        db,
        wakes: new EventEmitter(),
        client: null,
        closed: false,
        ids: [],
        reading: false,
        listening,
        listened,
      };
      listener.wakes.setMaxListeners(0);
      listeners.set(db, listener);
    }
    if (!listener.client) void listen(listener, url, 0);
    emitter = listener.wakes;
  }
  let keys: string[] = [];
  const watch = (next: LiveScope) => {
    for (const key of keys) emitter.off(key, wake);
    keys = [EVERYONE, ...liveKeys(next)];
    for (const key of keys) emitter.on(key, wake);
  };
  watch(scope);
  const close = () => {
    for (const key of keys) emitter.off(key, wake);
    keys = [];
  };
  return { watch, close };
}

/** One read at a time per listener: ids that arrive meanwhile wait and are read together. */
async function drain(l: Listener) {
  if (l.reading) return;
  l.reading = true;
  try {
    // Ids that arrived in the same turn are read together.
    await new Promise((r) => setImmediate(r));
    while (l.ids.length) await dispatch(l);
  } finally {
    l.reading = false;
  }
}

/** Reads the person and couple of the ids notified together, and wakes their streams. */
async function dispatch(l: Listener) {
  const ids = l.ids.splice(0);
  if (!ids.length) return;
  try {
    const rows = await l.db.liveEvent.findMany({
      where: { id: { in: ids } },
      select: { userId: true, coupleId: true },
    });
    wakeKeys(l.wakes, [...new Set(rows.flatMap(liveKeys))]);
  } catch (error) {
    log.warn("live: could not read notified events, waking every stream", describeError(error));
    l.wakes.emit(EVERYONE);
  }
}

/** One dedicated connection per process and database; re-LISTENs with a growing pause after a failure. */
async function listen(l: Listener, url: string, attempt: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  l.client = client;
  let failed = false;
  const retry = (error?: unknown) => {
    if (failed) return;
    failed = true;
    if (error) log.warn("live: listener lost, reconnecting", describeError(error));
    client.removeAllListeners();
    client.on("error", () => {});
    void client.end().catch(() => {});
    l.client = null;
    if (l.closed) return;
    const delay = Math.min(30_000, 250 * 2 ** attempt);
    setTimeout(() => {
      if (!l.client && !l.closed) void listen(l, url, attempt + 1);
    }, delay).unref();
  };
  client.on("error", retry);
  client.on("end", () => retry(new Error("connection ended")));
  client.on("notification", (msg) => {
    if (msg.channel !== LIVE_CHANNEL) return;
    const id = Number(msg.payload);
    if (!Number.isSafeInteger(id)) return;
    l.ids.push(id);
    void drain(l);
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    attempt = 0;
    l.listened();
    // Whatever was written while nobody listened is in the table: let every stream read it.
    l.wakes.emit(EVERYONE);
  } catch (error) {
    retry(error);
  }
}

/** Resolves once `db`'s listener is in place (PostgreSQL); at once on SQLite. For tests. */
export function liveListenerReady(db: Db): Promise<void> {
  return listeners.get(db)?.listening ?? Promise.resolve();
}

/** Ends `db`'s listener connection (tests, shutdown). */
export async function closeLiveListener(db: Db): Promise<void> {
  const l = listeners.get(db);
  if (!l) return;
  l.closed = true;
  const client = l.client;
  l.client = null;
  if (client) {
    client.removeAllListeners();
    client.on("error", () => {});
    await client.end().catch(() => {});
  }
}
