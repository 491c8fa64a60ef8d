// What of repair waits on this person, for Home's "Waiting on you": shared amends they haven't
// answered, and this week's talk once its day has come and they haven't shared their answers.
import { currentTalkWeek } from "@/domain/talk/talk";
import type { CoupleCtx } from "@/server/commitment/access";

export async function repairWaiting(ctx: CoupleCtx) {
  const [amends, couple] = await Promise.all([
    ctx.db.amends.findMany({
      where: {
        coupleId: ctx.couple.id,
        authorId: { not: ctx.user.id },
        sharedAt: { not: null },
        answer: null,
      },
      select: { id: true, whatIDid: true },
      orderBy: { sharedAt: "asc" },
      take: 50,
    }),
    ctx.db.couple.findFirst({ where: { id: ctx.couple.id }, select: { talkDay: true } }),
  ]);
  const items = amends.map((a) => ({
    type: "amends" as const,
    id: a.id,
    title: a.whatIDid.length > 80 ? `${a.whatIDid.slice(0, 79)}…` : a.whatIDid,
    href: `/amends/${encodeURIComponent(a.id)}`,
  }));
  if (couple?.talkDay === null || couple?.talkDay === undefined) return items;
  const week = currentTalkWeek(new Date(), ctx.user.timeZone, couple.talkDay);
  const talk = await ctx.db.talk.findUnique({
    where: { coupleId_week: { coupleId: ctx.couple.id, week } },
    select: {
      revealedAt: true,
      skippedAt: true,
      answers: { where: { userId: ctx.user.id, submittedAt: { not: null } }, select: { id: true } },
    },
  });
  if (talk && (talk.revealedAt || talk.skippedAt || talk.answers.length > 0)) return items;
  return [
    ...items,
    { type: "talk" as const, id: week, title: "Your answers, whenever you're ready", href: "/talk" },
  ];
}
