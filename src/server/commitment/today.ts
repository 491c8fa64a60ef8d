// The Today view: what is due for me on one of my local days, with my check-in on it.
import { TRPCError } from "@trpc/server";
import { coversDay } from "@/domain/break/break";
import { describeCadence, kindOf, outcomesOn } from "@/domain/commitment/commitment";
import {
  addDays,
  BACKFILL_DAYS,
  type CadencePeriod,
  cadenceOn,
  checkInDateProblem,
  isOffered,
  type Pause,
  weeklyTarget,
  weekStartOf,
} from "@/domain/commitment/schedule";
import { dayMark, weekPoints } from "@/domain/commitment/week-count";
import { type RequestReads, readOnce } from "@/server/api/request-reads";
import { breakWindows, withoutBreakDays } from "@/server/break/break";
import { COMMITMENT_SELECT, type CoupleCtx, periodsOf, todayOf } from "@/server/commitment/access";
import { CHECK_IN_SELECT, checkInFor } from "@/server/commitment/check-in-view";

/**
 * What is due for me on `day` (today by default, or one of the 7 days before) in my time zone.
 * Once per render: the bell, Home's waiting list and its due list all read it.
 */
export function todayFor(ctx: CoupleCtx & { reads?: RequestReads }, input: { day?: string }) {
  return readOnce(ctx, `today:${input.day ?? ""}`, () => computeToday(ctx, input));
}

async function computeToday(ctx: CoupleCtx, input: { day?: string }) {
  const today = todayOf(ctx.user);
  const day = input.day ?? today;
  const problem = checkInDateProblem(day, today);
  if (problem === "future") {
    throw new TRPCError({ code: "BAD_REQUEST", message: "That day hasn't happened yet where you are." });
  }
  if (problem === "locked") {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Only the last 7 days can be checked in or corrected.",
    });
  }
  const weekStart = weekStartOf(day, ctx.user.weekStartsOn);
  const weekEnd = addDays(weekStart, 6);
  const rows = await ctx.db.commitment.findMany({
    where: {
      coupleId: ctx.couple.id,
      archivedAt: null,
      OR: [{ ownerId: ctx.user.id }, { ownerId: null }],
    },
    select: {
      ...COMMITMENT_SELECT,
      pauses: { where: { userId: ctx.user.id }, select: { from: true, to: true } },
      checkIns: {
        // My check-ins this week (for "2 of 3 this week") and, for one-offs, whenever they were.
        where: {
          userId: ctx.user.id,
          OR: [{ day: { gte: weekStart, lte: weekEnd } }, { commitment: { kind: "once" } }],
        },
        select: CHECK_IN_SELECT,
      },
    },
    orderBy: { createdAt: "asc" },
    take: 500,
  });
  const names = new Map([[ctx.couple.partner.id, ctx.couple.partner.name]]);
  const days = Array.from({ length: BACKFILL_DAYS + 1 }, (_, i) => addDays(today, -i));
  const sharedIds = rows.filter((r) => r.ownerId === null).map((r) => r.id);
  // The partner's answers on shared commitments this week (days only, never times), and my own
  // answers over the back-fill window for the day chips' marks.
  const [partnerAnswers, myDays, partnerBreaks] = await Promise.all([
    sharedIds.length === 0
      ? []
      : ctx.db.checkIn.findMany({
          where: {
            userId: ctx.couple.partner.id,
            commitmentId: { in: sharedIds },
            day: { gte: weekStart, lte: weekEnd },
          },
          select: { commitmentId: true, day: true, outcome: true, excused: true },
        }),
    ctx.db.checkIn.findMany({
      where: {
        userId: ctx.user.id,
        day: { gte: days.at(-1) ?? today, lte: today },
        commitment: { coupleId: ctx.couple.id, archivedAt: null },
      },
      select: { day: true, outcome: true },
    }),
    breakWindows(ctx.db, ctx.couple.id, ctx.couple.partner.id),
  ]);
  // Days of the partner's breaks stay theirs (docs/security.md, "A break").
  const partnerRows = withoutBreakDays(
    partnerAnswers,
    () => ctx.couple.partner.id,
    ctx.user.id,
    new Map([[ctx.couple.partner.id, partnerBreaks]]),
  );
  const items = rows.flatMap((row) => {
    const periods = periodsOf(row.cadences);
    const pauses: Pause[] = row.pauses;
    const mine = row.checkIns.find((c) => c.day === day) ?? null;
    const cadence = cadenceOn(periods, day);
    const doneElsewhere = row.kind === "once" && row.checkIns.some((c) => c.day !== day);
    const shown =
      mine !== null || (cadence !== null && !doneElsewhere && isOfferedOrOverdue(periods, pauses, day));
    if (!shown || !cadence) return [];
    return [
      {
        id: row.id,
        title: row.title,
        description: row.description,
        kind: kindOf(cadence),
        shared: row.ownerId === null,
        cadenceLabel: describeCadence(cadence),
        outcomes: outcomesOn(cadence, day),
        week:
          cadence.kind === "timesPerWeek"
            ? {
                done: weekPoints(row.checkIns, weekStart, weekEnd),
                target: weeklyTarget(periods, pauses, weekStart) ?? 0,
              }
            : null,
        checkIn: mine ? checkInFor(mine, ctx.user.id, names, ctx.user.timeZone) : null,
        partner:
          row.ownerId === null
            ? {
                onDay: partnerRows.find((c) => c.commitmentId === row.id && c.day === day)?.outcome ?? null,
                // Where their answer would be, a break says so: "not answered" would read as neglect.
                onBreak: coversDay(partnerBreaks, day),
                week: partnerRows.filter((c) => c.commitmentId === row.id).map((c) => c.outcome),
              }
            : null,
      },
    ];
  });
  return {
    today,
    day,
    timeZone: ctx.user.timeZone,
    partnerName: ctx.couple.partner.name,
    days,
    dayMarks: Object.fromEntries(days.map((d) => [d, dayMark(myDays.filter((c) => c.day === d))])),
    items,
  };
}

/** Offered on the day, or a one-off's due date inside the window (to record it as missed). */
function isOfferedOrOverdue(periods: CadencePeriod[], pauses: Pause[], day: string) {
  const cadence = cadenceOn(periods, day);
  if (cadence?.kind === "once") return cadence.due === day || isOffered(periods, pauses, day);
  return isOffered(periods, pauses, day);
}
