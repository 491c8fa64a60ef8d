// Amends shared in the period, per author: how many, on which days, and how their partner answered
// (days, never times). Drafts never: the query asks for shared ones only. The text only of an
// author who ticked "include my shared notes" (the same consent as their shared notes).

import { coversDay } from "@/domain/break/break";
import { addDays, localDate } from "@/domain/commitment/schedule";
import { amendsCounts } from "@/domain/counselor/summary";
import type { SectionCtx } from "./types";

export async function amendsSection(ctx: SectionCtx) {
  const rows = await ctx.db.amends.findMany({
    where: {
      coupleId: ctx.coupleId,
      authorId: { in: ctx.people.map((p) => p.id) },
      // A day's margin either side; the author's local day decides below.
      sharedAt: {
        not: null,
        gte: new Date(`${addDays(ctx.from, -1)}T00:00:00Z`),
        lt: new Date(`${addDays(ctx.to, 2)}T00:00:00Z`),
      },
    },
    select: {
      authorId: true,
      sharedAt: true,
      answer: true,
      answeredAt: true,
      whatIDid: true,
      impact: true,
      different: true,
    },
    orderBy: [{ sharedAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  return {
    kind: "amends" as const,
    people: ctx.people.map((p) => {
      const items = rows
        .filter((r) => r.authorId === p.id && r.sharedAt)
        .map((r) => ({ ...r, day: localDate(r.sharedAt ?? new Date(0), p.timeZone) }))
        .filter((r) => r.day >= ctx.from && r.day <= ctx.to && !coversDay(p.breaks, r.day));
      return {
        name: p.name,
        included: p.includeNotes,
        ...amendsCounts(items),
        items: items.map((r) => ({
          day: r.day,
          answer: r.answer,
          answeredDay: r.answeredAt ? localDate(r.answeredAt, p.timeZone) : null,
          text: p.includeNotes ? { whatIDid: r.whatIDid, impact: r.impact, different: r.different } : null,
        })),
      };
    }),
  };
}
