// The couple's commitments as lists: mine, my partner's and our shared ones.
import type { z } from "zod";
import { localDate } from "@/domain/commitment/schedule";
import type { ZList } from "@/domain/commitment/schemas";
import { activeBoundaryTitles } from "@/server/boundary/active";
import { COMMITMENT_SELECT, type CoupleCtx, summaryOf, todayOf } from "@/server/commitment/access";

export async function listCommitments(ctx: CoupleCtx, input: z.infer<typeof ZList>) {
  const today = todayOf(ctx.user);
  const rows = await ctx.db.commitment.findMany({
    where: { coupleId: ctx.couple.id, archivedAt: input.view === "archived" ? { not: null } : null },
    select: {
      ...COMMITMENT_SELECT,
      boundaryId: true,
      archivedAt: true,
    },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
  const boundaryTitles = await activeBoundaryTitles(ctx.db, ctx.couple.id);
  return {
    partnerName: ctx.couple.partner.name,
    today,
    items: rows.map((row) => {
      return {
        ...summaryOf(row, ctx.user.id, today).summary,
        boundary: row.boundaryId
          ? { id: row.boundaryId, title: boundaryTitles.get(row.boundaryId) ?? null }
          : null,
        archivedOn: row.archivedAt ? localDate(row.archivedAt, ctx.user.timeZone) : null,
      };
    }),
  };
}

/** Boundaries a commitment can serve (the couple's active ones), for the form. */
export async function boundaryOptions(ctx: CoupleCtx) {
  const titles = await activeBoundaryTitles(ctx.db, ctx.couple.id);
  return [...titles].map(([id, title]) => ({ id, title }));
}
