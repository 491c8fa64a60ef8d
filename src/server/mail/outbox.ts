// Queueing a mail: always with the transaction client of its cause (`tx`), so a rolled-back change
// queues nothing, and with a key naming (cause, recipient, kind): the same cause can't queue the
// same mail twice (the unique key refuses it; `queueMail` then leaves the first one as it is).
import type { RenderedMail } from "@/domain/mail/layout";
import type { Db } from "@/server/db";

type MailKind =
  | "password-reset"
  | "verify-email"
  | "partner-news"
  | "reminder"
  | "weekly-summary"
  | "invite"
  | "account-exists"
  | "email-changed"
  | "test";

export type NewMail = {
  /** What caused it, e.g. `reset:<PasswordReset.id>`; with `to` and `kind` it is the row's key. */
  cause: string;
  to: string;
  kind: MailKind;
  userId?: string | null;
  mail: RenderedMail;
  headers?: Record<string, string>;
  /** What a gathering mail was rendered from (src/server/mail/partner-news.ts). */
  payload?: string;
  runAt?: Date;
};

export const mailKey = (m: Pick<NewMail, "cause" | "to" | "kind">) =>
  `${m.kind}|${m.cause}|${m.to.toLowerCase()}`;

type OutboxDb = Pick<Db, "mailOutbox">;

/** Queues one mail; returns its id, or null when this cause already queued it. */
export async function queueMail(tx: OutboxDb, m: NewMail): Promise<string | null> {
  const key = mailKey(m);
  // A read first rather than catching the unique violation: on PostgreSQL a failed statement
  // aborts the whole transaction of the cause.
  const existing = await tx.mailOutbox.findUnique({ where: { key }, select: { id: true } });
  if (existing) return null;
  const row = await tx.mailOutbox.create({
    data: {
      key,
      to: m.to,
      kind: m.kind,
      userId: m.userId ?? null,
      subject: m.mail.subject,
      html: m.mail.html,
      text: m.mail.text,
      headers: JSON.stringify(m.headers ?? {}),
      payload: m.payload ?? null,
      ...(m.runAt ? { runAt: m.runAt } : {}),
    },
    select: { id: true },
  });
  wakeMailWorker();
  return row.id;
}

// On globalThis: Next loads instrumentation (where the worker starts) and the route handlers (where
// mail is queued) as separate module graphs in one process.
const globalForWakers = globalThis as unknown as { [key: symbol]: Set<() => void> | undefined };
const WAKERS = Symbol.for("kept.mail.wakers");
globalForWakers[WAKERS] ??= new Set();
const wakers: Set<() => void> = globalForWakers[WAKERS];
/** The worker of this process registers here to hear about new mail at once. */
export function onMailQueued(wake: () => void) {
  wakers.add(wake);
  return () => wakers.delete(wake);
}
/** Nudges this process's worker shortly after the queueing transaction (most likely) commits. */
function wakeMailWorker() {
  if (wakers.size === 0) return;
  setTimeout(() => {
    for (const wake of wakers) wake();
  }, 50).unref();
}
