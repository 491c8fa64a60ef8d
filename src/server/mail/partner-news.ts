// Partner news by mail: what needs an answer, an acknowledgement, the end of the link.
// Queued from `notify()` (and the unlink) in the transaction of the change. Mails gather: a news
// mail waits 15 minutes after the first event it holds, and whatever else happens meanwhile joins
// it, so a burst of activity is one calm mail, not five.
import type { RenderedMail } from "@/domain/mail/layout";
import { allowsTitles, parseMailChoices, wantsMail } from "@/domain/mail/settings";
import { isPartnerNewsKind, type NewsItem, partnerNewsMail } from "@/domain/mail/templates";
import { asksForAnswer, type NotificationKind, type ObjectType } from "@/domain/notification/kinds";
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
  const item: NewsItem = {
    kind: e.kind,
    actorName: actor.name,
    ...(title ? { title } : {}),
    ...(e.object ? { object: e.object } : {}),
  };
  const render = (items: NewsItem[]) => renderNews(e.userId, items, env.APP_URL);

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

const renderNews = (userId: string, items: NewsItem[], appUrl: string) =>
  partnerNewsMail({ appUrl, items, unsubscribeUrl: unsubscribePageUrl(userId, "partner-news") });

/**
 * A partner-news mail as it should read when it goes: a request that no longer waits on its
 * recipient (answered, withdrawn, or followed by a newer one in the same mail) is left out, and
 * the rest rendered again; null when nothing is left to say. Unchanged news comes back as it was.
 */
export async function settledNews(
  db: Pick<Db, "boundary">,
  row: { userId: string | null; payload: string | null; subject: string; html: string; text: string },
  appUrl: string,
): Promise<RenderedMail | null> {
  const items = parseItems(row.payload);
  if (!row.userId || items.length === 0) return row;
  const boundaryIds = items.flatMap((i) =>
    asksForAnswer(i.kind) && i.object?.type === "boundary" ? [i.object.id] : [],
  );
  const waiting =
    boundaryIds.length === 0
      ? []
      : await db.boundary.findMany({
          where: { id: { in: boundaryIds }, pendingNumber: { not: null }, pendingById: { not: row.userId } },
          select: { id: true },
        });
  const waits = new Set(waiting.map((b) => b.id));
  const kept = items.filter((item, at) => {
    if (!asksForAnswer(item.kind) || !item.object) return true;
    const { type, id } = item.object;
    const newer = items.slice(at + 1).some((later) => asksForAnswer(later.kind) && later.object?.id === id);
    return !newer && (type !== "boundary" || waits.has(id));
  });
  if (kept.length === items.length) return row;
  return kept.length === 0 ? null : renderNews(row.userId, kept, appUrl);
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
