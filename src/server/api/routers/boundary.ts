import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  type BoundaryAction,
  BoundaryRuleError,
  type BoundaryState,
  type BoundaryStatus,
  isArchived,
  type PendingKind,
  transition,
  viewFor,
} from "@/domain/boundary/boundary";
import {
  type TBoundaryText,
  ZAgree,
  ZAnswer,
  ZEdit,
  ZList,
  ZPropose,
  ZRespect,
} from "@/domain/boundary/schemas";
import { localWeekStart } from "@/domain/user/week";
import { coupleProcedure, createTRPCRouter, NO_INPUT, protectedProcedure } from "@/server/api/trpc";
import type { ActiveCouple } from "@/server/couple";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/db-errors";

export const STALE_MESSAGE =
  "This boundary changed while you were looking at it. Here is the latest version.";
const NOT_FOUND_MESSAGE = "We couldn't find that boundary.";

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

function stateOf(row: Row, lastNumber: number): BoundaryState {
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
function ownerIdOf(owner: TBoundaryText["owner"], writerId: string, couple: ActiveCouple) {
  if (owner === "mine") return writerId;
  if (owner === "yours") return couple.partner.id;
  return null;
}

const ROW_SELECT = {
  id: true,
  rev: true,
  status: true,
  activeNumber: true,
  pendingNumber: true,
  pendingById: true,
  pendingKind: true,
  pendingStartedById: true,
} as const;

type Ctx = { db: Db; user: { id: string }; couple: ActiveCouple };

/**
 * Applies one action with optimistic concurrency: the row is updated only where `rev` still equals
 * what the actor saw, inside one transaction with the new version and the history entry. A stale
 * action changes nothing and gets CONFLICT.
 */
async function act(
  ctx: Ctx,
  input: { id: string; rev: number; note?: string },
  action: BoundaryAction,
  text?: TBoundaryText,
) {
  const row = await ctx.db.boundary.findFirst({
    where: { id: input.id, coupleId: ctx.couple.id },
    select: { ...ROW_SELECT, versions: { select: { number: true }, orderBy: { number: "desc" }, take: 1 } },
  });
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: NOT_FOUND_MESSAGE });
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
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new TRPCError({ code: "CONFLICT", message: STALE_MESSAGE });
    throw error;
  }
  return { id: row.id, status: next.state.status, rev: input.rev + 1 };
}

const ZId = z.strictObject({ id: z.string().min(1).max(64) });

export const boundaryRouter = createTRPCRouter({
  /** The active couple's boundaries, sorted into the viewer's lists. */
  list: coupleProcedure.input(ZList).query(async ({ ctx, input }) => {
    const rows = await ctx.db.boundary.findMany({
      where: { coupleId: ctx.couple.id },
      select: {
        ...ROW_SELECT,
        updatedAt: true,
        versions: {
          select: { number: true, title: true, category: true, ownerId: true },
          orderBy: { number: "desc" },
        },
      },
      orderBy: { updatedAt: "desc" },
      take: 500,
    });
    const items = rows.map((row) => {
      const state = stateOf(row, row.versions[0]?.number ?? 0);
      const shown =
        row.versions.find((v) => v.number === (row.activeNumber ?? row.pendingNumber)) ?? row.versions[0];
      return {
        id: row.id,
        rev: row.rev,
        status: state.status,
        view: viewFor(state, ctx.user.id),
        pendingKind: state.pending?.kind ?? null,
        title: shown?.title ?? "",
        category: shown?.category ?? "other",
        ownerName: ownerName(shown?.ownerId ?? null, ctx),
        updatedAt: row.updatedAt,
      };
    });
    const counts = {
      all: items.length,
      active: items.filter((i) => i.view === "active").length,
      "waiting-on-me": items.filter((i) => i.view === "waiting-on-me").length,
      "waiting-on-partner": items.filter((i) => i.view === "waiting-on-partner").length,
      retired: items.filter((i) => i.view === "retired").length,
    };
    return {
      partnerName: ctx.couple.partner.name,
      counts,
      items: items.filter(
        (i) =>
          (input.view === "all" || i.view === input.view) &&
          (!input.category || i.category === input.category),
      ),
    };
  }),

  /**
   * One boundary with its full history. Partners of the active couple can act on it; after an
   * unlink, both former partners can still read what they agreed together (read-only archive).
   */
  get: protectedProcedure.input(ZId).query(async ({ ctx, input }) => {
    const boundary = await ctx.db.boundary.findFirst({
      // Membership in the boundary's couple is part of the query: anyone else gets NOT_FOUND.
      where: { id: input.id, couple: { members: { some: { userId: ctx.user.id } } } },
      select: {
        ...ROW_SELECT,
        createdAt: true,
        couple: {
          select: { endedAt: true, members: { select: { user: { select: { id: true, name: true } } } } },
        },
        versions: { orderBy: { number: "asc" } },
        events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
        respects: { orderBy: [{ weekStart: "desc" }, { userId: "asc" }], take: 52 },
      },
    });
    if (!boundary) throw new TRPCError({ code: "NOT_FOUND", message: NOT_FOUND_MESSAGE });
    const names = new Map(boundary.couple.members.map((m) => [m.user.id, m.user.name]));
    const nameOf = (id: string | null) =>
      id === null ? null : id === ctx.user.id ? "You" : (names.get(id) ?? "—");
    const partner = boundary.couple.members.find((m) => m.user.id !== ctx.user.id)?.user;
    const archived = boundary.couple.endedAt !== null;
    const state = stateOf(boundary, boundary.versions.at(-1)?.number ?? 0);
    const version = (n: number | null) => {
      const v = boundary.versions.find((x) => x.number === n);
      return v
        ? {
            number: v.number,
            title: v.title,
            description: v.description,
            category: v.category,
            owner:
              v.ownerId === null
                ? ("both" as const)
                : v.ownerId === ctx.user.id
                  ? ("me" as const)
                  : ("partner" as const),
            ownerName: v.ownerId === null ? "Ours" : nameOf(v.ownerId),
            ownerIsMe: v.ownerId === ctx.user.id,
            proposedBy: nameOf(v.proposedById),
            note: v.note,
            createdAt: v.createdAt,
            agreedBy: nameOf(v.agreedById),
            agreedAt: v.agreedAt,
          }
        : null;
    };
    const thisWeek = localWeekStart(new Date(), ctx.user.timeZone, ctx.user.weekStartsOn);
    const mine = boundary.respects.find((r) => r.userId === ctx.user.id && r.weekStart === thisWeek);
    return {
      id: boundary.id,
      rev: boundary.rev,
      status: state.status,
      archived,
      view: viewFor(state, ctx.user.id),
      partnerName: partner?.name ?? "Your partner",
      active: version(state.activeNumber),
      pending: state.pending
        ? {
            kind: state.pending.kind,
            byMe: state.pending.byId === ctx.user.id,
            startedByMe: state.pending.startedById === ctx.user.id,
            version: version(state.pending.number),
          }
        : null,
      versions: boundary.versions.map((v) => version(v.number)).filter((v) => v !== null),
      history: boundary.events.map((e) => ({
        id: e.id,
        kind: e.kind,
        actor: nameOf(e.actorId),
        versionNumber: e.versionNumber,
        note: e.note,
        at: e.createdAt,
      })),
      respect: {
        thisWeek,
        mine: mine ? { respected: mine.respected, note: mine.note } : null,
        entries: boundary.respects.map((r) => ({
          who: nameOf(r.userId),
          weekStart: r.weekStart,
          respected: r.respected,
          note: r.note,
        })),
      },
    };
  }),

  propose: coupleProcedure.input(ZPropose).mutation(async ({ ctx, input }) => {
    const { note, ...text } = input;
    const now = new Date();
    const created = await ctx.db.boundary.create({
      data: {
        coupleId: ctx.couple.id,
        status: "proposed",
        pendingNumber: 1,
        pendingById: ctx.user.id,
        pendingKind: "create",
        pendingStartedById: ctx.user.id,
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
    return created;
  }),

  agree: coupleProcedure
    .input(ZAgree)
    .mutation(({ ctx, input }) =>
      act(ctx, input, { type: "agree", by: ctx.user.id, versionNumber: input.versionNumber }),
    ),

  /** A counter-proposal by the partner, or the author's own edit: a new version either way. */
  edit: coupleProcedure.input(ZEdit).mutation(({ ctx, input }) => {
    const { note, ...text } = input.text;
    return act(ctx, { id: input.id, rev: input.rev, note }, { type: "edit", by: ctx.user.id }, text);
  }),

  decline: coupleProcedure
    .input(ZAnswer)
    .mutation(({ ctx, input }) => act(ctx, input, { type: "decline", by: ctx.user.id })),

  withdraw: coupleProcedure
    .input(ZAnswer)
    .mutation(({ ctx, input }) => act(ctx, input, { type: "withdraw", by: ctx.user.id })),

  proposeRevision: coupleProcedure.input(ZEdit).mutation(({ ctx, input }) => {
    const { note, ...text } = input.text;
    return act(
      ctx,
      { id: input.id, rev: input.rev, note },
      { type: "proposeRevision", by: ctx.user.id },
      text,
    );
  }),

  proposeRetire: coupleProcedure
    .input(ZAnswer)
    .mutation(({ ctx, input }) => act(ctx, input, { type: "proposeRetire", by: ctx.user.id })),

  /** "I felt this was respected / not respected" this week, in the person's own week. */
  respect: coupleProcedure.input(ZRespect).mutation(async ({ ctx, input }) => {
    const boundary = await ctx.db.boundary.findFirst({
      where: { id: input.id, coupleId: ctx.couple.id },
      select: { id: true, status: true, activeNumber: true },
    });
    if (!boundary) throw new TRPCError({ code: "NOT_FOUND", message: NOT_FOUND_MESSAGE });
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
  }),

  /** Boundaries agreed in couples the person has left: a read-only archive. */
  archive: protectedProcedure.input(NO_INPUT).query(async ({ ctx }) => {
    const couples = await ctx.db.couple.findMany({
      where: { endedAt: { not: null }, members: { some: { userId: ctx.user.id } } },
      select: {
        id: true,
        createdAt: true,
        endedAt: true,
        members: { select: { user: { select: { id: true, name: true } } } },
        boundaries: {
          where: { activeNumber: { not: null } },
          select: {
            id: true,
            status: true,
            activeNumber: true,
            versions: { select: { number: true, title: true } },
          },
        },
      },
      orderBy: { endedAt: "desc" },
    });
    return couples.map((c) => ({
      linkedAt: c.createdAt,
      endedAt: c.endedAt,
      partnerName: c.members.find((m) => m.user.id !== ctx.user.id)?.user.name ?? "—",
      boundaries: c.boundaries.map((b) => ({
        id: b.id,
        status: b.status,
        title: b.versions.find((v) => v.number === b.activeNumber)?.title ?? "",
      })),
    }));
  }),
});

function ownerName(ownerId: string | null, ctx: { user: { id: string }; couple: ActiveCouple }) {
  if (ownerId === null) return "Ours";
  if (ownerId === ctx.user.id) return "Mine";
  return `${ctx.couple.partner.name}'s`;
}
