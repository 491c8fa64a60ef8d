// The weekly talk, each week of the period: held (revealed), skipped, still open, or not held. Never the
// answers: the query doesn't read them.
import { localDate } from "@/domain/commitment/schedule";
import { talkOutcome, talkWeeksIn } from "@/domain/counselor/summary";
import type { SectionCtx } from "./types";

export async function talksSection(ctx: SectionCtx) {
  const [couple, talks] = await Promise.all([
    ctx.db.couple.findUnique({
      where: { id: ctx.coupleId },
      select: { talkDay: true, talkDayOn: true, createdAt: true },
    }),
    ctx.db.talk.findMany({
      where: { coupleId: ctx.coupleId, week: { gte: ctx.from, lte: ctx.to } },
      select: { week: true, revealedAt: true, skippedAt: true, skippedById: true },
      take: 400,
    }),
  ]);
  const talkDay = couple?.talkDay ?? null;
  // The talk day's weeks since it was chosen (no week "not held" before there was a couple or a
  // talk day; couples from before that was recorded: since they linked), and any week held on an
  // earlier talk day.
  const zone = ctx.people[0]?.timeZone ?? "UTC";
  // "Open" while either partner can still answer: the earlier of their two todays.
  const now = new Date();
  const today = ctx.people.map((p) => localDate(now, p.timeZone)).sort()[0] ?? localDate(now, zone);
  const linkedOn = couple ? localDate(couple.createdAt, zone) : ctx.from;
  const chosenOn = couple?.talkDayOn ?? linkedOn;
  const start = [ctx.from, linkedOn, chosenOn].sort()[2] ?? ctx.from; // the latest of the three days
  const weeks = [...new Set([...talkWeeksIn(start, ctx.to, talkDay), ...talks.map((t) => t.week)])].sort();
  return {
    kind: "talks" as const,
    hasTalkDay: talkDay !== null,
    weeks: weeks.map((week) => {
      const talk = talks.find((t) => t.week === week);
      const outcome = talkOutcome(talk, week, today);
      return {
        week,
        outcome,
        skippedBy:
          outcome === "skipped" ? (ctx.people.find((p) => p.id === talk?.skippedById)?.name ?? null) : null,
      };
    }),
  };
}
