// Conversations about what happened that started in the period: counts only (started, finished,
// stopped and where to, still open, and the commitments and boundaries their plans became). The
// words of a plan only of a person who ticked "include my shared notes", and only once both plans
// were open; never any other step's answers.

import { repairTalkCounts } from "@/domain/counselor/summary";
import { PLAN_INDEX } from "@/domain/repair-talk/repair-talk";
import type { SectionCtx } from "./types";

export async function repairTalksSection(ctx: SectionCtx) {
  const talks = await ctx.db.repairTalk.findMany({
    where: { coupleId: ctx.coupleId, startedOn: { gte: ctx.from, lte: ctx.to } },
    select: {
      status: true,
      stoppedTo: true,
      revealed: true,
      answers: {
        where: { step: "plan", sharedAt: { not: null } },
        select: { userId: true, text: true, sharedOn: true, commitmentId: true, boundaryId: true },
      },
    },
    take: 500,
  });
  const plans = talks.filter((t) => t.revealed > PLAN_INDEX).flatMap((t) => t.answers);
  return {
    kind: "repair-talks" as const,
    ...repairTalkCounts(talks, plans),
    people: ctx.people.map((p) => ({
      name: p.name,
      included: p.includeNotes,
      plans: p.includeNotes
        ? plans.filter((a) => a.userId === p.id).map((a) => ({ day: a.sharedOn ?? "", text: a.text }))
        : [],
    })),
  };
}
