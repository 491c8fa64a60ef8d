import type { Db } from "@/server/db";

/** The couple's boundaries that have an agreed version and aren't retired: id → agreed title. */
export async function activeBoundaryTitles(db: Db, coupleId: string) {
  const rows = await db.boundary.findMany({
    where: { coupleId, activeNumber: { not: null }, status: { in: ["active", "revising", "retiring"] } },
    select: { id: true, activeNumber: true, versions: { select: { number: true, title: true } } },
    take: 500,
  });
  return new Map(rows.map((b) => [b.id, b.versions.find((v) => v.number === b.activeNumber)?.title ?? ""]));
}
