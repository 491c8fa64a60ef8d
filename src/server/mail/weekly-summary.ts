// The weekly summary (optional, off by default): on the person's chosen weekday at their reminder
// time (same rules as reminders: local time, DST, quiet hours, late only within 3 hours), both
// partners' last seven days in numbers. One per person and day (the outbox key).
import { coversDay } from "@/domain/break/break";
import { addDays, dayOfWeek, type LocalDate } from "@/domain/commitment/schedule";
import { type WeekNumbers, weeklySummaryMail } from "@/domain/mail/templates";
import { env } from "@/env";
import { breakWindows } from "@/server/break/break";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/db-errors";
import { mailKey, queueMail } from "@/server/mail/outbox";
import { dueForMail } from "@/server/mail/reminders";
import { unsubscribeHeaders, unsubscribePageUrl } from "@/server/mail/unsubscribe";

/** A person's last seven days; for the partner, without the days of their breaks (docs/security.md). */
async function weekOf(
  db: Db,
  coupleId: string,
  user: { id: string; name: string },
  from: LocalDate,
  to: LocalDate,
  asPartner: boolean,
) {
  const [all, breaks] = await Promise.all([
    db.checkIn.findMany({
      where: { userId: user.id, day: { gte: from, lte: to }, commitment: { coupleId } },
      select: { outcome: true, day: true },
    }),
    asPartner ? breakWindows(db, coupleId, user.id) : [],
  ]);
  const rows = all.filter((r) => !coversDay(breaks, r.day));
  return { name: user.name, checkIns: rows.length, kept: rows.filter((r) => r.outcome === "kept").length };
}

export async function queueWeeklySummaries(db: Db, now = new Date()): Promise<number> {
  let queued = 0;
  for (const { person: p, day } of await dueForMail(db, "weekly-summary", now)) {
    if (dayOfWeek(day) !== p.weeklySummaryDay) continue;
    const cause = `weekly:${p.id}:${day}`;
    if (
      await db.mailOutbox.findUnique({
        where: { key: mailKey({ kind: "weekly-summary", cause, to: p.email }) },
      })
    ) {
      continue;
    }
    const membership = await db.coupleMember.findUnique({
      where: { activeUserId: p.id },
      select: {
        coupleId: true,
        couple: { select: { members: { select: { user: { select: { id: true, name: true } } } } } },
      },
    });
    if (!membership) continue;
    const from = addDays(day, -7);
    const to = addDays(day, -1);
    const partnerUser = membership.couple.members.map((m) => m.user).find((u) => u.id !== p.id) ?? null;
    const me: WeekNumbers = await weekOf(db, membership.coupleId, p, from, to, false);
    const partner = partnerUser ? await weekOf(db, membership.coupleId, partnerUser, from, to, true) : null;
    try {
      const id = await queueMail(db, {
        cause,
        to: p.email,
        kind: "weekly-summary",
        userId: p.id,
        mail: weeklySummaryMail({
          appUrl: env.APP_URL,
          me,
          partner,
          unsubscribeUrl: unsubscribePageUrl(p.id, "weekly-summary"),
        }),
        headers: unsubscribeHeaders(p.id, "weekly-summary"),
      });
      if (id) queued++;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return queued;
}
