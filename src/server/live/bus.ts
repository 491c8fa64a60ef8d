// Live updates (issue #18 item 4): how a write wakes the open streams. A write adds a `LiveEvent`
// row in its own transaction (`recordLiveEvent`); streams are woken and re-read the rows
// themselves, scoped to their person and couple (src/server/live/stream.ts). A wake-up carries
// no data, so a lost or spurious one costs a read, never a wrong answer.
//   SQLite (one instance): an in-process emitter.
//   PostgreSQL: `pg_notify('kept_events', id)` inside the transaction (delivered only on COMMIT) and,
//   per process and database, one dedicated `pg.Client` running `LISTEN kept_events` (never a pooled
//   client: the pool would hand the connection to someone else). After a reconnect every stream is
//   woken, so events sent while the listener was down are read from the table.
import { EventEmitter } from "node:events";
import pg from "pg";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import type { Db } from "@/server/db";
import { describeError, log } from "@/server/log";

export const LIVE_CHANNEL = "kept_events";

type Wake = () => void;

/** Wakes every stream of this process (SQLite, and PostgreSQL listeners after a reconnect). */
const local = new EventEmitter();
local.setMaxListeners(0);

const isPostgres = (db: unknown) => (db as { _activeProvider?: string })._activeProvider === "postgresql";

/**
 * Records "something of this couple (or for this person) changed" with `tx`, the change's own
 * transaction client, so a rolled-back change wakes nobody with a row to read.
 */
export async function recordLiveEvent(
  tx: Pick<Prisma.TransactionClient, "liveEvent" | "$executeRaw">,
  scope: { coupleId?: string | null; userId?: string | null },
): Promise<void> {
  const { id } = await tx.liveEvent.create({
    data: { coupleId: scope.coupleId ?? null, userId: scope.userId ?? null },
    select: { id: true },
  });
  if (isPostgres(tx)) {
    await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${String(id)})`;
  } else {
    // SQLite has no commit hook here; the transactions are short, so wake the streams just after.
    setTimeout(() => local.emit("wake"), 20).unref();
  }
}

/** The database URL each client was made with (createDb registers it), for the listener. */
const urls = new WeakMap<object, string>();
export function registerDbUrl(db: object, url: string) {
  urls.set(db, url);
}

type Listener = { wakes: EventEmitter; streams: number; client: pg.Client | null; closed: boolean };
const listeners = new WeakMap<object, Listener>();

/** Calls `wake` whenever a live event may have been written to `db`'s database; returns the unsubscribe. */
export function onLiveEvent(db: Db, wake: Wake): () => void {
  const url = urls.get(db);
  if (!isPostgres(db) || !url) {
    local.on("wake", wake);
    return () => local.off("wake", wake);
  }
  let listener = listeners.get(db);
  if (!listener) {
    listener = { wakes: new EventEmitter(), streams: 0, client: null, closed: false };
    listener.wakes.setMaxListeners(0);
    listeners.set(db, listener);
  }
  listener.wakes.on("wake", wake);
  listener.streams++;
  if (!listener.client) void listen(listener, url, 0);
  const l = listener;
  return () => {
    l.wakes.off("wake", wake);
    l.streams--;
  };
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
    if (msg.channel === LIVE_CHANNEL) l.wakes.emit("wake");
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    attempt = 0;
    // Whatever was written while nobody listened is in the table: let every stream read it.
    l.wakes.emit("wake");
  } catch (error) {
    retry(error);
  }
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
