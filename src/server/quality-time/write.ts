// Writing quality time both chose: a person's private marks, the couple's own ideas, putting an
// idea both want on a day (one shared one-off commitment, through the commitments feature's own
// code), and the two small questions afterwards, revealed once both have answered (exactly once,
// even when both answer at the same moment).
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { daysBetween, localDate } from "@/domain/commitment/schedule";
import { builtInIdea } from "@/domain/quality-time/ideas";
import { canReflect, SCHEDULE_MAX_DAYS, shouldReveal } from "@/domain/quality-time/quality-time";
import type { ZAddIdea, ZMarkIdea, ZReflectQualityTime, ZScheduleIdea } from "@/domain/quality-time/schemas";
import type { CoupleCtx } from "@/server/commitment/access";
import { createCommitment } from "@/server/commitment/manage";
import { isUniqueViolation } from "@/server/db-errors";
import { recordLiveEvent } from "@/server/live/bus";
import { notifyPartner } from "@/server/notification/write";
import { ideaTitle, wantedKeys } from "@/server/quality-time/read";

export const IDEA_NOT_FOUND = "We couldn't find that idea.";
export const QUALITY_TIME_NOT_FOUND = "We couldn't find that time together.";

/** A built-in idea, or one of the active couple's own. */
async function assertIdea(ctx: CoupleCtx, ideaKey: string) {
  if (builtInIdea(ideaKey)) return;
  const own = await ctx.db.qualityTimeIdea.findFirst({
    where: { id: ideaKey, coupleId: ctx.couple.id },
    select: { id: true },
  });
  if (!own) throw new TRPCError({ code: "NOT_FOUND", message: IDEA_NOT_FOUND });
}

/**
 * Yes, maybe, not now, or taking the mark back. A mark is its author's alone: the partner's pages
 * are woken only when the set of ideas both want changed (a new one is news; one that left it
 * shows nothing of why), never by a "not now" that changes nothing for them.
 */
export async function markIdea(ctx: CoupleCtx, input: z.infer<typeof ZMarkIdea>) {
  await assertIdea(ctx, input.ideaKey);
  return ctx.db.$transaction(async (tx) => {
    const before = await wantedKeys(tx, ctx);
    const where = {
      coupleId_userId_ideaKey: { coupleId: ctx.couple.id, userId: ctx.user.id, ideaKey: input.ideaKey },
    };
    if (input.choice === null) {
      await tx.qualityTimeVote.deleteMany({
        where: { coupleId: ctx.couple.id, userId: ctx.user.id, ideaKey: input.ideaKey },
      });
    } else {
      await tx.qualityTimeVote.upsert({
        where,
        create: {
          coupleId: ctx.couple.id,
          userId: ctx.user.id,
          ideaKey: input.ideaKey,
          choice: input.choice,
        },
        update: { choice: input.choice },
      });
    }
    const after = await wantedKeys(tx, ctx);
    const bothWant = after.has(input.ideaKey);
    if (bothWant && !before.has(input.ideaKey)) {
      await notifyPartner(tx, ctx, "quality-time-wanted", { type: "quality-time", id: "ideas" });
    } else if (before.has(input.ideaKey) !== bothWant) {
      await recordLiveEvent(tx, { coupleId: ctx.couple.id });
    } else {
      await recordLiveEvent(tx, { userId: ctx.user.id });
    }
    return { choice: input.choice, bothWant };
  });
}

/** An idea of the couple's own, marked "yes" by its author at once (they thought of it). */
export async function addIdea(ctx: CoupleCtx, input: z.infer<typeof ZAddIdea>) {
  return ctx.db.$transaction(async (tx) => {
    const idea = await tx.qualityTimeIdea.create({
      data: {
        coupleId: ctx.couple.id,
        createdById: ctx.user.id,
        title: input.title,
        kind: input.kind,
        effort: input.effort,
        createdOn: localDate(new Date(), ctx.user.timeZone),
      },
      select: { id: true },
    });
    await tx.qualityTimeVote.create({
      data: { coupleId: ctx.couple.id, userId: ctx.user.id, ideaKey: idea.id, choice: "yes" },
    });
    // The partner sees the new idea in the list (to mark it themselves): their page refreshes.
    await recordLiveEvent(tx, { coupleId: ctx.couple.id });
    return idea;
  });
}

/**
 * Puts an idea both want on a day: one shared one-off commitment, due that day, for both. The
 * quality time is written in the commitment's transaction, and the same idea can't be put twice
 * on one day (a unique key), so two partners scheduling it at the same moment make one.
 */
export async function scheduleIdea(ctx: CoupleCtx, input: z.infer<typeof ZScheduleIdea>) {
  await assertIdea(ctx, input.ideaKey);
  if (!(await wantedKeys(ctx.db, ctx)).has(input.ideaKey)) {
    throw new TRPCError({
      code: "CONFLICT",
      message: "Only an idea you both want can go on a day. It may have changed; the list is up to date now.",
    });
  }
  const today = localDate(new Date(), ctx.user.timeZone);
  if (input.day < today) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "That day has passed. Pick today or a later day." });
  }
  if (daysBetween(today, input.day) > SCHEDULE_MAX_DAYS) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Pick a day within the next year." });
  }
  const title = await ideaTitle(ctx, input.ideaKey);
  let qualityTimeId = "";
  try {
    await createCommitment(
      ctx,
      {
        title,
        description: "Time together you both chose.",
        who: "both",
        cadence: { kind: "once", due: input.day },
      },
      async (tx, commitmentId) => {
        const row = await tx.qualityTime.create({
          data: {
            coupleId: ctx.couple.id,
            ideaKey: input.ideaKey,
            title,
            day: input.day,
            commitmentId,
            scheduledById: ctx.user.id,
            scheduledOn: today,
          },
          select: { id: true },
        });
        qualityTimeId = row.id;
        return { kind: "quality-time-scheduled", object: { type: "quality-time", id: row.id } };
      },
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new TRPCError({ code: "CONFLICT", message: "This idea is on that day already." });
  }
  return { id: qualityTimeId };
}

/**
 * "A moment I liked" and "how close I felt": given once, from the day on. The transaction first
 * bumps the quality time's `rev`, which locks its row: two answers at the same moment run one
 * after the other, so the second sees the first and reveals, exactly once.
 */
export async function reflectOnQualityTime(ctx: CoupleCtx, input: z.infer<typeof ZReflectQualityTime>) {
  const found = await ctx.db.qualityTime.findFirst({
    where: { id: input.id, coupleId: ctx.couple.id },
    select: { id: true, day: true },
  });
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: QUALITY_TIME_NOT_FOUND });
  const today = localDate(new Date(), ctx.user.timeZone);
  if (!canReflect(found.day, today)) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "The two questions open on the day itself." });
  }
  return ctx.db.$transaction(async (tx) => {
    const locked = await tx.qualityTime.update({
      where: { id: found.id },
      data: { rev: { increment: 1 } },
      select: { revealedOn: true },
    });
    const mine = await tx.qualityTimeReflection.findUnique({
      where: { qualityTimeId_userId: { qualityTimeId: found.id, userId: ctx.user.id } },
      select: { id: true },
    });
    if (mine) throw new TRPCError({ code: "CONFLICT", message: "You've answered for this time already." });
    await tx.qualityTimeReflection.create({
      data: {
        qualityTimeId: found.id,
        userId: ctx.user.id,
        moment: input.moment,
        closeness: input.closeness,
        answeredOn: today,
      },
    });
    const answers = await tx.qualityTimeReflection.findMany({
      where: { qualityTimeId: found.id },
      select: { userId: true },
    });
    const object = { type: "quality-time" as const, id: found.id };
    if (!shouldReveal(answers) || locked.revealedOn !== null) {
      await notifyPartner(tx, ctx, "quality-time-answered", object);
      return { revealed: false };
    }
    await tx.qualityTime.update({ where: { id: found.id }, data: { revealedOn: today } });
    await notifyPartner(tx, ctx, "quality-time-revealed", object);
    return { revealed: true };
  });
}
