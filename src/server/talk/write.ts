// Writing the weekly talk: the couple's day, each partner's private answers, the reveal when both
// have submitted (exactly once, even when both submit at the same moment), skipping a week,
// reflections and their confirmations, and turning a request into a commitment or boundary.
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import type { ZFollowThrough } from "@/domain/amends/schemas";
import { daysBetween, localDate } from "@/domain/commitment/schedule";
import type { ZConfirm, ZReflect, ZSkip, ZTalkAnswers, ZTalkDay } from "@/domain/talk/schemas";
import {
  ANSWERABLE_DAYS,
  canConfirm,
  canReflect,
  isOpenFor,
  isTalkDay,
  shouldReveal,
} from "@/domain/talk/talk";
import { followThrough, unturned } from "@/server/amends/follow-through";
import type { CoupleCtx } from "@/server/commitment/access";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/db-errors";
import { recordLiveEvent } from "@/server/live/bus";
import { notify, notifyPartner } from "@/server/notification/write";

export const TALK_NOT_FOUND = "We couldn't find that talk.";

export async function setTalkDay(ctx: CoupleCtx, input: z.infer<typeof ZTalkDay>) {
  await ctx.db.$transaction(async (tx) => {
    // Choosing the same day again changes nothing (nor the day it was chosen on).
    await tx.couple.updateMany({
      where: {
        id: ctx.couple.id,
        endedAt: null,
        OR: [{ talkDay: null }, { talkDay: { not: input.day } }],
      },
      data: { talkDay: input.day, talkDayOn: localDate(new Date(), ctx.user.timeZone) },
    });
    await recordLiveEvent(tx, { coupleId: ctx.couple.id });
  });
  return { day: input.day };
}

async function talkDayOf(ctx: CoupleCtx): Promise<number> {
  const couple = await ctx.db.couple.findFirst({ where: { id: ctx.couple.id }, select: { talkDay: true } });
  if (couple?.talkDay === null || couple?.talkDay === undefined) {
    throw new TRPCError({ code: "CONFLICT", message: "Choose your talk day first." });
  }
  return couple.talkDay;
}

/** The week's talk row, made on first use; two partners making it at once both get the one row. */
async function ensureTalk(db: Db, coupleId: string, week: string) {
  const select = { id: true, revealedAt: true, skippedAt: true } as const;
  const found = await db.talk.findUnique({ where: { coupleId_week: { coupleId, week } }, select });
  if (found) return found;
  try {
    return await db.talk.create({ data: { coupleId, week }, select });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.talk.findUniqueOrThrow({ where: { coupleId_week: { coupleId, week } }, select });
  }
}

/** A week the person may answer: a talk day of the couple, reached in their zone, not long past. */
async function checkAnswerable(ctx: CoupleCtx, week: string) {
  const talkDay = await talkDayOf(ctx);
  const now = new Date();
  if (!isTalkDay(week, talkDay)) {
    // A week begun before the talk day changed stays answerable.
    const where = { coupleId: ctx.couple.id, week };
    const [talk, draft] = await Promise.all([
      ctx.db.talk.findUnique({ where: { coupleId_week: where }, select: { id: true } }),
      ctx.db.talkDraft.findUnique({
        where: { coupleId_week_userId: { ...where, userId: ctx.user.id } },
        select: { id: true },
      }),
    ]);
    if (!talk && !draft) throw new TRPCError({ code: "NOT_FOUND", message: TALK_NOT_FOUND });
  }
  if (!isOpenFor(week, now, ctx.user.timeZone)) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "This week's talk opens on its day." });
  }
  if (daysBetween(week, localDate(now, ctx.user.timeZone)) > ANSWERABLE_DAYS) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "That talk is past; this week's is waiting." });
  }
}

async function answerableTalk(ctx: CoupleCtx, week: string) {
  await checkAnswerable(ctx, week);
  return ensureTalk(ctx.db, ctx.couple.id, week);
}

const SHARED_ALREADY = "You've already shared your answers for this week.";
const SKIPPED = "This week's talk was skipped.";

/**
 * Keeps the person's unshared answers as a TalkDraft, touching nothing of the week's Talk: no row
 * is made, no counter moves, no event is written, so the partner can't tell that anyone began.
 */
async function saveDraft(ctx: CoupleCtx, input: z.infer<typeof ZTalkAnswers>) {
  await checkAnswerable(ctx, input.week);
  const { week, submit: _submit, ...text } = input;
  const talk = await ctx.db.talk.findUnique({
    where: { coupleId_week: { coupleId: ctx.couple.id, week } },
    select: { skippedAt: true, answers: { where: { userId: ctx.user.id }, select: { id: true } } },
  });
  if (talk?.skippedAt) throw new TRPCError({ code: "CONFLICT", message: SKIPPED });
  if (talk && talk.answers.length > 0) throw new TRPCError({ code: "CONFLICT", message: SHARED_ALREADY });
  const key = { coupleId: ctx.couple.id, week, userId: ctx.user.id };
  await ctx.db.talkDraft.upsert({
    where: { coupleId_week_userId: key },
    create: { ...key, ...text },
    update: text,
  });
  return { submitted: false, revealed: false };
}

/**
 * Saves the person's answers as a private draft, or shares them. Sharing first bumps the talk's
 * `rev`, which locks its row: two submissions at the same moment run one after the other, so the
 * second sees the first and reveals, exactly once.
 */
export async function saveAnswers(ctx: CoupleCtx, input: z.infer<typeof ZTalkAnswers>) {
  if (!input.submit) return saveDraft(ctx, input);
  const talk = await answerableTalk(ctx, input.week);
  const { week: _week, submit: _submit, ...text } = input;
  const now = new Date();
  return ctx.db.$transaction(async (tx) => {
    const locked = await tx.talk.update({
      where: { id: talk.id },
      data: { rev: { increment: 1 } },
      select: { revealedAt: true, skippedAt: true },
    });
    if (locked.skippedAt) throw new TRPCError({ code: "CONFLICT", message: SKIPPED });
    const mine = await tx.talkAnswer.findUnique({
      where: { talkId_userId: { talkId: talk.id, userId: ctx.user.id } },
      select: { submittedAt: true },
    });
    if (mine?.submittedAt) throw new TRPCError({ code: "CONFLICT", message: SHARED_ALREADY });
    const data = { ...text, submittedAt: now };
    await tx.talkAnswer.upsert({
      where: { talkId_userId: { talkId: talk.id, userId: ctx.user.id } },
      create: { talkId: talk.id, userId: ctx.user.id, ...data },
      update: data,
    });
    await tx.talkDraft.deleteMany({
      where: { coupleId: ctx.couple.id, week: input.week, userId: ctx.user.id },
    });
    const answers = await tx.talkAnswer.findMany({
      where: { talkId: talk.id },
      select: { userId: true, submittedAt: true },
    });
    const base = {
      actorId: ctx.user.id,
      object: { type: "talk" as const, id: input.week },
      coupleId: ctx.couple.id,
      createdAt: now,
    };
    if (!shouldReveal(locked, answers)) {
      await notify(tx, { ...base, userId: ctx.couple.partner.id, kind: "talk-ready" });
      return { submitted: true, revealed: false };
    }
    const { count } = await tx.talk.updateMany({
      where: { id: talk.id, revealedAt: null },
      data: { revealedAt: now },
    });
    // The one who submitted second sees the reveal at once; the other one is told.
    if (count === 1) await notify(tx, { ...base, userId: ctx.couple.partner.id, kind: "talk-revealed" });
    return { submitted: true, revealed: true };
  });
}

/** "Not this week", by either, without penalty; it can be taken back until the reveal. */
export async function skipTalk(ctx: CoupleCtx, input: z.infer<typeof ZSkip>) {
  const talk = await answerableTalk(ctx, input.week);
  return ctx.db.$transaction(async (tx) => {
    const locked = await tx.talk.update({
      where: { id: talk.id },
      data: { rev: { increment: 1 } },
      select: { revealedAt: true, skippedAt: true },
    });
    if (locked.revealedAt) {
      throw new TRPCError({ code: "CONFLICT", message: "You've both answered already; this talk is open." });
    }
    if (Boolean(locked.skippedAt) === input.skipped) return { skipped: input.skipped };
    await tx.talk.update({
      where: { id: talk.id },
      data: input.skipped
        ? { skippedAt: new Date(), skippedById: ctx.user.id }
        : { skippedAt: null, skippedById: null },
    });
    if (input.skipped) {
      await notifyPartner(tx, ctx, "talk-skipped", { type: "talk", id: input.week });
    } else {
      await recordLiveEvent(tx, { coupleId: ctx.couple.id });
    }
    return { skipped: input.skipped };
  });
}

/** An answer of the active couple's talks, with its talk (for reflecting and confirming). */
async function findAnswer(ctx: CoupleCtx, answerId: string) {
  const answer = await ctx.db.talkAnswer.findFirst({
    where: { id: answerId, talk: { coupleId: ctx.couple.id } },
    select: {
      id: true,
      userId: true,
      submittedAt: true,
      request: true,
      commitmentId: true,
      boundaryId: true,
      talk: { select: { week: true, revealedAt: true, skippedAt: true } },
    },
  });
  // Before the reveal, the partner's answer doesn't exist for the viewer.
  if (!answer || (answer.userId !== ctx.user.id && !answer.talk.revealedAt)) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that answer." });
  }
  return answer;
}

/** "What I heard you say…": the listener says one answer back; a new wording asks the writer again. */
export async function reflect(ctx: CoupleCtx, input: z.infer<typeof ZReflect>) {
  const answer = await findAnswer(ctx, input.answerId);
  if (!canReflect(answer.talk, answer.userId, ctx.user.id)) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "You reflect your partner's answers, not your own.",
    });
  }
  return ctx.db.$transaction(async (tx) => {
    const first = (await tx.talkReflection.count({ where: { answerId: answer.id } })) === 0;
    const data = { text: input.text, verdict: null, verdictNote: null };
    const saved = await tx.talkReflection.upsert({
      where: { answerId_prompt: { answerId: answer.id, prompt: input.prompt } },
      create: { answerId: answer.id, prompt: input.prompt, byId: ctx.user.id, ...data },
      update: data,
      select: { id: true },
    });
    // One notification for the first reflection of an answer; later ones refresh the page only.
    if (first) {
      await notify(tx, {
        userId: answer.userId,
        actorId: ctx.user.id,
        kind: "talk-reflected",
        object: { type: "talk", id: answer.talk.week },
        coupleId: ctx.couple.id,
      });
    } else {
      await recordLiveEvent(tx, { coupleId: ctx.couple.id });
    }
    return saved;
  });
}

/** The writer: "Yes, that's it" or "Not quite", with a word more. */
export async function confirmReflection(ctx: CoupleCtx, input: z.infer<typeof ZConfirm>) {
  const reflection = await ctx.db.talkReflection.findFirst({
    where: { id: input.reflectionId, answer: { talk: { coupleId: ctx.couple.id } } },
    select: { id: true, answer: { select: { userId: true } } },
  });
  if (!reflection) throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that reflection." });
  if (!canConfirm(reflection.answer.userId, ctx.user.id)) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Only the one who wrote the answer can say if it was heard.",
    });
  }
  await ctx.db.$transaction(async (tx) => {
    await tx.talkReflection.update({
      where: { id: reflection.id },
      data: { verdict: input.verdict, verdictNote: input.note ?? null },
    });
    await recordLiveEvent(tx, { coupleId: ctx.couple.id });
  });
  return { verdict: input.verdict };
}

/** The writer turns their submitted request into a commitment or a boundary proposal. */
export async function talkFollowThrough(ctx: CoupleCtx, input: z.infer<typeof ZFollowThrough>) {
  const answer = await findAnswer(ctx, input.id);
  if (answer.userId !== ctx.user.id) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only the one who asked can turn a request into a commitment.",
    });
  }
  // Before the reveal the request is still private: a commitment made from it would show it.
  if (!answer.talk.revealedAt || !answer.request) {
    throw new TRPCError({
      code: "CONFLICT",
      message: "Once you've both answered, a request can become a commitment.",
    });
  }
  if (answer.commitmentId || answer.boundaryId) {
    throw new TRPCError({
      code: "CONFLICT",
      message: "This request already has a commitment or a boundary.",
    });
  }
  return followThrough(ctx, input, answer.request, (tx, made) =>
    tx.talkAnswer.updateMany({ where: { id: answer.id, ...unturned }, data: made }),
  );
}
