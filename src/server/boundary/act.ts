// Boundary actions: the state machine's transition applied with optimistic concurrency, and the
// shapes shared by the boundary reads.
import { TRPCError } from "@trpc/server";
import {
  type BoundaryAction,
  BoundaryRuleError,
  type BoundaryState,
  type BoundaryStatus,
  type PendingKind,
  transition,
} from "@/domain/boundary/boundary";
import type { TBoundaryText } from "@/domain/boundary/schemas";
import { boundaryNotificationKind } from "@/domain/notification/kinds";
import type { ActiveCouple } from "@/server/couple";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/db-errors";
import { notifyPartner } from "@/server/notification/write";

const STALE_MESSAGE = "This boundary changed while you were looking at it. Here is the latest version.";
export const BOUNDARY_NOT_FOUND = "We couldn't find that boundary.";

/** The columns of a boundary the state machine reads (`ROW_SELECT`). */
type Row = {
  id: string;
  rev: number;
  status: string;
  activeNumber: number | null;
  pendingNumber: number | null;
  pendingById: string | null;
  pendingKind: string | null;
  pendingStartedById: string | null;
};

export function stateOf(row: Row, lastNumber: number): BoundaryState {
  return {
    status: row.status as BoundaryStatus,
    activeNumber: row.activeNumber,
    pending:
      row.pendingNumber !== null && row.pendingById !== null && row.pendingKind !== null
        ? {
            number: row.pendingNumber,
            byId: row.pendingById,
            startedById: row.pendingStartedById ?? row.pendingById,
            kind: row.pendingKind as PendingKind,
          }
        : null,
    lastNumber,
  };
}

/** "mine" / "yours" / "ours" from the writer's point of view → the owner's user id (null = ours). */
export function ownerIdOf(owner: TBoundaryText["owner"], writerId: string, couple: ActiveCouple) {
  if (owner === "mine") return writerId;
  if (owner === "yours") return couple.partner.id;
  return null;
}

export const ROW_SELECT = {
  id: true,
  rev: true,
  status: true,
  activeNumber: true,
  pendingNumber: true,
  pendingById: true,
  pendingKind: true,
  pendingStartedById: true,
} as const;

export type BoundaryCtx = { db: Db; user: { id: string; timeZone: string }; couple: ActiveCouple };

/**
 * Applies one action with optimistic concurrency: the row is updated only where `rev` still equals
 * what the actor saw, inside one transaction with the new version and the history entry. A stale
 * action changes nothing and gets CONFLICT.
 */
export async function act(
  ctx: BoundaryCtx,
  input: { id: string; rev: number; note?: string },
  action: BoundaryAction,
  text?: TBoundaryText,
) {
  const row = await ctx.db.boundary.findFirst({
    where: { id: input.id, coupleId: ctx.couple.id },
    select: { ...ROW_SELECT, versions: { select: { number: true }, orderBy: { number: "desc" }, take: 1 } },
  });
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: BOUNDARY_NOT_FOUND });
  if (row.rev !== input.rev) throw new TRPCError({ code: "CONFLICT", message: STALE_MESSAGE });

  let next: ReturnType<typeof transition>;
  try {
    next = transition(stateOf(row, row.versions[0]?.number ?? 0), action);
  } catch (error) {
    if (error instanceof BoundaryRuleError) throw new TRPCError({ code: "CONFLICT", message: error.message });
    throw error;
  }
  const now = new Date();
  try {
    await ctx.db.$transaction(async (tx) => {
      const { count } = await tx.boundary.updateMany({
        // The couple must still be active: an action racing an unlink can't touch the archive.
        where: { id: row.id, coupleId: ctx.couple.id, rev: input.rev, couple: { endedAt: null } },
        data: {
          status: next.state.status,
          activeNumber: next.state.activeNumber,
          pendingNumber: next.state.pending?.number ?? null,
          pendingById: next.state.pending?.byId ?? null,
          pendingKind: next.state.pending?.kind ?? null,
          pendingStartedById: next.state.pending?.startedById ?? null,
          // A loosened version or a retirement both agreed to ends a review that was open.
          ...(next.event === "revision-agreed" || next.event === "retired" ? { reviewOn: null } : {}),
          rev: { increment: 1 },
          updatedAt: now,
        },
      });
      if (count !== 1) throw new TRPCError({ code: "CONFLICT", message: STALE_MESSAGE });
      if (next.newVersion !== null) {
        if (!text) throw new Error("a new version needs its text");
        await tx.boundaryVersion.create({
          data: {
            boundaryId: row.id,
            number: next.newVersion,
            title: text.title,
            description: text.description,
            category: text.category,
            ownerId: ownerIdOf(text.owner, ctx.user.id, ctx.couple),
            proposedById: ctx.user.id,
            note: input.note ?? null,
            createdAt: now,
          },
        });
      }
      if (next.agreedVersion !== null) {
        await tx.boundaryVersion.updateMany({
          where: { boundaryId: row.id, number: next.agreedVersion, agreedById: null },
          data: { agreedById: ctx.user.id, agreedAt: now },
        });
      }
      await tx.boundaryEvent.create({
        data: {
          boundaryId: row.id,
          actorId: ctx.user.id,
          kind: next.event,
          // The version the action is about: a new one, else the one that was waiting for an answer
          // (agree, decline, withdraw), else the one a retirement is proposed for.
          versionNumber:
            next.newVersion ?? row.pendingNumber ?? next.state.pending?.number ?? row.activeNumber,
          note: input.note ?? null,
          createdAt: now,
        },
      });
      const kind = boundaryNotificationKind(next.event);
      if (kind) {
        await notifyPartner(tx, ctx, kind, { type: "boundary", id: row.id }, now);
      }
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new TRPCError({ code: "CONFLICT", message: STALE_MESSAGE });
    throw error;
  }
  return { id: row.id, status: next.state.status, rev: input.rev + 1 };
}
