// Quality time both chose, on days in the period: how many times were put on a day and how many
// both answered about; never the ideas either marked, never a closeness rating. "A moment I liked"
// only of a person who ticked "include my shared notes", and only once both had answered.
import type { SectionCtx } from "./types";

export async function qualityTimeSection(ctx: SectionCtx) {
  const times = await ctx.db.qualityTime.findMany({
    where: { coupleId: ctx.coupleId, day: { gte: ctx.from, lte: ctx.to } },
    select: { day: true, revealedOn: true, reflections: { select: { userId: true, moment: true } } },
    orderBy: { day: "asc" },
    take: 500,
  });
  const revealed = times.filter((t) => t.revealedOn !== null);
  return {
    kind: "quality-time" as const,
    scheduled: times.length,
    bothAnswered: revealed.length,
    people: ctx.people.map((p) => ({
      name: p.name,
      included: p.includeNotes,
      moments: p.includeNotes
        ? revealed.flatMap((t) =>
            t.reflections.filter((r) => r.userId === p.id).map((r) => ({ day: t.day, text: r.moment })),
          )
        : [],
    })),
  };
}
