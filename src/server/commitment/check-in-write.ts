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
import { refreshCheckInMonth } from "@/server/check-in-months";
import { type CoupleCtx, findInCouple, participates, periodsOf, todayOf } from "@/server/commitment/access";
import { writeCoupleData } from "@/server/couple";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/db-errors";
import { notify } from "@/server/notification/write";

const CHECK_IN_STALE = "This check-in changed in another window while you were saving. Here is the latest.";

/** Kept / partly / missed / didn't come up for one of the caller's local days. */
export async function checkIn(ctx: CoupleCtx, input: TCheckIn) {
  const commitment = await findInCouple(ctx, input.commitmentId);
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
    // A first check-in for the day tells the partner (if they asked to hear of check-ins);
    // corrections don't.
    (tx) =>
      notify(tx, {
        userId: ctx.couple.partner.id,
        actorId: ctx.user.id,
        kind: "check-in-logged",
        object: { type: "commitment", id: commitment.id },
        coupleId: ctx.couple.id,
      }),
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
  onCreate: (tx: Pick<Db, "notification" | "user" | "liveEvent" | "$executeRaw">) => Promise<void>,
): Promise<SaveResult> {
  for (let attempt = 0; attempt < 4; attempt++) {
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
        const created = await writeCoupleData(db, coupleId, async (tx) => {
          const row = await tx.checkIn.create({
            data: { ...key, timeZone, ...values },
            select: { id: true },
          });
          await refreshCheckInMonth(tx, key);
          await onCreate(tx);
          return row;
        });
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
      const noted = await writeCoupleData(db, coupleId, async (tx) => {
        const { count } = await tx.checkIn.updateMany({
          where: { id: existing.id, rev: existing.rev },
          data: { ...values, rev: { increment: 1 }, updatedAt: now },
        });
        return count === 1;
      });
      if (noted) return { id: existing.id, status: "noted" };
      continue;
    }
    const landed = await writeCoupleData(db, coupleId, async (tx) => {
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
      return true;
    });
    if (landed) return { id: existing.id, status: "amended" };
  }
  throw new TRPCError({ code: "CONFLICT", message: CHECK_IN_STALE });
}
