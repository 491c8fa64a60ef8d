// The reminder scheduler: run every minute by the mail worker's process (and on start). Stateless:
// what it sends follows from the clock, each person's settings and the outbox itself, so it
// survives restarts. A reminder due while the app was down is sent on start if it is at most
// REMINDER_RELEVANT_MS late, else that day is skipped. At most one a day: the outbox key is
// (person, local day), unique in the database, so even two instances can't both queue it.
import { isDueOn, type LocalDate } from "@/domain/commitment/schedule";
import { reminderDue } from "@/domain/mail/reminders";
import { parseMailChoices, wantsMail } from "@/domain/mail/settings";
import { reminderMail } from "@/domain/mail/templates";
import { env } from "@/env";
import { isOnBreak } from "@/server/break/break";
import { periodsOf } from "@/server/commitment/access";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/db-errors";
import { mailKey, queueMail } from "@/server/mail/outbox";
import { unsubscribeHeaders, unsubscribePageUrl } from "@/server/mail/unsubscribe";

/** How many commitments due for the person on `day` have no check-in of theirs yet. */
export async function unloggedDueCount(db: Db, userId: string, day: LocalDate): Promise<number> {
  const membership = await db.coupleMember.findUnique({
    where: { activeUserId: userId },
    select: { coupleId: true },
  });
  if (!membership) return 0;
  const rows = await db.commitment.findMany({
    where: { coupleId: membership.coupleId, archivedAt: null, OR: [{ ownerId: userId }, { ownerId: null }] },
    select: {
      cadences: { select: { from: true, cadence: true }, orderBy: { from: "asc" } },
      pauses: { where: { userId }, select: { from: true, to: true } },
      checkIns: { where: { userId, day }, select: { id: true } },
    },
    take: 500,
  });
  return rows.filter((r) => r.checkIns.length === 0 && isDueOn(periodsOf(r.cadences), r.pauses, day)).length;
}

/**
 * The people a scheduled mail of `category` is due to at `now`: a confirmed address, the
 * category on, and their reminder time reached today (their zone, DST, quiet hours, lateness:
 * `reminderDue`). Reminders and the weekly summary both start here.
 */
export async function dueForMail(db: Db, category: "reminders" | "weekly-summary", now: Date) {
  const people = await db.user.findMany({
    where: { emailVerifiedAt: { not: null } },
    select: {
      id: true,
      name: true,
      email: true,
      timeZone: true,
      mailSettings: true,
      reminderTime: true,
      quietFrom: true,
      quietTo: true,
      weeklySummaryDay: true,
    },
  });
  return people.flatMap((person) => {
    if (!wantsMail(category, parseMailChoices(person.mailSettings))) return [];
    const due = reminderDue(now, person.timeZone, {
      time: person.reminderTime,
      quietFrom: person.quietFrom,
      quietTo: person.quietTo,
    });
    return due ? [{ person, day: due.day }] : [];
  });
}

/** Queues the reminders due at `now`; how many. Only to verified addresses, never during a break. */
export async function queueDueReminders(db: Db, now = new Date()): Promise<number> {
  let queued = 0;
  for (const { person: p, day } of await dueForMail(db, "reminders", now)) {
    const due = { day };
    const cause = `reminder:${p.id}:${due.day}`;
    const key = mailKey({ kind: "reminder", cause, to: p.email });
    if (await db.mailOutbox.findUnique({ where: { key }, select: { id: true } })) continue;
    // A break stops reminders (docs/security.md, "A break").
    if (await isOnBreak(db, p.id, due.day)) continue;
    const unlogged = await unloggedDueCount(db, p.id, due.day);
    if (unlogged === 0) continue;
    try {
      const id = await queueMail(db, {
        cause,
        to: p.email,
        kind: "reminder",
        userId: p.id,
        mail: reminderMail({
          appUrl: env.APP_URL,
          unlogged,
          unsubscribeUrl: unsubscribePageUrl(p.id, "reminders"),
        }),
        headers: unsubscribeHeaders(p.id, "reminders"),
      });
      if (id) queued++;
    } catch (error) {
      // Another instance queued the same reminder a moment ago.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return queued;
}
