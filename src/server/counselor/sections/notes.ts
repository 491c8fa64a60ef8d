// Shared notes, only of a partner who ticked "include my shared notes". Private notes never: the
// query itself asks for shared ones only. A break's days stay out.
import { coversDay } from "@/domain/break/break";
import type { SectionCtx } from "./types";

export async function sharedNotesSection(ctx: SectionCtx) {
  const included = ctx.people.filter((p) => p.includeNotes);
  const rows =
    included.length === 0
      ? []
      : await ctx.db.checkIn.findMany({
          where: {
            commitment: { coupleId: ctx.coupleId },
            userId: { in: included.map((p) => p.id) },
            day: { gte: ctx.from, lte: ctx.to },
            noteShared: true,
            note: { not: null },
          },
          select: { userId: true, day: true, note: true, commitment: { select: { title: true } } },
          orderBy: [{ day: "asc" }, { userId: "asc" }],
          take: 500,
        });
  return {
    kind: "notes" as const,
    people: ctx.people.map((p) => ({
      name: p.name,
      included: p.includeNotes,
      notes: rows
        .filter((r) => r.userId === p.id && !coversDay(p.breaks, r.day))
        .map((r) => ({ day: r.day, commitment: r.commitment.title, note: r.note ?? "" })),
    })),
  };
}
