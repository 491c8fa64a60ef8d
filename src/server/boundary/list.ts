// The couple's boundaries as lists, and the read-only archive of couples the person has left.
import type { z } from "zod";
import { viewFor } from "@/domain/boundary/boundary";
import type { ZList } from "@/domain/boundary/schemas";
import { localDate } from "@/domain/commitment/schedule";
import { type BoundaryCtx, ROW_SELECT, stateOf } from "@/server/boundary/act";
import { type ActiveCouple, MEMBER_NAMES_SELECT, memberNames } from "@/server/couple";
import type { Db } from "@/server/db";

/** The active couple's boundaries, sorted into the viewer's lists. */
export async function listBoundaries(ctx: BoundaryCtx, input: z.infer<typeof ZList>) {
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
      updatedOn: localDate(row.updatedAt, ctx.user.timeZone),
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
        (input.view === "all" || i.view === input.view) && (!input.category || i.category === input.category),
    ),
  };
}

/** Boundaries agreed in couples the person has left: a read-only archive. */
export async function archivedBoundaries(ctx: { db: Db; user: { id: string; timeZone: string } }) {
  const couples = await ctx.db.couple.findMany({
    where: { endedAt: { not: null }, members: { some: { userId: ctx.user.id } } },
    select: {
      id: true,
      createdAt: true,
      ...MEMBER_NAMES_SELECT,
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
    linkedOn: localDate(c.createdAt, ctx.user.timeZone),
    endedOn: c.endedAt ? localDate(c.endedAt, ctx.user.timeZone) : null,
    partnerName: memberNames(c).get(c.members.find((m) => m.user.id !== ctx.user.id)?.user.id ?? "") ?? "—",
    boundaries: c.boundaries.map((b) => ({
      id: b.id,
      status: b.status,
      title: b.versions.find((v) => v.number === b.activeNumber)?.title ?? "",
    })),
  }));
}

function ownerName(ownerId: string | null, ctx: { user: { id: string }; couple: ActiveCouple }) {
  if (ownerId === null) return "Ours";
  if (ownerId === ctx.user.id) return "Mine";
  return `${ctx.couple.partner.name}'s`;
}
