// Boundaries agreed, revised and retired during the period (with their day), and each partner's
// respect check-ins as counts: never their notes, nor those written during a break.
import { coversDay } from "@/domain/break/break";
import { addDays, localDate } from "@/domain/commitment/schedule";
import type { SectionCtx } from "./types";

const MILESTONES = { agreed: "agreed", "revision-agreed": "revised", retired: "retired" } as const;

export async function boundariesSection(ctx: SectionCtx) {
  const zone = ctx.people[0]?.timeZone ?? "UTC";
  const boundaries = await ctx.db.boundary.findMany({
    where: { coupleId: ctx.coupleId, activeNumber: { not: null } },
    select: {
      id: true,
      status: true,
      activeNumber: true,
      versions: { select: { number: true, title: true } },
      events: {
        where: {
          kind: { in: Object.keys(MILESTONES) },
          // A day's margin either side; the local day decides below.
          createdAt: {
            gte: new Date(`${addDays(ctx.from, -1)}T00:00:00Z`),
            lt: new Date(`${addDays(ctx.to, 2)}T00:00:00Z`),
          },
        },
        select: { kind: true, versionNumber: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
      respects: {
        where: { weekStart: { gte: addDays(ctx.from, -6), lte: ctx.to } },
        select: { userId: true, respected: true, updatedAt: true },
      },
    },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  const titleOf = (b: (typeof boundaries)[number], n: number | null) =>
    b.versions.find((v) => v.number === (n ?? b.activeNumber))?.title ?? "";
  return {
    kind: "boundaries" as const,
    changes: boundaries
      .flatMap((b) =>
        b.events.map((e) => ({
          day: localDate(e.createdAt, zone),
          what: MILESTONES[e.kind as keyof typeof MILESTONES],
          title: titleOf(b, e.versionNumber),
        })),
      )
      .filter((c) => c.day >= ctx.from && c.day <= ctx.to)
      .sort((a, b) => (a.day < b.day ? -1 : 1)),
    current: boundaries
      .filter((b) => b.status !== "retired")
      .map((b) => ({
        title: titleOf(b, null),
        respect: ctx.people.map((p) => {
          // Not those written on a day of the person's break.
          const mine = b.respects.filter(
            (r) => r.userId === p.id && !coversDay(p.breaks, localDate(r.updatedAt, p.timeZone)),
          );
          return {
            name: p.name,
            respected: mine.filter((r) => r.respected).length,
            notRespected: mine.filter((r) => !r.respected).length,
          };
        }),
      })),
  };
}
