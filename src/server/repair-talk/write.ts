// Writing repair conversations: starting one, each step's private draft and its sharing (the step
// opens exactly once when both have shared, even at the same moment), "what I heard you say" and
// its "yes, that's it" / "not quite", stopping, and the plan becoming a commitment or boundary.
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import type { TFollowThrough } from "@/domain/amends/schemas";
import { localDate } from "@/domain/commitment/schedule";
import {
  bothShared,
  currentStep,
  HEARD_INDEX,
  PART_INDEX,
  PLAN_INDEX,
  STEPS,
  stepIndex,
} from "@/domain/repair-talk/repair-talk";
import type {
  TRepairAmends,
  TRepairAnswer,
  TStartRepairTalk,
  ZHearAgain,
  ZHeardVerdict,
  ZStopRepairTalk,
} from "@/domain/repair-talk/schemas";
import { followThrough, unturned } from "@/server/amends/follow-through";
import { createAmends } from "@/server/amends/write";
import type { CoupleCtx } from "@/server/commitment/access";
import type { Db } from "@/server/db";
import { recordLiveEvent } from "@/server/live/bus";
import { notify, notifyPartner } from "@/server/notification/write";
import { REPAIR_TALK_NOT_FOUND } from "./read";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** What a conversation is about must be the couple's own (a shared amends, not a draft). */
async function linkExists(ctx: CoupleCtx, link: NonNullable<TStartRepairTalk["link"]>) {
  const coupleId = ctx.couple.id;
  if (link.type === "boundary")
    return (await ctx.db.boundary.count({ where: { id: link.id, coupleId } })) === 1;
  if (link.type === "amends") {
    return (
      (await ctx.db.amends.count({
        // Only a shared one: the partner would see the link to a draft of the caller's.
        where: { id: link.id, coupleId, sharedAt: { not: null } },
      })) === 1
    );
  }
  return (await ctx.db.checkIn.count({ where: { id: link.id, commitment: { coupleId } } })) === 1;
}

export async function startRepairTalk(ctx: CoupleCtx, input: TStartRepairTalk) {
  if (input.link && !(await linkExists(ctx, input.link))) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find what this conversation is about." });
  }
  return ctx.db.$transaction(async (tx) => {
    const row = await tx.repairTalk.create({
      data: {
        coupleId: ctx.couple.id,
        startedById: ctx.user.id,
        about: input.about,
        linkType: input.link?.type ?? null,
        linkId: input.link?.id ?? null,
        startedOn: localDate(new Date(), ctx.user.timeZone),
      },
      select: { id: true },
    });
    await notifyPartner(tx, ctx, "repair-talk-started", { type: "repair-talk", id: row.id });
    return row;
  });
}

/** Bumps the conversation's `rev` first: a row lock on PostgreSQL, the write lock on SQLite. */
async function lockOpen(tx: Tx, ctx: CoupleCtx, id: string) {
  const { count } = await tx.repairTalk.updateMany({
    where: { id, coupleId: ctx.couple.id },
    data: { rev: { increment: 1 } },
  });
  if (count !== 1) throw new TRPCError({ code: "NOT_FOUND", message: REPAIR_TALK_NOT_FOUND });
  const talk = await tx.repairTalk.findFirstOrThrow({
    where: { id },
    select: { id: true, status: true, revealed: true },
  });
  if (talk.status !== "open") {
    throw new TRPCError({ code: "CONFLICT", message: "This conversation has ended; it stays as it was." });
  }
  return talk;
}

/**
 * Saves the caller's answer to the step both are on (a private draft: no event, no notification),
 * or shares it. The second sharing of a step opens it, exactly once (`revealed` moves only from
 * the step's own index), and the last step's opening finishes the conversation.
 */
export async function saveRepairAnswer(ctx: CoupleCtx, input: TRepairAnswer) {
  const now = new Date();
  const today = localDate(now, ctx.user.timeZone);
  return ctx.db.$transaction(async (tx) => {
    const talk = await lockOpen(tx, ctx, input.id);
    if (currentStep(talk) !== input.step) {
      throw new TRPCError({
        code: "CONFLICT",
        message: "This conversation has moved on to another step. Here is where it is now.",
      });
    }
    const key = {
      talkId_userId_step_attempt: { talkId: talk.id, userId: ctx.user.id, step: input.step, attempt: 1 },
    };
    const mine = await tx.repairAnswer.findUnique({ where: key, select: { sharedAt: true } });
    if (mine?.sharedAt) {
      throw new TRPCError({
        code: "CONFLICT",
        message: "You've already shared this step; it stays as you shared it.",
      });
    }
    const data = {
      feelings: input.feelings.join(","),
      text: input.text,
      sharedAt: input.share ? now : null,
      sharedOn: input.share ? today : null,
    };
    await tx.repairAnswer.upsert({
      where: key,
      create: { talkId: talk.id, userId: ctx.user.id, step: input.step, attempt: 1, ...data },
      update: data,
    });
    if (!input.share) return { shared: false, revealed: false };
    const shared = await tx.repairAnswer.findMany({
      where: { talkId: talk.id, step: input.step, attempt: 1, sharedAt: { not: null } },
      select: { userId: true },
    });
    const base = {
      userId: ctx.couple.partner.id,
      actorId: ctx.user.id,
      object: { type: "repair-talk" as const, id: talk.id },
      coupleId: ctx.couple.id,
    };
    if (!bothShared(shared)) {
      await notify(tx, { ...base, kind: "repair-talk-shared" });
      return { shared: true, revealed: false };
    }
    const index = stepIndex(input.step);
    const last = index === STEPS.length - 1;
    const { count } = await tx.repairTalk.updateMany({
      where: { id: talk.id, revealed: index },
      data: { revealed: index + 1, ...(last ? { status: "finished", endedOn: today } : {}) },
    });
    if (count === 1) await notify(tx, { ...base, kind: "repair-talk-revealed" });
    return { shared: true, revealed: true };
  });
}

/** The caller's "what I heard you say", said again after a "not quite" (open to both at once). */
export async function hearAgain(ctx: CoupleCtx, input: z.infer<typeof ZHearAgain>) {
  const now = new Date();
  return ctx.db.$transaction(async (tx) => {
    const talk = await lockOpen(tx, ctx, input.id);
    if (talk.revealed <= HEARD_INDEX) {
      throw new TRPCError({
        code: "CONFLICT",
        message: "Share what you heard first; you can say it again after.",
      });
    }
    const latest = await tx.repairAnswer.findFirst({
      where: { talkId: talk.id, userId: ctx.user.id, step: "heard" },
      orderBy: { attempt: "desc" },
      select: { attempt: true, verdict: true },
    });
    if (latest?.verdict !== "not-quite") {
      throw new TRPCError({
        code: "CONFLICT",
        message: "Your partner hasn't said “not quite”, so there's nothing to say again.",
      });
    }
    const row = await tx.repairAnswer.create({
      data: {
        talkId: talk.id,
        userId: ctx.user.id,
        step: "heard",
        attempt: latest.attempt + 1,
        text: input.text,
        sharedAt: now,
        sharedOn: localDate(now, ctx.user.timeZone),
      },
      select: { id: true },
    });
    await recordLiveEvent(tx, { coupleId: ctx.couple.id });
    return row;
  });
}

/** The one whose feelings were said back: "Yes, that's it" or "Not quite", with a word more. */
export async function confirmHeard(ctx: CoupleCtx, input: z.infer<typeof ZHeardVerdict>) {
  const answer = await ctx.db.repairAnswer.findFirst({
    where: { id: input.answerId, step: "heard", talk: { coupleId: ctx.couple.id } },
    select: { id: true, userId: true, talkId: true, talk: { select: { revealed: true } } },
  });
  // Before the step opened, the partner's "what I heard" doesn't exist for the caller.
  if (!answer || (answer.userId !== ctx.user.id && answer.talk.revealed <= HEARD_INDEX)) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that answer." });
  }
  if (answer.userId === ctx.user.id) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Your partner says whether you heard them; you answer what they heard of you.",
    });
  }
  await ctx.db.$transaction(async (tx) => {
    // Once the conversation has ended, what was said of each other stays as it was.
    await lockOpen(tx, ctx, answer.talkId);
    await tx.repairAnswer.update({
      where: { id: answer.id },
      data: { verdict: input.verdict, verdictNote: input.note ?? null },
    });
    await recordLiveEvent(tx, { coupleId: ctx.couple.id });
  });
  return { verdict: input.verdict };
}

/** Either stops it ("we'll take this to our weekly talk / counselor"); what was shared stays. */
export async function stopRepairTalk(ctx: CoupleCtx, input: z.infer<typeof ZStopRepairTalk>) {
  const today = localDate(new Date(), ctx.user.timeZone);
  return ctx.db.$transaction(async (tx) => {
    const talk = await lockOpen(tx, ctx, input.id);
    await tx.repairTalk.update({
      where: { id: talk.id },
      data: { status: "stopped", stoppedById: ctx.user.id, stoppedTo: input.to, endedOn: today },
    });
    await notifyPartner(tx, ctx, "repair-talk-stopped", { type: "repair-talk", id: talk.id });
    return { stopped: true as const, to: input.to };
  });
}

/** The caller's shared plan, once both plans are open, becomes a commitment or a boundary proposal. */
export async function repairFollowThrough(ctx: CoupleCtx, input: TFollowThrough) {
  const answer = await ctx.db.repairAnswer.findFirst({
    where: { id: input.id, step: "plan", talk: { coupleId: ctx.couple.id } },
    select: {
      id: true,
      userId: true,
      text: true,
      sharedAt: true,
      commitmentId: true,
      boundaryId: true,
      talk: { select: { revealed: true } },
    },
  });
  const open = answer ? answer.talk.revealed > PLAN_INDEX : false;
  if (!answer || (answer.userId !== ctx.user.id && !open)) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that answer." });
  }
  if (answer.userId !== ctx.user.id) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only the one who wrote the plan can turn it into a commitment.",
    });
  }
  // Before both plans are open the words are still private: a commitment made from them would show them.
  if (!open || !answer.sharedAt) {
    throw new TRPCError({
      code: "CONFLICT",
      message: "Once you've both shared your plans, yours can become a commitment.",
    });
  }
  if (answer.commitmentId || answer.boundaryId) {
    throw new TRPCError({ code: "CONFLICT", message: "This plan already has a commitment or a boundary." });
  }
  return followThrough(ctx, input, answer.text, (tx, made) =>
    tx.repairAnswer.updateMany({ where: { id: answer.id, ...unturned }, data: made }),
  );
}

/**
 * The caller's shared "my part", once both parts are open, becomes an amends of theirs in one
 * step: shared at once, or a draft to finish on the amends page. Claimed in the amends'
 * transaction, so two submits at the same moment make one.
 */
export async function repairAmends(ctx: CoupleCtx, input: TRepairAmends) {
  const answer = await ctx.db.repairAnswer.findFirst({
    where: { id: input.id, step: "part", talk: { coupleId: ctx.couple.id } },
    select: { id: true, userId: true, sharedAt: true, amendsId: true, talk: { select: { revealed: true } } },
  });
  const open = answer ? answer.talk.revealed > PART_INDEX : false;
  if (!answer || (answer.userId !== ctx.user.id && !open)) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that answer." });
  }
  if (answer.userId !== ctx.user.id) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only the one who wrote their part can make it an amends.",
    });
  }
  if (!open || !answer.sharedAt) {
    throw new TRPCError({
      code: "CONFLICT",
      message: "Once you've both shared your part, yours can become an amends.",
    });
  }
  const taken = () => new TRPCError({ code: "CONFLICT", message: "Your part is already an amends." });
  if (answer.amendsId) throw taken();
  const { id: _answer, ...amends } = input;
  const made = await createAmends(ctx, amends, async (tx, amendsId) => {
    const { count } = await tx.repairAnswer.updateMany({
      where: { id: answer.id, amendsId: null },
      data: { amendsId },
    });
    if (count !== 1) throw taken();
  });
  return { amendsId: made.id };
}
