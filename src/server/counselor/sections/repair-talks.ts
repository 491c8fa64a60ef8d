// When a fight happens, in the period: time-outs and conversations about what happened, counts
// only (time-outs taken, with a return, run out; conversations started, finished, stopped and where
// to, still open, and the commitments, boundaries and amends they led to). The words of a plan
// only of a person who ticked "include my shared notes", and only once both plans were open;
// never any other step's answers, never when a time-out was or who took it.

import { coversDay } from "@/domain/break/break";
import { addDays, localDate } from "@/domain/commitment/schedule";
import { repairTalkCounts, timeOutCounts } from "@/domain/counselor/summary";
import { PART_INDEX, PLAN_INDEX } from "@/domain/repair-talk/repair-talk";
import type { SectionCtx } from "./types";

async function timeOutsIn(ctx: SectionCtx) {
  const rows = await ctx.db.timeOut.findMany({
    where: {
      coupleId: ctx.coupleId,
      // A day's margin either side; the taker's local day decides below.
      startedAt: {
        gte: new Date(`${addDays(ctx.from, -1)}T00:00:00Z`),
        lt: new Date(`${addDays(ctx.to, 2)}T00:00:00Z`),
      },
    },
    select: { userId: true, startedAt: true, returnedAt: true, endedAt: true },
    take: 2000,
  });
  return rows.filter((t) => {
    const taker = ctx.people.find((p) => p.id === t.userId);
    if (!taker) return false;
    const day = localDate(t.startedAt, taker.timeZone);
    return day >= ctx.from && day <= ctx.to && !coversDay(taker.breaks, day);
  });
}

export async function repairTalksSection(ctx: SectionCtx) {
  const [talks, timeOuts] = await Promise.all([
    ctx.db.repairTalk.findMany({
      where: { coupleId: ctx.coupleId, startedOn: { gte: ctx.from, lte: ctx.to } },
      select: {
        status: true,
        stoppedTo: true,
        revealed: true,
        answers: {
          where: { step: { in: ["part", "plan"] }, sharedAt: { not: null } },
          select: {
            userId: true,
            step: true,
            text: true,
            sharedOn: true,
            commitmentId: true,
            boundaryId: true,
            amendsId: true,
          },
        },
      },
      take: 500,
    }),
    timeOutsIn(ctx),
  ]);
  const plans = talks
    .filter((t) => t.revealed > PLAN_INDEX)
    .flatMap((t) => t.answers.filter((a) => a.step === "plan"));
  const partAmends = talks
    .filter((t) => t.revealed > PART_INDEX)
    .flatMap((t) => t.answers.flatMap((a) => (a.step === "part" && a.amendsId ? [a.amendsId] : [])));
  // A part made a draft amends isn't one yet: the counselor counts only what was shared.
  const sharedAmends =
    partAmends.length === 0
      ? 0
      : await ctx.db.amends.count({
          where: { id: { in: partAmends }, coupleId: ctx.coupleId, sharedAt: { not: null } },
        });
  return {
    kind: "repair-talks" as const,
    ...repairTalkCounts(talks, plans, sharedAmends),
    timeOuts: timeOutCounts(timeOuts),
    people: ctx.people.map((p) => ({
      name: p.name,
      included: p.includeNotes,
      plans: p.includeNotes
        ? plans.filter((a) => a.userId === p.id).map((a) => ({ day: a.sharedOn ?? "", text: a.text }))
        : [],
    })),
  };
}
