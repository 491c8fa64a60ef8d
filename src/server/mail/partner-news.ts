// Partner news by mail: what needs an answer, an acknowledgement, the end of the link.
// Queued from `notify()` (and the unlink) in the transaction of the change. Mails gather: a news
// mail waits 15 minutes after the first event it holds, and whatever else happens meanwhile joins
// it, so a burst of activity is one calm mail, not five.
import { allowsTitles, parseMailChoices, wantsMail } from "@/domain/mail/settings";
import { isPartnerNewsKind, type NewsItem, partnerNewsMail } from "@/domain/mail/templates";
import type { NotificationKind, ObjectType } from "@/domain/notification/kinds";
import { env } from "@/env";
import type { Db } from "@/server/db";
import { queueMail } from "@/server/mail/outbox";
import { mailEnabled } from "@/server/mail/transport";
import { unsubscribeHeaders, unsubscribePageUrl } from "@/server/mail/unsubscribe";

export const NEWS_GATHER_MS = 15 * 60 * 1000;

type NewsDb = Pick<Db, "mailOutbox" | "user" | "commitment" | "boundaryVersion">;

export type NewsEvent = {
  userId: string;
  actorId: string | null;
  kind: NotificationKind;
  object?: { type: ObjectType; id: string };
  now?: Date;
};

/** Queues (or adds to the waiting) partner-news mail of the recipient, if they want it. */
export async function queuePartnerNews(tx: NewsDb, e: NewsEvent): Promise<void> {
  if (!mailEnabled() || !isPartnerNewsKind(e.kind) || !e.actorId) return;
  const now = e.now ?? new Date();
  const [recipient, actor] = await Promise.all([
    tx.user.findUnique({
      where: { id: e.userId },
      select: { email: true, mailSettings: true, emailVerifiedAt: true, deletedAt: true },
    }),
    tx.user.findUnique({ where: { id: e.actorId }, select: { name: true } }),
  ]);
  // Only to an address its owner confirmed: an unconfirmed one may be a typo, or someone else's.
  if (!recipient || !actor || !recipient.emailVerifiedAt || recipient.deletedAt) return;
  const choices = parseMailChoices(recipient.mailSettings);
  if (!wantsMail("partner-news", choices)) return;
  const title = allowsTitles(choices) ? await titleOf(tx, e.object) : null;
  const item: NewsItem = { kind: e.kind, actorName: actor.name, ...(title ? { title } : {}) };
  const render = (items: NewsItem[]) =>
    partnerNewsMail({
      appUrl: env.APP_URL,
      items,
      unsubscribeUrl: unsubscribePageUrl(e.userId, "partner-news"),
    });

  const waiting = await tx.mailOutbox.findFirst({
    where: { userId: e.userId, kind: "partner-news", status: "pending", runAt: { gt: now }, attempts: 0 },
    orderBy: { runAt: "asc" },
    select: { id: true, payload: true },
  });
  if (waiting) {
    const items = [...parseItems(waiting.payload), item];
    const mail = render(items);
    // Only while no worker has claimed it and no other event changed it meanwhile.
    const { count } = await tx.mailOutbox.updateMany({
      where: { id: waiting.id, status: "pending", payload: waiting.payload },
      data: { payload: JSON.stringify(items), subject: mail.subject, html: mail.html, text: mail.text },
    });
    if (count === 1) return;
  }
  await queueMail(tx, {
    cause: `news:${e.userId}:${now.getTime()}`,
    to: recipient.email,
    kind: "partner-news",
    userId: e.userId,
    mail: render([item]),
    payload: JSON.stringify([item]),
    headers: unsubscribeHeaders(e.userId, "partner-news"),
    runAt: new Date(now.getTime() + NEWS_GATHER_MS),
  });
}

function parseItems(payload: string | null): NewsItem[] {
  try {
    const value: unknown = JSON.parse(payload ?? "[]");
    return Array.isArray(value)
      ? value.filter((v): v is NewsItem => typeof v?.kind === "string" && isPartnerNewsKind(v.kind))
      : [];
  } catch {
    return [];
  }
}

/** A boundary's latest title or a commitment's, only for people who allowed titles in mails. */
async function titleOf(tx: NewsDb, object: NewsEvent["object"]): Promise<string | null> {
  if (object?.type === "commitment") {
    const c = await tx.commitment.findUnique({ where: { id: object.id }, select: { title: true } });
    return c?.title ?? null;
  }
  if (object?.type === "boundary") {
    const v = await tx.boundaryVersion.findFirst({
      where: { boundaryId: object.id },
      orderBy: { number: "desc" },
      select: { title: true },
    });
    return v?.title ?? null;
  }
  return null;
}
