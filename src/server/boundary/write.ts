// Starting a boundary and the weekly respect check-in; every other change is an action (act.ts).
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { type BoundaryStatus, isArchived } from "@/domain/boundary/boundary";
import type { ZPropose, ZRespect } from "@/domain/boundary/schemas";
import { localDate } from "@/domain/commitment/schedule";
import { localWeekStart } from "@/domain/user/week";
import { BOUNDARY_NOT_FOUND, type BoundaryCtx, ownerIdOf } from "@/server/boundary/act";
import { assertReviewDate } from "@/server/boundary/review";
import type { Tx } from "@/server/couple";
import { notifyPartner } from "@/server/notification/write";

/** A new boundary, proposed as version 1 and waiting for the partner. */
/** `within` as for `createCommitment`: runs in the proposal's transaction; throwing undoes it. */
export async function proposeBoundary(
  ctx: BoundaryCtx,
  input: z.infer<typeof ZPropose>,
  within?: (tx: Tx, id: string) => Promise<void>,
) {
  const { note, reviewOn, ...text } = input;
  const now = new Date();
  if (reviewOn) assertReviewDate(reviewOn, localDate(now, ctx.user.timeZone));
  return ctx.db.$transaction(async (tx) => {
    const created = await tx.boundary.create({
      data: {
        coupleId: ctx.couple.id,
        status: "proposed",
        pendingNumber: 1,
        pendingById: ctx.user.id,
        pendingKind: "create",
        pendingStartedById: ctx.user.id,
        reviewOn: reviewOn ?? null,
        createdAt: now,
        versions: {
          create: {
            number: 1,
            title: text.title,
            description: text.description,
            category: text.category,
            ownerId: ownerIdOf(text.owner, ctx.user.id, ctx.couple),
            proposedById: ctx.user.id,
            note: note ?? null,
            createdAt: now,
          },
        },
        events: {
          create: {
            actorId: ctx.user.id,
            kind: "proposed",
            versionNumber: 1,
            note: note ?? null,
            createdAt: now,
          },
        },
      },
      select: { id: true, rev: true },
    });
    await within?.(tx, created.id);
    await notifyPartner(tx, ctx, "boundary-proposed", { type: "boundary", id: created.id }, now);
    return created;
  });
}

/** "I felt this was respected / not respected" this week, in the person's own week. */
export async function respectBoundary(
  ctx: BoundaryCtx & { user: { timeZone: string; weekStartsOn: number } },
  input: z.infer<typeof ZRespect>,
) {
  const boundary = await ctx.db.boundary.findFirst({
    where: { id: input.id, coupleId: ctx.couple.id },
    select: { id: true, status: true, activeNumber: true },
  });
  if (!boundary) throw new TRPCError({ code: "NOT_FOUND", message: BOUNDARY_NOT_FOUND });
  if (boundary.activeNumber === null || isArchived(boundary.status as BoundaryStatus)) {
    throw new TRPCError({
      code: "CONFLICT",
      message: "Only an active boundary can have a respect check-in.",
    });
  }
  const weekStart = localWeekStart(new Date(), ctx.user.timeZone, ctx.user.weekStartsOn);
  const data = { respected: input.respected, note: input.note ?? null };
  await ctx.db.boundaryRespect.upsert({
    where: { boundaryId_userId_weekStart: { boundaryId: boundary.id, userId: ctx.user.id, weekStart } },
    create: { boundaryId: boundary.id, userId: ctx.user.id, weekStart, ...data },
    update: data,
  });
  return { weekStart, ...data };
}
