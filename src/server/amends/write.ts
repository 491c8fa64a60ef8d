// Writing amends: drafts (the author's alone, no event reaches the partner), sharing, the partner's
// answer, follow-ups, "we talked about it" and the one-step follow-through. Every change the partner
// may see notifies them (or records a live event) in its own transaction.
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { canAnswer, canEdit, canFollowUp, isVisibleTo } from "@/domain/amends/amends";
import type {
  ZAmendsRef,
  ZAnswerAmends,
  ZCreateAmends,
  ZEditAmends,
  ZFollowThrough,
  ZFollowUp,
} from "@/domain/amends/schemas";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import { followThrough, unturned } from "@/server/amends/follow-through";
import type { CoupleCtx } from "@/server/commitment/access";
import { recordLiveEvent } from "@/server/live/bus";
import { notify, notifyPartner } from "@/server/notification/write";

export const AMENDS_NOT_FOUND = "We couldn't find that amends.";

/** One amends of the active couple, as the viewer may see it: a partner's draft doesn't exist. */
export async function findAmends(ctx: CoupleCtx, id: string) {
  const row = await ctx.db.amends.findFirst({
    where: { id, coupleId: ctx.couple.id, OR: [{ sharedAt: { not: null } }, { authorId: ctx.user.id }] },
    select: {
      id: true,
      authorId: true,
      sharedAt: true,
      answer: true,
      talkedAt: true,
      rev: true,
      different: true,
      commitmentId: true,
      boundaryId: true,
    },
  });
  if (!row || !isVisibleTo(row, ctx.user.id))
    throw new TRPCError({ code: "NOT_FOUND", message: AMENDS_NOT_FOUND });
  return row;
}

const stale = () =>
  new TRPCError({ code: "CONFLICT", message: "This amends changed in the meantime. Here is the latest." });

/** `within` runs in the amends' own transaction (a repair conversation claims its "my part" there). */
export async function createAmends(
  ctx: CoupleCtx,
  input: z.infer<typeof ZCreateAmends>,
  within?: (tx: Prisma.TransactionClient, id: string) => Promise<void>,
) {
  const { share, ...text } = input;
  const now = new Date();
  return ctx.db.$transaction(async (tx) => {
    const created = await tx.amends.create({
      data: { coupleId: ctx.couple.id, authorId: ctx.user.id, ...text, sharedAt: share ? now : null },
      select: { id: true, rev: true },
    });
    await within?.(tx, created.id);
    if (share) await notifyPartner(tx, ctx, "amends-shared", { type: "amends", id: created.id });
    return created;
  });
}

export async function editAmends(ctx: CoupleCtx, input: z.infer<typeof ZEditAmends>) {
  const found = await findAmends(ctx, input.id);
  if (!canEdit(found, ctx.user.id)) {
    throw new TRPCError({
      code: found.authorId === ctx.user.id ? "CONFLICT" : "FORBIDDEN",
      message:
        found.authorId === ctx.user.id
          ? "What you shared stays as you shared it. Add a follow-up instead."
          : "Only its author can change an amends.",
    });
  }
  const { id, rev, ...text } = input;
  const { count } = await ctx.db.amends.updateMany({
    where: { id, coupleId: ctx.couple.id, authorId: ctx.user.id, sharedAt: null, rev },
    data: { ...text, rev: { increment: 1 } },
  });
  if (count !== 1) throw stale();
  return { id, rev: rev + 1 };
}

export async function shareAmends(ctx: CoupleCtx, input: z.infer<typeof ZAmendsRef>) {
  const found = await findAmends(ctx, input.id);
  if (found.authorId !== ctx.user.id) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only its author can share an amends." });
  }
  if (found.sharedAt) return { id: found.id, rev: found.rev };
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.amends.updateMany({
      where: { id: input.id, coupleId: ctx.couple.id, authorId: ctx.user.id, sharedAt: null, rev: input.rev },
      data: { sharedAt: new Date(), rev: { increment: 1 } },
    });
    if (count !== 1) throw stale();
    await notifyPartner(tx, ctx, "amends-shared", { type: "amends", id: input.id });
    return { id: input.id, rev: input.rev + 1 };
  });
}

/** A draft can be thrown away; what was shared stays. */
export async function deleteDraft(ctx: CoupleCtx, input: { id: string }) {
  const found = await findAmends(ctx, input.id);
  if (!canEdit(found, ctx.user.id)) {
    throw new TRPCError({
      code: found.authorId === ctx.user.id ? "CONFLICT" : "FORBIDDEN",
      message: "Only a draft can be deleted, by its author.",
    });
  }
  await ctx.db.$transaction(async (tx) => {
    await tx.amends.deleteMany({ where: { id: input.id, authorId: ctx.user.id, sharedAt: null } });
    // A repair conversation's "my part" it was made from can become an amends again.
    await tx.repairAnswer.updateMany({ where: { amendsId: input.id }, data: { amendsId: null } });
  });
  return { ok: true as const };
}

/** The partner's answer; it can change later ("not ready" → "received"), every answer kept. */
export async function answerAmends(ctx: CoupleCtx, input: z.infer<typeof ZAnswerAmends>) {
  const found = await findAmends(ctx, input.id);
  if (!canAnswer(found, ctx.user.id)) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Amends are answered by the partner they were written for.",
    });
  }
  const now = new Date();
  return ctx.db.$transaction(async (tx) => {
    await tx.amends.update({
      where: { id: found.id },
      // A new "let's talk" puts it back on the next talk.
      data: {
        answer: input.answer,
        answeredAt: now,
        rev: { increment: 1 },
        ...(input.answer === "talk" ? { talkedAt: null } : {}),
      },
    });
    await tx.amendsEntry.create({
      data: {
        amendsId: found.id,
        authorId: ctx.user.id,
        kind: "answer",
        answer: input.answer,
        note: input.note ?? null,
        createdAt: now,
      },
    });
    await notify(tx, {
      userId: found.authorId,
      actorId: ctx.user.id,
      kind: "amends-answered",
      object: { type: "amends", id: found.id },
      coupleId: ctx.couple.id,
      createdAt: now,
    });
    return { answer: input.answer };
  });
}

export async function addFollowUp(ctx: CoupleCtx, input: z.infer<typeof ZFollowUp>) {
  const found = await findAmends(ctx, input.id);
  if (!canFollowUp(found)) {
    throw new TRPCError({ code: "CONFLICT", message: "Share the amends first; until then, edit the draft." });
  }
  return ctx.db.$transaction(async (tx) => {
    const entry = await tx.amendsEntry.create({
      data: { amendsId: found.id, authorId: ctx.user.id, kind: "follow-up", note: input.note },
      select: { id: true },
    });
    await notifyPartner(tx, ctx, "amends-followed-up", { type: "amends", id: found.id });
    return entry;
  });
}

/** Either partner, after talking about it: it leaves the weekly talk's list. */
export async function markTalked(ctx: CoupleCtx, input: { id: string }) {
  const found = await findAmends(ctx, input.id);
  if (found.answer !== "talk") {
    throw new TRPCError({ code: "CONFLICT", message: "Nobody asked to talk about this one." });
  }
  if (found.talkedAt) return { ok: true as const };
  await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.amends.updateMany({
      where: { id: found.id, talkedAt: null },
      data: { talkedAt: new Date(), rev: { increment: 1 } },
    });
    if (count === 1) {
      await tx.amendsEntry.create({ data: { amendsId: found.id, authorId: ctx.user.id, kind: "talked" } });
      await recordLiveEvent(tx, { coupleId: ctx.couple.id });
    }
  });
  return { ok: true as const };
}

/** The author turns "what I will do differently" into a commitment or a boundary proposal. */
export async function amendsFollowThrough(ctx: CoupleCtx, input: z.infer<typeof ZFollowThrough>) {
  const found = await findAmends(ctx, input.id);
  if (found.authorId !== ctx.user.id) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only its author can turn an amends into a commitment.",
    });
  }
  if (!found.sharedAt) {
    throw new TRPCError({ code: "CONFLICT", message: "Share the amends first: a draft stays yours alone." });
  }
  if (found.commitmentId || found.boundaryId) {
    throw new TRPCError({ code: "CONFLICT", message: "This amends already has a commitment or a boundary." });
  }
  return followThrough(ctx, input, found.different, (tx, made) =>
    tx.amends.updateMany({ where: { id: found.id, ...unturned }, data: made }),
  );
}
