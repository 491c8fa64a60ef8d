// Boundaries that come up for review: setting a review date on an agreed boundary, each partner's
// answer on the day ("keep, loosen or retire?"), and the scheduler's "your review has come".
// Loosening and retiring are the state machine's own proposals (act.ts), so they end as every
// change does: a new version or a retirement both agreed to.
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { type BoundaryStatus, isArchived } from "@/domain/boundary/boundary";
import { bothKeep, isReviewDue, REVIEW_MAX_DAYS } from "@/domain/boundary/review";
import type { ZReviewAnswer, ZSetReview } from "@/domain/boundary/schemas";
import { addDays, daysBetween, localDate } from "@/domain/commitment/schedule";
import { act, BOUNDARY_NOT_FOUND, type BoundaryCtx } from "@/server/boundary/act";
import type { Db } from "@/server/db";
import { describeError, log } from "@/server/log";
import { notifyOnce, notifyPartner } from "@/server/notification/write";

async function findBoundary(ctx: BoundaryCtx, id: string) {
  const row = await ctx.db.boundary.findFirst({
    where: { id, coupleId: ctx.couple.id },
    select: { id: true, status: true, rev: true, reviewOn: true, activeNumber: true },
  });
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: BOUNDARY_NOT_FOUND });
  return row;
}

/** A review date on an agreed boundary (or none): either partner may set it; the other is told. */
export async function setReview(ctx: BoundaryCtx, input: z.infer<typeof ZSetReview>) {
  const row = await findBoundary(ctx, input.id);
  if (row.activeNumber === null || isArchived(row.status as BoundaryStatus)) {
    throw new TRPCError({
      code: "CONFLICT",
      message: "A review date goes on a boundary you both agreed to.",
    });
  }
  const today = localDate(new Date(), ctx.user.timeZone);
  if (input.reviewOn !== null) assertReviewDate(input.reviewOn, today);
  await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.boundary.updateMany({
      where: { id: row.id, rev: input.rev, couple: { endedAt: null } },
      data: { reviewOn: input.reviewOn, rev: { increment: 1 } },
    });
    if (count !== 1) {
      throw new TRPCError({
        code: "CONFLICT",
        message: "This boundary changed meanwhile; the page shows it now.",
      });
    }
    await tx.boundaryEvent.create({
      data: {
        boundaryId: row.id,
        actorId: ctx.user.id,
        kind: input.reviewOn ? "review-set" : "review-cleared",
        versionNumber: row.activeNumber,
      },
    });
    await notifyPartner(tx, ctx, "boundary-review-set", { type: "boundary", id: row.id });
  });
  return { reviewOn: input.reviewOn, rev: input.rev + 1 };
}

export function assertReviewDate(reviewOn: string, today: string) {
  if (reviewOn <= today) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Pick a review date after today." });
  }
  if (daysBetween(today, reviewOn) > REVIEW_MAX_DAYS) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Pick a review date within the next two years." });
  }
}

/**
 * One partner's answer on the review date. "Keep" is recorded (both keeping ends the review);
 * "loosen" proposes the new wording and "retire" proposes retiring, each through `act`, so the
 * other answers them as they answer every proposal.
 */
export async function answerReview(ctx: BoundaryCtx, input: z.infer<typeof ZReviewAnswer>) {
  const row = await findBoundary(ctx, input.id);
  const today = localDate(new Date(), ctx.user.timeZone);
  if (!row.reviewOn || !isReviewDue(row.status, row.reviewOn, today)) {
    throw new TRPCError({ code: "CONFLICT", message: "This boundary isn't up for review (yet)." });
  }
  const reviewOn = row.reviewOn;
  const record = (db: Pick<Db, "boundaryReview">) =>
    db.boundaryReview.upsert({
      where: { boundaryId_reviewOn_userId: { boundaryId: row.id, reviewOn, userId: ctx.user.id } },
      create: { boundaryId: row.id, reviewOn, userId: ctx.user.id, answer: input.answer, answeredOn: today },
      update: { answer: input.answer, answeredOn: today },
    });
  if (input.answer === "loosen") {
    const { note, ...text } = input.text;
    const done = await act(
      ctx,
      { id: row.id, rev: input.rev, note },
      { type: "proposeRevision", by: ctx.user.id },
      text,
    );
    await record(ctx.db);
    return { ...done, reviewEnded: false };
  }
  if (input.answer === "retire") {
    const done = await act(
      ctx,
      { id: row.id, rev: input.rev, note: input.note },
      { type: "proposeRetire", by: ctx.user.id },
    );
    await record(ctx.db);
    return { ...done, reviewEnded: false };
  }
  if (row.status !== "active") {
    throw new TRPCError({
      code: "CONFLICT",
      message: "A change is waiting for an answer; answer that first.",
    });
  }
  return ctx.db.$transaction(async (tx) => {
    // The row's rev moves with every answer: two "keep"s at the same moment serialize here.
    const { count } = await tx.boundary.updateMany({
      where: { id: row.id, rev: input.rev, couple: { endedAt: null } },
      data: { rev: { increment: 1 } },
    });
    if (count !== 1) {
      throw new TRPCError({
        code: "CONFLICT",
        message: "This boundary changed meanwhile; the page shows it now.",
      });
    }
    await record(tx);
    const answers = await tx.boundaryReview.findMany({
      where: { boundaryId: row.id, reviewOn },
      select: { userId: true, answer: true },
    });
    const ended = bothKeep(answers);
    if (ended) await tx.boundary.update({ where: { id: row.id }, data: { reviewOn: null } });
    await tx.boundaryEvent.create({
      data: {
        boundaryId: row.id,
        actorId: ctx.user.id,
        kind: ended ? "review-kept" : "review-keep",
        versionNumber: row.activeNumber,
      },
    });
    await notifyPartner(tx, ctx, ended ? "boundary-review-kept" : "boundary-review-answered", {
      type: "boundary",
      id: row.id,
    });
    return { id: row.id, status: row.status, rev: input.rev + 1, reviewEnded: ended };
  });
}

const reviewKey = (boundaryId: string, reviewOn: string, userId: string) =>
  `boundary-review:${boundaryId}:${reviewOn}:${userId}`;

/**
 * "A boundary is up for review today", once per person and review date, from its date in their
 * own zone. Run by the scheduler of every instance: the notification's unique key lets one row
 * in. Returns how many were told.
 */
export async function notifyBoundaryReviews(db: Db, now = new Date()): Promise<number> {
  // Somewhere on earth it is already the UTC date's next day.
  const latest = addDays(localDate(now, "UTC"), 1);
  const due = await db.boundary.findMany({
    where: { reviewOn: { not: null, lte: latest }, status: "active", couple: { endedAt: null } },
    select: {
      id: true,
      coupleId: true,
      reviewOn: true,
      reviews: { select: { userId: true, reviewOn: true } },
      couple: {
        select: {
          members: {
            where: { activeUserId: { not: null } },
            select: { user: { select: { id: true, timeZone: true } } },
          },
        },
      },
    },
    take: 1000,
  });
  let told = 0;
  for (const b of due) {
    const reviewOn = b.reviewOn ?? "";
    for (const { user } of b.couple.members) {
      if (localDate(now, user.timeZone) < reviewOn) continue;
      if (b.reviews.some((r) => r.userId === user.id && r.reviewOn === reviewOn)) continue;
      try {
        const wrote = await notifyOnce(db, {
          userId: user.id,
          actorId: null,
          kind: "boundary-review-due",
          object: { type: "boundary", id: b.id },
          coupleId: b.coupleId,
          createdAt: now,
          key: reviewKey(b.id, reviewOn, user.id),
        });
        if (wrote) told += 1;
      } catch (error) {
        log.error("boundary review: could not tell", { userId: user.id, ...describeError(error) });
      }
    }
  }
  return told;
}
