// Where notifications are written: always inside the transaction of the change they describe, so
// a rolled-back change leaves none behind.
import {
  isWanted,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type ObjectType,
  parseChoices,
} from "@/domain/notification/kinds";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/db-errors";
import { recordLiveEvent } from "@/server/live/bus";
import { queuePartnerNews } from "@/server/mail/partner-news";

export type NewNotification = {
  /** The recipient. */
  userId: string;
  actorId: string | null;
  kind: NotificationKind;
  object?: { type: ObjectType; id: string };
  coupleId?: string;
  createdAt?: Date;
  /** For scheduled notifications: unique, so a second writer's row is refused (see the model). */
  key?: string;
};

/** The row for one notification, for writers that batch their statements (see `credentials.ts`). */
export function notificationData(n: NewNotification) {
  return {
    userId: n.userId,
    actorId: n.actorId,
    kind: n.kind,
    objectType: n.object?.type ?? null,
    objectId: n.object?.id ?? null,
    coupleId: n.coupleId ?? null,
    ...(n.createdAt ? { createdAt: n.createdAt } : {}),
    ...(n.key ? { key: n.key } : {}),
  };
}

/** What `notify` writes with: the notification, the live event, and partner news by mail. */
export type NotifyDb = Pick<
  Db,
  "notification" | "user" | "liveEvent" | "$executeRaw" | "mailOutbox" | "commitment" | "boundaryVersion"
>;

/**
 * Writes one notification with `tx` (the change's own transaction), unless the recipient turned
 * its kind off. Kinds that can't be turned off cost no extra read.
 */
export async function notify(tx: NotifyDb, n: NewNotification): Promise<void> {
  // Partner news by mail follows its own settings (Settings → Email), not the in-app ones.
  await queuePartnerNews(tx, {
    userId: n.userId,
    actorId: n.actorId,
    kind: n.kind,
    object: n.object,
    now: n.createdAt,
  });
  // The recipient's open pages update even for a kind they turned off (what they show changed).
  await recordLiveEvent(tx, { userId: n.userId, coupleId: n.coupleId });
  if (NOTIFICATION_KINDS[n.kind].switchable) {
    const recipient = await tx.user.findUnique({
      where: { id: n.userId },
      select: { notificationSettings: true },
    });
    if (!recipient || !isWanted(n.kind, parseChoices(recipient.notificationSettings))) return;
  }
  await tx.notification.create({ data: notificationData(n), select: { id: true } });
}

/** Who did something, and in which couple: the part of a procedure's context `notifyPartner` reads. */
type ActorInCouple = { user: { id: string }; couple: { id: string; partner: { id: string } } };

/** The common case: tell the caller's partner what the caller just did in their couple. */
export function notifyPartner(
  tx: NotifyDb,
  ctx: ActorInCouple,
  kind: NotificationKind,
  object: NonNullable<NewNotification["object"]>,
  createdAt?: Date,
): Promise<void> {
  return notify(tx, {
    userId: ctx.couple.partner.id,
    actorId: ctx.user.id,
    kind,
    object,
    coupleId: ctx.couple.id,
    createdAt,
  });
}

/**
 * For the scheduler's notifications, written by every instance: writes `n` (with its unique `key`)
 * in its own transaction, since on PostgreSQL a refused row ends the transaction it is in. False
 * when another instance wrote it first, or when the recipient turned its kind off: then nothing is
 * written at all (the keyed row is what tells a later round it was done, and without it every
 * round would wake the recipient's pages again).
 */
export async function notifyOnce(db: Db, n: NewNotification & { key: string }): Promise<boolean> {
  if (NOTIFICATION_KINDS[n.kind].switchable) {
    const recipient = await db.user.findUnique({
      where: { id: n.userId },
      select: { notificationSettings: true },
    });
    if (!recipient || !isWanted(n.kind, parseChoices(recipient.notificationSettings))) return false;
  }
  try {
    await db.$transaction((tx) => notify(tx, n));
    return true;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return false;
  }
}
