// Each commitment's weekly kept-rate and day pattern, per partner, over the period. The same
// figures as the dashboard (src/domain/consistency), a break's days counting for neither.
import { ZCadence } from "@/domain/commitment/schemas";
import { addTally, emptyTally, heatmap, keptRate, weeklySummaries } from "@/domain/consistency/metrics";
import { answersOf } from "@/domain/consistency/track-days";
import type { SectionCtx } from "./types";

export async function commitmentsSection(ctx: SectionCtx) {
  const commitments = await ctx.db.commitment.findMany({
    where: { coupleId: ctx.coupleId, archivedAt: null },
    select: {
      id: true,
      title: true,
      ownerId: true,
      cadences: { select: { from: true, cadence: true }, orderBy: { from: "asc" } },
      pauses: { select: { userId: true, from: true, to: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
  });
  const months = await ctx.db.checkInMonth.findMany({
    where: {
      commitmentId: { in: commitments.map((c) => c.id) },
      userId: { in: ctx.people.map((p) => p.id) },
      month: { gte: ctx.from.slice(0, 7), lte: ctx.to.slice(0, 7) },
    },
    select: { commitmentId: true, userId: true, month: true, codes: true },
  });
  return {
    kind: "commitments" as const,
    people: ctx.people.map((p) => ({
      name: p.name,
      commitments: commitments
        .filter((c) => c.ownerId === null || c.ownerId === p.id)
        .map((c) => {
          const mine = months.filter((m) => m.commitmentId === c.id && m.userId === p.id);
          const track = {
            id: c.id,
            periods: c.cadences.map((x) => ({
              from: x.from,
              cadence: ZCadence.parse(JSON.parse(x.cadence)),
            })),
            pauses: [...c.pauses.filter((x) => x.userId === p.id), ...p.breaks],
            answers: mine.length > 0 ? answersOf(mine) : undefined,
          };
          const weeks = weeklySummaries([track], ctx.from, ctx.to, p.weekStartsOn);
          const total = weeks.reduce((t, w) => addTally(t, w.tally), emptyTally());
          return {
            title: c.title,
            shared: c.ownerId === null,
            rate: keptRate(total),
            weeks: weeks.map((w) => ({
              weekStart: w.weekStart,
              rate: w.rate,
              kept: w.keptScore,
              target: w.target,
            })),
            pattern: heatmap([track], ctx.from, ctx.to).map((d) => d.status),
          };
        }),
    })),
  };
}
