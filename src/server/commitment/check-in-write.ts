// The check-in write path: who may check in on what and when, then an idempotent save that keeps
// corrections as history.
import { TRPCError } from "@trpc/server";
import {
  answerChanged,
  type CheckInValues,
  checkInProblem,
  sameValues,
} from "@/domain/commitment/commitment";
import type { TCheckIn } from "@/domain/commitment/schemas";
import { isOnBreak } from "@/server/break/break";
import { refreshCheckInMonth } from "@/server/check-in-months";
import { type CoupleCtx, findInCouple, participates, periodsOf, todayOf } from "@/server/commitment/access";
import { writeCoupleData } from "@/server/couple";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/db-errors";
import { type NotifyDb, notify } from "@/server/notification/write";

const CHECK_IN_STALE = "This check-in changed in another window while you were saving. Here is the latest.";

/** Kept / partly / missed / didn't come up for one of the caller's local days. */
export async function checkIn(ctx: CoupleCtx, input: TCheckIn) {
  // A day of the author's break stays theirs: no notification, no live signal to the partner.
  // Read beside the commitment (it needs only the person and the day): one round trip fewer.
  const [commitment, onBreak] = await Promise.all([
    findInCouple(ctx, input.commitmentId),
    isOnBreak(ctx.db, ctx.user.id, input.day),
  ]);
  if (!participates(commitment.ownerId, ctx.user.id)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: `This is ${ctx.couple.partner.name}'s commitment; only they can check in on it.`,
    });
  }
  if (commitment.archivedAt) {
    throw new TRPCError({
      code: "CONFLICT",
      message: "This commitment is archived. Bring it back to check in.",
    });
  }
  const [pauses, onceCheckIn] = await Promise.all([
    ctx.db.commitmentPause.findMany({
      where: { commitmentId: commitment.id, userId: ctx.user.id },
      select: { from: true, to: true },
    }),
    commitment.kind === "once"
      ? ctx.db.checkIn.findFirst({
          where: { commitmentId: commitment.id, userId: ctx.user.id },
          select: { day: true },
        })
      : null,
  ]);
  const problem = checkInProblem({
    periods: periodsOf(commitment.cadences),
    pauses,
    day: input.day,
    today: todayOf(ctx.user),
    outcome: input.outcome,
    onceCheckedOn: onceCheckIn?.day ?? null,
  });
  if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: problem });
  const requestKey = input.requestKey ?? null;
  if (requestKey && Date.now() - (keysPruned.get(ctx.db) ?? 0) > 60 * 60_000) {
    keysPruned.set(ctx.db, Date.now());
    await pruneRequestKeys(ctx.db);
  }
  const saved = await saveCheckIn(
    ctx.db,
    ctx.couple.id,
    { commitmentId: commitment.id, userId: ctx.user.id, day: input.day },
    ctx.user.timeZone,
    {
      outcome: input.outcome,
      note: input.note ?? null,
      noteShared: input.noteShared,
      excused: input.excused,
      excuseNote: input.excuseNote ?? null,
    },
    requestKey,
    // A first check-in for the day tells the partner (if they asked to hear of check-ins);
    // corrections don't.
    async (tx) => {
      if (onBreak) return;
      await notify(tx, {
        userId: ctx.couple.partner.id,
        actorId: ctx.user.id,
        kind: commitment.ownerId === null ? "shared-check-in-logged" : "check-in-logged",
        object: { type: "commitment", id: commitment.id },
        coupleId: ctx.couple.id,
      });
    },
    onBreak ? { liveOnlyFor: ctx.user.id } : {},
  );
  return { ...saved, day: input.day };
}

type SaveResult = { id: string; status: "created" | "unchanged" | "amended" | "noted" };

/**
 * Saves the person's check-in for a day: creates it, or corrects it (keeping the earlier values as
 * a revision). Idempotent: the same values again change nothing. Concurrent submits meet the
 * unique (commitment, person, day) constraint or the `rev` guard and are retried as a correction.
 */
async function saveCheckIn(
  db: Db,
  coupleId: string,
  key: { commitmentId: string; userId: string; day: string },
  timeZone: string,
  values: CheckInValues,
  requestKey: string | null,
  onCreate: (tx: NotifyDb) => Promise<void>,
  live: { liveOnlyFor?: string },
): Promise<SaveResult> {
  // The key is written in the transaction of the change it made; a replay finds it and stops.
  const remember = async (tx: Pick<Db, "requestKey">) => {
    if (requestKey) await tx.requestKey.create({ data: { userId: key.userId, key: requestKey } });
  };
  for (let attempt = 0; attempt < 4; attempt++) {
    if (requestKey && (await seen(db, key.userId, requestKey))) {
      const current = await db.checkIn.findUnique({
        where: { commitmentId_userId_day: key },
        select: { id: true },
      });
      return { id: current?.id ?? "", status: "unchanged" };
    }
    const existing = await db.checkIn.findUnique({
      where: { commitmentId_userId_day: key },
      select: {
        id: true,
        rev: true,
        outcome: true,
        note: true,
        noteShared: true,
        excused: true,
        excuseNote: true,
        updatedAt: true,
      },
    });
    if (!existing) {
      try {
        const created = await writeCoupleData(
          db,
          coupleId,
          async (tx) => {
            const row = await tx.checkIn.create({
              data: { ...key, timeZone, ...values },
              select: { id: true },
            });
            await refreshCheckInMonth(tx, key);
            await remember(tx);
            await onCreate(tx);
            return row;
          },
          live,
        );
        return { id: created.id, status: "created" };
      } catch (error) {
        if (isUniqueViolation(error)) continue;
        throw error;
      }
    }
    if (sameValues(existing, values)) return { id: existing.id, status: "unchanged" };
    const now = new Date();
    // Only a changed answer (outcome or excuse) is a correction. A note added or edited later is
    // not: it leaves no "amended" mark and no earlier answer behind (so the partner learns nothing
    // of a private note's edit, and nothing reads as suspicion).
    if (!answerChanged(existing, values)) {
      const noted = await writeCoupleData(
        db,
        coupleId,
        async (tx) => {
          const { count } = await tx.checkIn.updateMany({
            where: { id: existing.id, rev: existing.rev },
            data: { ...values, rev: { increment: 1 }, updatedAt: now },
          });
          if (count === 1) await remember(tx);
          return count === 1;
        },
        live,
      );
      if (noted) return { id: existing.id, status: "noted" };
      continue;
    }
    const landed = await writeCoupleData(
      db,
      coupleId,
      async (tx) => {
        const { count } = await tx.checkIn.updateMany({
          where: { id: existing.id, rev: existing.rev },
          data: { ...values, rev: { increment: 1 }, amendedAt: now, updatedAt: now },
        });
        if (count !== 1) return false;
        await tx.checkInRevision.create({
          data: {
            checkInId: existing.id,
            outcome: existing.outcome,
            note: existing.note,
            noteShared: existing.noteShared,
            excused: existing.excused,
            excuseNote: existing.excuseNote,
            createdAt: existing.updatedAt,
          },
        });
        await refreshCheckInMonth(tx, key);
        await remember(tx);
        return true;
      },
      live,
    );
    if (landed) return { id: existing.id, status: "amended" };
  }
  throw new TRPCError({ code: "CONFLICT", message: CHECK_IN_STALE });
}

const REQUEST_KEY_DAYS = 30;
const keysPruned = new WeakMap<Db, number>();

async function seen(db: Db, userId: string, key: string) {
  const row = await db.requestKey.findUnique({
    where: { userId_key: { userId, key } },
    select: { key: true },
  });
  return row !== null;
}

/** Keys older than 30 days are forgotten (a queued check-in is locked after 7 days anyway). */
export async function pruneRequestKeys(db: Db, now = new Date()) {
  await db.requestKey.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - REQUEST_KEY_DAYS * 86_400_000) } },
  });
}

/** How long after a check-in its Undo still takes it back entirely. */
export const UNDO_WINDOW_MS = 2 * 60_000;

/**
 * Takes back a check-in its author made moments ago and hasn't changed since (the Undo of a
 * one-tap answer): the row goes, with the partner's unread "checked in" notification about it.
 * Anything older, corrected or already answered by the partner stays, to be changed instead.
 */
export async function undoCheckIn(ctx: CoupleCtx, id: string) {
  const row = await ctx.db.checkIn.findFirst({
    where: { id, userId: ctx.user.id, commitment: { coupleId: ctx.couple.id } },
    select: {
      id: true,
      commitmentId: true,
      day: true,
      rev: true,
      createdAt: true,
      _count: { select: { acks: true, revisions: true } },
    },
  });
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "That check-in isn't there any more." });
  if (
    row.rev !== 0 ||
    row._count.acks > 0 ||
    row._count.revisions > 0 ||
    Date.now() - row.createdAt.getTime() > UNDO_WINDOW_MS
  ) {
    throw new TRPCError({
      code: "CONFLICT",
      message: "This check-in can't be taken back any more. You can still change the answer.",
    });
  }
  const key = { commitmentId: row.commitmentId, userId: ctx.user.id, day: row.day };
  await writeCoupleData(ctx.db, ctx.couple.id, async (tx) => {
    const { count } = await tx.checkIn.deleteMany({ where: { id: row.id, rev: 0 } });
    if (count !== 1) throw new TRPCError({ code: "CONFLICT", message: CHECK_IN_STALE });
    // The rebuild replaces months that still have check-ins and deletes none: drop the month
    // first, so a month whose only check-in this was doesn't keep it.
    await tx.checkInMonth.deleteMany({
      where: { commitmentId: key.commitmentId, userId: key.userId, month: key.day.slice(0, 7) },
    });
    await refreshCheckInMonth(tx, key);
    await tx.notification.deleteMany({
      where: {
        userId: ctx.couple.partner.id,
        actorId: ctx.user.id,
        kind: { in: ["check-in-logged", "shared-check-in-logged"] },
        objectId: row.commitmentId,
        readAt: null,
        createdAt: { gte: row.createdAt },
      },
    });
  });
  return { id: row.id, day: row.day };
}
