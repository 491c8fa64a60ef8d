// Making and changing commitments: create, edit, archive, pause. Every write goes through
// `writeCoupleData`, so the dashboard sees it.
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { type BoundaryStatus, isArchived } from "@/domain/boundary/boundary";
import { cadenceChangeFrom, kindOf } from "@/domain/commitment/commitment";
import { BACKFILL_DAYS, daysBetween, earlierDate, localDate } from "@/domain/commitment/schedule";
import {
  PAUSE_MAX_DAYS,
  type TCadence,
  type ZArchive,
  type ZCreate,
  type ZEdit,
  type ZPause,
} from "@/domain/commitment/schemas";
import type { NotificationKind, ObjectType } from "@/domain/notification/kinds";
import {
  assertCanManage,
  type CoupleCtx,
  findInCouple,
  periodsOf,
  todayOf,
} from "@/server/commitment/access";
import { type Tx, writeCoupleData } from "@/server/couple";
import { notifyPartner } from "@/server/notification/write";

async function assertBoundaryServes(ctx: CoupleCtx, boundaryId: string | null | undefined) {
  if (!boundaryId) return;
  const boundary = await ctx.db.boundary.findFirst({
    where: { id: boundaryId, coupleId: ctx.couple.id },
    select: { status: true, activeNumber: true },
  });
  if (!boundary || boundary.activeNumber === null || isArchived(boundary.status as BoundaryStatus)) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "A commitment can only serve a boundary you both agreed to and that is still active.",
    });
  }
}

function assertDueDate(cadence: TCadence, today: string) {
  if (cadence.kind !== "once") return;
  if (cadence.due < today) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "That due date has passed. Pick today or a later day.",
    });
  }
  if (daysBetween(today, cadence.due) > 366 * 2) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Pick a due date within the next two years." });
  }
}

/** What the partner is told of a commitment made from something else, instead of "a new commitment". */
type Notice = { kind: NotificationKind; object: { type: ObjectType; id: string } };

/**
 * `within` runs in the commitment's own transaction, after it is written: a caller that made it
 * from something else (a plan, a quality time) writes or claims that something there, and throwing
 * undoes the commitment. It may name what the partner is told instead.
 */
export async function createCommitment(
  ctx: CoupleCtx,
  input: z.infer<typeof ZCreate>,
  within?: (tx: Tx, id: string) => Promise<Notice | void>,
) {
  const today = todayOf(ctx.user);
  // "From today" for a shared commitment means each partner's today: the earlier of the two dates.
  const partnerToday = localDate(new Date(), ctx.couple.partner.timeZone);
  const startsOn = input.startsOn ?? (input.who === "both" ? earlierDate(partnerToday, today) : today);
  if (daysBetween(startsOn, today) > BACKFILL_DAYS) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "A commitment can start at most 7 days ago." });
  }
  if (daysBetween(today, startsOn) > 366) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Pick a start within the next year." });
  }
  assertDueDate(input.cadence, today);
  if (input.cadence.kind === "once" && input.cadence.due < startsOn) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "The due date can't be before the start." });
  }
  await assertBoundaryServes(ctx, input.boundaryId);
  return writeCoupleData(ctx.db, ctx.couple.id, async (tx) => {
    const created = await tx.commitment.create({
      data: {
        coupleId: ctx.couple.id,
        createdById: ctx.user.id,
        ownerId: input.who === "me" ? ctx.user.id : null,
        title: input.title,
        description: input.description ?? "",
        kind: kindOf(input.cadence),
        boundaryId: input.boundaryId ?? null,
        cadences: { create: { from: startsOn, cadence: JSON.stringify(input.cadence) } },
      },
      select: { id: true },
    });
    const notice = (await within?.(tx, created.id)) ?? {
      kind: "commitment-created" as const,
      object: { type: "commitment" as const, id: created.id },
    };
    await notifyPartner(tx, ctx, notice.kind, notice.object);
    return created;
  });
}

/**
 * Title, description, linked boundary and cadence. Once check-ins exist, a new cadence applies
 * from the start of the next week (the editor's week), so past weeks keep their targets.
 */
export async function editCommitment(ctx: CoupleCtx, input: z.infer<typeof ZEdit>) {
  const commitment = await findInCouple(ctx, input.id);
  assertCanManage(ctx, commitment.ownerId);
  if (commitment.archivedAt) {
    throw new TRPCError({
      code: "CONFLICT",
      message: "This commitment is archived. Bring it back to change it.",
    });
  }
  if (kindOf(input.cadence) !== commitment.kind) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "A commitment keeps its kind. To change it, archive this one and make a new one.",
    });
  }
  if (input.boundaryId !== undefined) await assertBoundaryServes(ctx, input.boundaryId);
  const today = todayOf(ctx.user);
  const periods = periodsOf(commitment.cadences);
  const cadenceChanged = JSON.stringify(periods.at(-1)?.cadence) !== JSON.stringify(input.cadence);
  let cadenceFrom: string | null = null;
  if (cadenceChanged) {
    const hasCheckIns = (await ctx.db.checkIn.count({ where: { commitmentId: commitment.id } })) > 0;
    if (input.cadence.kind === "once") {
      if (hasCheckIns) {
        throw new TRPCError({
          code: "CONFLICT",
          message: "This one-off already has a check-in, so its due date stays as it is.",
        });
      }
      assertDueDate(input.cadence, today);
    }
    cadenceFrom = cadenceChangeFrom({
      today,
      weekStartsOn: ctx.user.weekStartsOn,
      hasCheckIns,
      firstFrom: periods[0]?.from ?? today,
    });
  }
  const from = cadenceFrom;
  await writeCoupleData(ctx.db, ctx.couple.id, async (tx) => {
    if (from !== null) {
      await tx.commitmentCadence.deleteMany({ where: { commitmentId: commitment.id, from: { gte: from } } });
      await tx.commitmentCadence.create({
        data: { commitmentId: commitment.id, from, cadence: JSON.stringify(input.cadence) },
      });
    }
    await tx.commitment.update({
      where: { id: commitment.id },
      data: {
        title: input.title,
        description: input.description ?? "",
        ...(input.boundaryId !== undefined ? { boundaryId: input.boundaryId } : {}),
      },
    });
    await notifyPartner(tx, ctx, "commitment-changed", { type: "commitment", id: commitment.id });
  });
  return { id: commitment.id, cadenceFrom };
}

/** Archive (history kept) or bring back. */
export async function archiveCommitment(ctx: CoupleCtx, input: z.infer<typeof ZArchive>) {
  const commitment = await findInCouple(ctx, input.id);
  assertCanManage(ctx, commitment.ownerId);
  await writeCoupleData(ctx.db, ctx.couple.id, async (tx) => {
    await tx.commitment.update({
      where: { id: commitment.id },
      data: { archivedAt: input.archived ? (commitment.archivedAt ?? new Date()) : null },
    });
    // Archiving twice, or bringing back what wasn't archived, tells nobody anything new.
    if (input.archived !== (commitment.archivedAt !== null)) {
      await notifyPartner(tx, ctx, input.archived ? "commitment-ended" : "commitment-changed", {
        type: "commitment",
        id: commitment.id,
      });
    }
  });
  return { id: commitment.id, archived: input.archived };
}

/** Pause my part of a commitment for a range of my local days (up to 7 days back). */
export async function pauseCommitment(ctx: CoupleCtx, input: z.infer<typeof ZPause>) {
  const commitment = await findInCouple(ctx, input.commitmentId);
  assertCanManage(ctx, commitment.ownerId);
  const today = todayOf(ctx.user);
  if (daysBetween(input.from, today) > BACKFILL_DAYS) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "A pause can start at most 7 days ago." });
  }
  if (daysBetween(input.from, input.to) + 1 > PAUSE_MAX_DAYS) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "A pause can last a year at most." });
  }
  const overlapping = await ctx.db.commitmentPause.findFirst({
    where: {
      commitmentId: commitment.id,
      userId: ctx.user.id,
      from: { lte: input.to },
      to: { gte: input.from },
    },
    select: { id: true },
  });
  if (overlapping) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Some of these days are already paused. Remove that pause first, or pick other days.",
    });
  }
  return writeCoupleData(ctx.db, ctx.couple.id, async (tx) => {
    const pause = await tx.commitmentPause.create({
      data: { commitmentId: commitment.id, userId: ctx.user.id, from: input.from, to: input.to },
      select: { id: true, from: true, to: true },
    });
    await notifyPartner(tx, ctx, "commitment-paused", { type: "commitment", id: commitment.id });
    return pause;
  });
}

/** Remove one of my pauses. */
export async function unpauseCommitment(ctx: CoupleCtx, pauseId: string) {
  const { count } = await writeCoupleData(ctx.db, ctx.couple.id, (tx) =>
    tx.commitmentPause.deleteMany({
      where: { id: pauseId, userId: ctx.user.id, commitment: { coupleId: ctx.couple.id } },
    }),
  );
  if (count !== 1) throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that pause." });
  return { id: pauseId };
}
