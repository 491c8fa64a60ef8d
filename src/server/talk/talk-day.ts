// "Today is your weekly talk day" (a talk is ready to answer). Run every minute
// by the scheduler of every instance (src/server/scheduler.ts). Stateless: who is told follows
// from the clock, each person's zone and the notifications already written; the notification's
// unique key (person + week) lets one row in even when two instances run the same minute.
import { addDays, dayOfWeek, localDate } from "@/domain/commitment/schedule";
import { isWanted, parseChoices } from "@/domain/notification/kinds";
import { talkDayToday } from "@/domain/talk/talk";
import type { Db } from "@/server/db";
import { describeError, log } from "@/server/log";
import { notifyOnce } from "@/server/notification/write";

const talkDayKey = (userId: string, week: string) => `talk-day:${userId}:${week}`;

/**
 * Tells each partner of an active couple, once, that their talk day has come in their own zone;
 * not when they are on a break, the week's talk was skipped, or they have answered already.
 * Returns how many were told.
 */
export async function notifyTalkDays(db: Db, now = new Date()): Promise<number> {
  // Somewhere on earth it is the UTC date's day of the week, the one before or the one after.
  const utcToday = localDate(now, "UTC");
  const weekdays = [-1, 0, 1].map((d) => dayOfWeek(addDays(utcToday, d)));
  const couples = await db.couple.findMany({
    where: { endedAt: null, talkDay: { in: weekdays } },
    select: {
      id: true,
      talkDay: true,
      members: {
        where: { activeUserId: { not: null } },
        select: { user: { select: { id: true, timeZone: true, notificationSettings: true } } },
      },
    },
  });
  const due = couples.flatMap(({ id: coupleId, talkDay, members }) =>
    members.flatMap(({ user }) => {
      const week = talkDay === null ? null : safeTalkDayToday(now, user.timeZone, talkDay);
      // Turned off in Settings: not even looked at again (notify would skip it each minute).
      if (!week || !isWanted("talk-day", parseChoices(user.notificationSettings))) return [];
      return [{ coupleId, userId: user.id, week, key: talkDayKey(user.id, week) }];
    }),
  );
  if (due.length === 0) return 0;
  const told = new Set(
    (
      await db.notification.findMany({
        where: { key: { in: due.map((d) => d.key) } },
        select: { key: true },
      })
    ).map((n) => n.key),
  );

  const pending = due.filter((d) => !told.has(d.key));
  if (pending.length === 0) return 0;
  // Who needn't be told, read once for the round: breaks running on the day, and talks skipped
  // or already answered by the person.
  const coupleIds = [...new Set(pending.map((d) => d.coupleId))];
  const weeks = [...new Set(pending.map((d) => d.week))];
  const [breaks, talks] = await Promise.all([
    db.sharingBreak.findMany({
      where: { coupleId: { in: coupleIds }, userId: { in: pending.map((d) => d.userId) } },
      select: { coupleId: true, userId: true, from: true, to: true },
    }),
    db.talk.findMany({
      where: { coupleId: { in: coupleIds }, week: { in: weeks } },
      select: {
        coupleId: true,
        week: true,
        skippedAt: true,
        answers: { select: { userId: true, submittedAt: true } },
      },
    }),
  ]);
  const quiet = (d: (typeof pending)[number]) => {
    const onBreak = breaks.some(
      (b) => b.coupleId === d.coupleId && b.userId === d.userId && b.from <= d.week && d.week <= b.to,
    );
    const talk = talks.find((t) => t.coupleId === d.coupleId && t.week === d.week);
    const answered = talk?.answers.some((a) => a.userId === d.userId && a.submittedAt);
    return onBreak || Boolean(talk?.skippedAt) || Boolean(answered);
  };

  let count = 0;
  for (const d of pending) {
    if (quiet(d)) continue;
    try {
      if (await tell(db, d, now)) count += 1;
    } catch (error) {
      // One person's failure doesn't keep the others (later in the same order) waiting.
      log.error("talk day: could not tell", { userId: d.userId, ...describeError(error) });
    }
  }
  return count;
}

/** A stored zone that no longer exists (a runtime's zone data changed) tells nobody, not the round. */
function safeTalkDayToday(now: Date, timeZone: string, talkDay: number) {
  try {
    return talkDayToday(now, timeZone, talkDay);
  } catch {
    return null;
  }
}

/** Tells one person; false when another instance did it first. */
function tell(db: Db, d: { coupleId: string; userId: string; week: string; key: string }, now: Date) {
  return notifyOnce(db, {
    userId: d.userId,
    actorId: null,
    kind: "talk-day",
    object: { type: "talk", id: d.week },
    coupleId: d.coupleId,
    createdAt: now,
    key: d.key,
  });
}
