// One commitment with its check-ins, as the viewer may see it.
import { TRPCError } from "@trpc/server";
import { describeCadence } from "@/domain/commitment/commitment";
import { localDate } from "@/domain/commitment/schedule";
import { activeBoundaryTitles } from "@/server/boundary/active";
import { breakWindows, withoutBreakDays } from "@/server/break/break";
import {
  COMMITMENT_NOT_FOUND,
  COMMITMENT_SELECT,
  participates,
  summaryOf,
  todayOf,
  type Viewer,
} from "@/server/commitment/access";
import { CHECK_IN_SELECT, checkInFor } from "@/server/commitment/check-in-view";
import { MEMBER_NAMES_SELECT, memberNames } from "@/server/couple";
import type { Db } from "@/server/db";

/**
 * In the active couple both partners see it (never each other's private notes); after an unlink,
 * each former partner keeps read access to their own part: their own or shared commitments, their
 * own check-ins only. Anyone else gets NOT_FOUND.
 */
export async function commitmentDetail(ctx: { db: Db; user: Viewer }, id: string) {
  const row = await ctx.db.commitment.findFirst({
    where: { id, couple: { members: { some: { userId: ctx.user.id } } } },
    select: {
      ...COMMITMENT_SELECT,
      boundaryId: true,
      archivedAt: true,
      createdAt: true,
      couple: { select: { id: true, ...MEMBER_NAMES_SELECT } },
      pauses: {
        where: { userId: ctx.user.id },
        select: { id: true, from: true, to: true },
        orderBy: { from: "desc" },
      },
    },
  });
  const linked = row?.couple.endedAt === null;
  if (!row || (!linked && !participates(row.ownerId, ctx.user.id))) {
    throw new TRPCError({ code: "NOT_FOUND", message: COMMITMENT_NOT_FOUND });
  }
  const names = memberNames(row.couple);
  const partnerId = row.couple.members.find((m) => m.user.id !== ctx.user.id)?.user.id;
  const today = todayOf(ctx.user);
  const [rows, partnerBreaks] = await Promise.all([
    ctx.db.checkIn.findMany({
      where: { commitmentId: row.id, ...(linked ? {} : { userId: ctx.user.id }) },
      select: CHECK_IN_SELECT,
      orderBy: [{ day: "desc" }, { userId: "asc" }],
      take: 200,
    }),
    linked && partnerId ? breakWindows(ctx.db, row.couple.id, partnerId) : [],
  ]);
  // The partner's break days stay theirs (src/domain/break).
  const checkIns = withoutBreakDays(
    rows,
    (c) => c.userId,
    ctx.user.id,
    new Map([[partnerId ?? "", partnerBreaks]]),
  );
  const { periods, cadence, summary } = summaryOf(row, ctx.user.id, today);
  const active = linked && row.archivedAt === null;
  const boundaryTitle =
    row.boundaryId && linked ? (await activeBoundaryTitles(ctx.db, row.couple.id)).get(row.boundaryId) : null;
  return {
    ...summary,
    ownerName:
      row.ownerId === null
        ? "Both of you"
        : row.ownerId === ctx.user.id
          ? "You"
          : (names.get(row.ownerId) ?? "—"),
    partnerName: (partnerId && names.get(partnerId)) || "Your partner",
    linked,
    // Days, never times (docs/security.md, "Days, not minutes").
    archivedOn: row.archivedAt ? localDate(row.archivedAt, ctx.user.timeZone) : null,
    createdOn: localDate(row.createdAt, ctx.user.timeZone),
    today,
    cadence,
    cadences: periods.map((p) => ({
      from: p.from,
      label: describeCadence(p.cadence),
      future: p.from > today,
    })),
    boundary: row.boundaryId ? { id: row.boundaryId, title: boundaryTitle ?? null } : null,
    pauses: row.pauses,
    // Managing includes bringing an archived commitment back; editing and pausing need it current.
    canManage: linked && participates(row.ownerId, ctx.user.id),
    canCheckIn: active && participates(row.ownerId, ctx.user.id),
    canAcknowledge: active,
    checkIns: checkIns.map((c) => checkInFor(c, ctx.user.id, names, ctx.user.timeZone)),
  };
}
