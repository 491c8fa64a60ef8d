// The outbox worker (docs/architecture.md, "Mail"): runs inside the app process, claims due rows,
// sends each with a Message-ID made from its id (an HMAC, so it says nothing of the row), records
// the outcome (a sent or given-up mail keeps its status and reason, never its text or links), retries with a growing pause
// and gives up after a day. Claims are safe with several workers: on PostgreSQL `FOR UPDATE SKIP
// LOCKED` (two workers never pick the same row), on SQLite a conditional update that only one
// worker can win (count === 1). A claim is a lease (`lockedUntil`): a worker that dies leaves its
// rows to be claimed again once the lease ends. What can't be avoided: a worker killed after the
// SMTP server accepted a mail and before the row says so sends it again, with the same
// Message-ID, so the receiving side can tell it is the same message.
import { createHmac, randomBytes } from "node:crypto";
import { retryDelayMs, shouldGiveUp } from "@/domain/mail/backoff";
import type { Db } from "@/server/db";
import { isPostgres } from "@/server/db-engine";
import { describeError, log } from "@/server/log";
import { onMailQueued } from "@/server/mail/outbox";
import { settledNews } from "@/server/mail/partner-news";
import type { MailTransport } from "@/server/mail/transport";
import { serverSecret } from "@/server/secrets";

/**
 * The mail's Message-ID: the same for every try of one row (a retry after a crash is
 * recognisable), made from the row's id with the server secret so it tells nothing: no id, no
 * time of the cause.
 */
export const messageIdOf = (rowId: string, domain: string) =>
  `<${createHmac("sha256", serverSecret()).update(`message-id|${rowId}`).digest("hex").slice(0, 32)}@${domain}>`;

// What a mail says and links to, blanked once it has left or been given up: reset and invitation
// links, names and titles don't stay in the database.
const PURGED = { subject: "", html: "", text: "", headers: "{}", payload: null };

export type MailWorkerOptions = {
  db: Db;
  transport: MailTransport;
  from: string;
  appUrl: string;
  workerId?: string;
  /** Rows claimed at once. */
  batch?: number;
  /** Sends at once (the transport's pool limits connections anyway). */
  concurrency?: number;
  pollMs?: number;
  /** How long a claim holds: well above the transport's timeouts, so a live send never loses it. */
  lockMs?: number;
  retryBaseMs?: number;
  now?: () => Date;
};

type Row = {
  id: string;
  kind: string;
  userId: string | null;
  payload: string | null;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: string;
  attempts: number;
  createdAt: Date;
};

export function createMailWorker(o: MailWorkerOptions) {
  const me = o.workerId ?? `w-${randomBytes(6).toString("hex")}`;
  const batch = o.batch ?? 20;
  const concurrency = o.concurrency ?? 3;
  const pollMs = o.pollMs ?? 5_000;
  const lockMs = o.lockMs ?? 120_000;
  const now = o.now ?? (() => new Date());
  const domain = new URL(o.appUrl).hostname || "kept.invalid";
  const inFlight = new Set<string>();
  let stopping = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let unsubscribe: (() => void) | null = null;

  async function claim(): Promise<Row[]> {
    const at = now();
    const until = new Date(at.getTime() + lockMs);
    let ids: string[];
    if (isPostgres(o.db)) {
      // A `timestamp` column holds UTC (Prisma's convention); an ISO string cast to it keeps that.
      const rows = await o.db.$queryRaw<{ id: string }[]>`
        UPDATE "MailOutbox" SET "status" = 'sending', "lockedBy" = ${me},
          "lockedUntil" = ${until.toISOString()}::timestamp, "attempts" = "attempts" + 1
        WHERE "id" IN (
          SELECT "id" FROM "MailOutbox"
          WHERE ("status" = 'pending' AND "runAt" <= ${at.toISOString()}::timestamp)
             OR ("status" = 'sending' AND "lockedUntil" < ${at.toISOString()}::timestamp)
          ORDER BY "runAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED)
        RETURNING "id"`;
      ids = rows.map((r) => r.id);
    } else {
      const due = {
        OR: [
          { status: "pending", runAt: { lte: at } },
          { status: "sending", lockedUntil: { lt: at } },
        ],
      };
      const candidates = await o.db.mailOutbox.findMany({
        where: due,
        orderBy: { runAt: "asc" },
        take: batch,
        select: { id: true },
      });
      ids = [];
      for (const { id } of candidates) {
        const { count } = await o.db.mailOutbox.updateMany({
          where: { id, ...due },
          data: { status: "sending", lockedBy: me, lockedUntil: until, attempts: { increment: 1 } },
        });
        if (count === 1) ids.push(id);
      }
    }
    if (ids.length === 0) return [];
    return o.db.mailOutbox.findMany({
      where: { id: { in: ids }, lockedBy: me, status: "sending" },
      select: {
        id: true,
        kind: true,
        userId: true,
        payload: true,
        to: true,
        subject: true,
        html: true,
        text: true,
        headers: true,
        attempts: true,
        createdAt: true,
      },
    });
  }

  async function deliver(row: Row) {
    inFlight.add(row.id);
    try {
      // Partner news is read again as it goes: what was answered meanwhile no longer asks.
      const mail = row.kind === "partner-news" ? await settledNews(o.db, row, o.appUrl) : row;
      if (mail === null) {
        await o.db.mailOutbox.updateMany({
          where: { id: row.id, lockedBy: me, status: "sending" },
          data: { status: "dropped", lockedBy: null, lockedUntil: null, ...PURGED },
        });
        return;
      }
      await o.transport.sendMail({
        from: o.from,
        to: row.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: messageIdOf(row.id, domain),
        headers: parseHeaders(row.headers),
      });
      await o.db.mailOutbox.updateMany({
        where: { id: row.id, lockedBy: me, status: "sending" },
        data: {
          status: "sent",
          sentAt: now(),
          lockedBy: null,
          lockedUntil: null,
          lastError: null,
          ...PURGED,
        },
      });
    } catch (error) {
      const at = now();
      const reason = describeSmtpError(error);
      const giveUp = shouldGiveUp(row.createdAt, at);
      if (giveUp) log.warn("mail: given up after a day", { id: row.id, reason });
      await o.db.mailOutbox.updateMany({
        where: { id: row.id, lockedBy: me, status: "sending" },
        data: giveUp
          ? { status: "failed", lockedBy: null, lockedUntil: null, lastError: reason, ...PURGED }
          : {
              status: "pending",
              lockedBy: null,
              lockedUntil: null,
              lastError: reason,
              runAt: new Date(at.getTime() + retryDelayMs(row.attempts, o.retryBaseMs)),
            },
      });
    } finally {
      inFlight.delete(row.id);
    }
  }

  /** Claims and sends one batch; the number of rows claimed. */
  async function runOnce(): Promise<number> {
    if (stopping) return 0;
    const rows = await claim();
    const queue = [...rows];
    const lane = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        if (stopping) return;
        await deliver(row);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    return rows.length;
  }

  function schedule(ms: number) {
    if (stopping) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref();
  }

  function tick() {
    timer = null;
    if (running || stopping) return;
    running = runOnce();
    running.then(
      (claimed) => {
        running = null;
        schedule(claimed >= batch ? 0 : pollMs);
      },
      (error: unknown) => {
        running = null;
        log.error("mail: worker round failed", describeError(error));
        schedule(pollMs);
      },
    );
  }

  return {
    id: me,
    runOnce,
    start() {
      unsubscribe = onMailQueued(() => {
        if (!running) schedule(0);
      });
      schedule(0);
    },
    /**
     * Stops claiming, lets the sends under way finish (at most `graceMs`), then gives back the rows
     * this worker claimed and hasn't started, so another instance sends them without waiting for
     * the lease to end.
     */
    async stop(graceMs = 5_000) {
      stopping = true;
      unsubscribe?.();
      if (timer) clearTimeout(timer);
      if (running) {
        await Promise.race([running.catch(() => 0), new Promise((r) => setTimeout(r, graceMs).unref())]);
      }
      await o.db.mailOutbox.updateMany({
        where: { lockedBy: me, status: "sending", id: { notIn: [...inFlight] } },
        data: { status: "pending", lockedBy: null, lockedUntil: null },
      });
    },
  };
}

export type MailWorker = ReturnType<typeof createMailWorker>;

function parseHeaders(json: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== "object" || value === null) return {};
    return Object.fromEntries(
      Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"),
    );
  } catch {
    return {};
  }
}

/** The SMTP reply or network error, short, for `lastError` (never the mail itself). */
function describeSmtpError(error: unknown): string {
  if (error instanceof Error) {
    const e = error as Error & { code?: string; responseCode?: number };
    return [e.code, e.responseCode, e.message].filter(Boolean).join(" ").slice(0, 500);
  }
  return String(error).slice(0, 500);
}
