// Time-outs (src/domain/time-out): started and ended by their taker, read by both partners, and
// reminded and run out by the scheduler (`timeOutRound`, run by every instance). The partner sees
// who and the return time, never when it started.
import { TRPCError } from "@trpc/server";
import {
  GRACE_MINUTES,
  REMINDER_LEAD_MINUTES,
  returnAtFor,
  type TStartTimeOut,
  timeOutState,
  timeOutsLeft,
} from "@/domain/time-out/time-out";
import type { CoupleCtx } from "@/server/commitment/access";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/db-errors";
import { describeError, log } from "@/server/log";
import { notify, notifyOnce, notifyPartner } from "@/server/notification/write";

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;

/** Both partners' running time-outs as each sees them, and what the caller has left this week. */
export async function timeOutStatus(ctx: CoupleCtx, now = new Date()) {
  const [open, mineRecent] = await Promise.all([
    ctx.db.timeOut.findMany({
      where: { coupleId: ctx.couple.id, endedAt: null, openUserId: { not: null } },
      select: { id: true, userId: true, returnAt: true, returnedAt: true, endedAt: true },
    }),
    ctx.db.timeOut.findMany({
      where: { userId: ctx.user.id, startedAt: { gt: new Date(now.getTime() - WEEK) } },
      select: { startedAt: true },
    }),
  ]);
  // One the scheduler hasn't ended yet is over all the same.
  const live = open.filter((t) => timeOutState(t, now) === "running" || timeOutState(t, now) === "due");
  const mine = live.find((t) => t.userId === ctx.user.id);
  const partners = live.find((t) => t.userId === ctx.couple.partner.id);
  return {
    mine: mine ? { id: mine.id, returnAt: mine.returnAt, due: timeOutState(mine, now) === "due" } : null,
    // The return time is the one instant a partner sees: its taker chose to share it.
    partner: partners ? { name: ctx.couple.partner.name, returnAt: partners.returnAt } : null,
    partnerName: ctx.couple.partner.name,
    left: timeOutsLeft(
      mineRecent.map((t) => t.startedAt),
      now,
    ),
  };
}

export async function startTimeOut(ctx: CoupleCtx, input: TStartTimeOut) {
  const now = new Date();
  const returnAt = returnAtFor(now, input.minutes);
  try {
    return await ctx.db.$transaction(async (tx) => {
      // One the scheduler hasn't ended yet (past its hour, or in a couple that has since ended)
      // gives way to the new one.
      await tx.timeOut.updateMany({
        where: {
          userId: ctx.user.id,
          endedAt: null,
          OR: [
            { returnAt: { lte: new Date(now.getTime() - GRACE_MINUTES * MINUTE) } },
            { coupleId: { not: ctx.couple.id } },
          ],
        },
        data: { endedAt: now, openUserId: null },
      });
      const recent = await tx.timeOut.findMany({
        where: { userId: ctx.user.id, startedAt: { gt: new Date(now.getTime() - WEEK) } },
        select: { startedAt: true },
      });
      if (
        timeOutsLeft(
          recent.map((t) => t.startedAt),
          now,
        ) === 0
      ) {
        throw new TRPCError({
          code: "CONFLICT",
          message:
            "You've taken three time-outs this week. A time-out is a pause, not a way around talking: when you can, come back to it, or bring it to your weekly talk.",
        });
      }
      const row = await tx.timeOut.create({
        data: {
          coupleId: ctx.couple.id,
          userId: ctx.user.id,
          openUserId: ctx.user.id,
          startedAt: now,
          returnAt,
        },
        select: { id: true },
      });
      await notifyPartner(tx, ctx, "time-out-started", { type: "time-out", id: row.id });
      return { id: row.id, returnAt };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new TRPCError({
      code: "CONFLICT",
      message: "You're already on a time-out. Tap “I'm back” when you're ready.",
    });
  }
}

/** "I'm back, ready to talk": only its taker (the where clause has their id), early or late. */
export async function returnFromTimeOut(ctx: CoupleCtx) {
  const now = new Date();
  return ctx.db.$transaction(async (tx) => {
    const running = await tx.timeOut.findFirst({
      where: { openUserId: ctx.user.id, coupleId: ctx.couple.id, endedAt: null },
      select: { id: true },
    });
    const { count } = running
      ? await tx.timeOut.updateMany({
          where: { id: running.id, endedAt: null },
          data: { returnedAt: now, endedAt: now, openUserId: null },
        })
      : { count: 0 };
    if (!running || count !== 1) {
      throw new TRPCError({ code: "NOT_FOUND", message: "You're not on a time-out right now." });
    }
    await notifyPartner(tx, ctx, "time-out-returned", { type: "time-out", id: running.id });
    return { ok: true as const };
  });
}

const reminderKey = (id: string) => `time-out-reminder:${id}`;

/**
 * The scheduler's round: reminds each taker shortly before their return time (once, across
 * instances: the notification's key), and ends those that ran out without a return, with a gentle
 * note to both (once: the guarded update). Returns how many of each.
 */
export async function timeOutRound(db: Db, now = new Date()) {
  const lead = new Date(now.getTime() + REMINDER_LEAD_MINUTES * MINUTE);
  const ranOutBefore = new Date(now.getTime() - GRACE_MINUTES * MINUTE);
  const open = await db.timeOut.findMany({
    where: { endedAt: null, returnAt: { lte: lead } },
    select: { id: true, userId: true, coupleId: true, returnAt: true, couple: { select: { endedAt: true } } },
  });
  const toRemind = open.filter((t) => t.returnAt > ranOutBefore && !t.couple.endedAt);
  const told = new Set(
    toRemind.length === 0
      ? []
      : (
          await db.notification.findMany({
            where: { key: { in: toRemind.map((t) => reminderKey(t.id)) } },
            select: { key: true },
          })
        ).map((n) => n.key),
  );
  let reminded = 0;
  let ended = 0;
  for (const t of toRemind) {
    if (told.has(reminderKey(t.id))) continue;
    try {
      const wrote = await notifyOnce(db, {
        userId: t.userId,
        actorId: null,
        kind: "time-out-reminder",
        object: { type: "time-out", id: t.id },
        coupleId: t.coupleId,
        createdAt: now,
        key: reminderKey(t.id),
      });
      if (wrote) reminded += 1;
    } catch (error) {
      log.error("time-out: could not remind", { timeOutId: t.id, ...describeError(error) });
    }
  }
  for (const t of open.filter((o) => o.returnAt <= ranOutBefore)) {
    try {
      if (await endRanOut(db, t, now)) ended += 1;
    } catch (error) {
      log.error("time-out: could not end", { timeOutId: t.id, ...describeError(error) });
    }
  }
  return { reminded, ended };
}

/** Ends one time-out that ran out; false when another instance did it first. */
async function endRanOut(
  db: Db,
  t: { id: string; userId: string; coupleId: string; couple: { endedAt: Date | null } },
  now: Date,
) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.timeOut.updateMany({
      where: { id: t.id, endedAt: null },
      data: { endedAt: now, openUserId: null },
    });
    if (count !== 1) return false;
    // After an unlink it just ends: the two aren't a couple to tell any more.
    if (t.couple.endedAt) return true;
    const members = await tx.coupleMember.findMany({
      where: { coupleId: t.coupleId, activeUserId: { not: null } },
      select: { userId: true },
    });
    for (const { userId } of members) {
      await notify(tx, {
        userId,
        actorId: userId === t.userId ? null : t.userId,
        kind: "time-out-ended",
        object: { type: "time-out", id: t.id },
        coupleId: t.coupleId,
        createdAt: now,
      });
    }
    return true;
  });
}

/** The person's own time-outs, for their export (never the partner's). */
export function timeOutExport(db: Db, me: string, coupleIds: string[]) {
  return db.timeOut.findMany({
    where: { userId: me, coupleId: { in: coupleIds } },
    select: { coupleId: true, startedAt: true, returnAt: true, returnedAt: true, endedAt: true },
    orderBy: { startedAt: "asc" },
  });
}

/** Account deletion: a person's time-outs are theirs alone. */
export async function deleteTimeOuts(tx: Pick<Db, "timeOut">, me: string) {
  await tx.timeOut.deleteMany({ where: { userId: me } });
}
