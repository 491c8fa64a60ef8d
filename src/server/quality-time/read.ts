// Reading quality time both chose. A person's marks are read for them alone; of the partner's,
// only the ideas both want are derived (yes + yes, yes + maybe), so no answer, export or page can
// carry a "not now". A reflection of the partner's is selected only once both have answered.
import { TRPCError } from "@trpc/server";
import { localDate } from "@/domain/commitment/schedule";
import { BUILT_IN_IDEAS, builtInIdea, builtInKey } from "@/domain/quality-time/ideas";
import { type Choice, ideasBothWant, statusOf } from "@/domain/quality-time/quality-time";
import type { CoupleCtx } from "@/server/commitment/access";
import type { Db } from "@/server/db";

type ReadDb = Pick<Db, "qualityTimeVote">;
type Scope = { user: { id: string }; couple: { id: string; partner: { id: string } } };

async function marksOf(db: ReadDb, coupleId: string, userId: string) {
  const rows = await db.qualityTimeVote.findMany({
    where: { coupleId, userId },
    select: { ideaKey: true, choice: true },
  });
  return new Map(rows.map((r) => [r.ideaKey, r.choice as Choice]));
}

/** The ideas both want, with how much (both yes first). */
async function bothWantOf(db: ReadDb, ctx: Scope) {
  const [mine, partners] = await Promise.all([
    marksOf(db, ctx.couple.id, ctx.user.id),
    marksOf(db, ctx.couple.id, ctx.couple.partner.id),
  ]);
  return { mine, wanted: ideasBothWant(mine, partners) };
}

export async function wantedKeys(db: ReadDb, ctx: Scope): Promise<Set<string>> {
  return new Set((await bothWantOf(db, ctx)).wanted.map((w) => w.key));
}

export async function ideaTitle(ctx: CoupleCtx, ideaKey: string): Promise<string> {
  const builtIn = builtInIdea(ideaKey);
  if (builtIn) return builtIn.title;
  const own = await ctx.db.qualityTimeIdea.findFirst({
    where: { id: ideaKey, coupleId: ctx.couple.id },
    select: { title: true },
  });
  return own?.title ?? "Time together";
}

/** Every idea (built in, then the couple's own) with the viewer's mark, and the ones both want. */
export async function listIdeas(ctx: CoupleCtx) {
  const [{ mine, wanted }, own] = await Promise.all([
    bothWantOf(ctx.db, ctx),
    ctx.db.qualityTimeIdea.findMany({
      where: { coupleId: ctx.couple.id },
      select: { id: true, title: true, kind: true, effort: true, createdById: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const ideas = [
    ...BUILT_IN_IDEAS.map((i) => ({
      key: builtInKey(i.slug),
      title: i.title,
      kind: i.kind as string,
      effort: i.effort as string,
      by: null as "me" | "partner" | null,
    })),
    ...own.map((i) => ({
      key: i.id,
      title: i.title,
      kind: i.kind,
      effort: i.effort,
      by: i.createdById === ctx.user.id ? ("me" as const) : ("partner" as const),
    })),
  ];
  const byKey = new Map(ideas.map((i) => [i.key, i]));
  return {
    partnerName: ctx.couple.partner.name,
    ideas: ideas.map((i) => ({ ...i, mine: mine.get(i.key) ?? null })),
    bothWant: wanted.flatMap((w) => {
      const idea = byKey.get(w.key);
      return idea
        ? [{ key: w.key, title: idea.title, kind: idea.kind, effort: idea.effort, strength: w.strength }]
        : [];
    }),
  };
}

const QUALITY_TIME_SELECT = {
  id: true,
  title: true,
  day: true,
  commitmentId: true,
  scheduledById: true,
  revealedOn: true,
  reflections: { select: { userId: true, moment: true, closeness: true, answeredOn: true } },
} as const;

type QualityTimeRow = {
  id: string;
  title: string;
  day: string;
  commitmentId: string;
  scheduledById: string;
  revealedOn: string | null;
  reflections: { userId: string; moment: string; closeness: number; answeredOn: string }[];
};

/** One quality time as the viewer may see it: the partner's answer only once both have answered. */
function shape(row: QualityTimeRow, viewerId: string, today: string) {
  const mine = row.reflections.find((r) => r.userId === viewerId) ?? null;
  const theirs = row.reflections.find((r) => r.userId !== viewerId) ?? null;
  const revealed = row.revealedOn !== null;
  const reflection = (r: QualityTimeRow["reflections"][number] | null) =>
    r ? { moment: r.moment, closeness: r.closeness } : null;
  return {
    id: row.id,
    title: row.title,
    day: row.day,
    commitmentId: row.commitmentId,
    scheduledBy: row.scheduledById === viewerId ? ("me" as const) : ("partner" as const),
    status: statusOf({
      day: row.day,
      today,
      revealed,
      mine: mine !== null,
      partnerAnswered: theirs !== null,
    }),
    revealedOn: row.revealedOn,
    mine: reflection(mine),
    partner: revealed ? reflection(theirs) : null,
  };
}

/** The couple's quality times: coming up (soonest first), then past ones (latest first). */
export async function listQualityTimes(ctx: CoupleCtx) {
  const rows = await ctx.db.qualityTime.findMany({
    where: { coupleId: ctx.couple.id },
    select: QUALITY_TIME_SELECT,
    orderBy: { day: "asc" },
    take: 500,
  });
  const today = localDate(new Date(), ctx.user.timeZone);
  const all = rows.map((r) => shape(r, ctx.user.id, today));
  return {
    partnerName: ctx.couple.partner.name,
    today,
    upcoming: all.filter((q) => q.day > today),
    past: all.filter((q) => q.day <= today).reverse(),
  };
}

export async function getQualityTime(ctx: CoupleCtx, id: string) {
  const row = await ctx.db.qualityTime.findFirst({
    where: { id, coupleId: ctx.couple.id },
    select: QUALITY_TIME_SELECT,
  });
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that time together." });
  return {
    partnerName: ctx.couple.partner.name,
    ...shape(row, ctx.user.id, localDate(new Date(), ctx.user.timeZone)),
  };
}

/** The journey's moments: quality times whose answers both have given. */
export function revealedQualityTimes(db: Db, coupleId: string) {
  return db.qualityTime.findMany({
    where: { coupleId, revealedOn: { not: null } },
    select: { id: true, title: true, day: true },
  });
}

/** Account export: the person's own marks, ideas and answers (never the partner's). */
export async function qualityTimeExport(db: Db, me: string, coupleIds: string[]) {
  const [marks, ideas, answers] = await Promise.all([
    db.qualityTimeVote.findMany({
      where: { userId: me, coupleId: { in: coupleIds } },
      select: { coupleId: true, ideaKey: true, choice: true },
      orderBy: { ideaKey: "asc" },
    }),
    db.qualityTimeIdea.findMany({
      where: { createdById: me, coupleId: { in: coupleIds } },
      select: { coupleId: true, title: true, kind: true, effort: true, createdOn: true },
      orderBy: { createdAt: "asc" },
    }),
    db.qualityTimeReflection.findMany({
      where: { userId: me, qualityTime: { coupleId: { in: coupleIds } } },
      select: {
        moment: true,
        closeness: true,
        answeredOn: true,
        qualityTime: { select: { coupleId: true, title: true, day: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return {
    marks,
    ideasAdded: ideas,
    answers: answers.map(({ qualityTime, ...a }) => ({ ...qualityTime, ...a })),
  };
}

/**
 * Account deletion: the person's marks, answers and the ideas they wrote go (with every mark on
 * those ideas). Scheduled times stay for the partner under the title they had, as the shared
 * commitment does.
 */
export async function deleteQualityTimeData(
  tx: Pick<Db, "qualityTimeVote" | "qualityTimeIdea" | "qualityTimeReflection">,
  me: string,
) {
  const ideas = await tx.qualityTimeIdea.findMany({ where: { createdById: me }, select: { id: true } });
  await tx.qualityTimeVote.deleteMany({
    where: { OR: [{ userId: me }, { ideaKey: { in: ideas.map((i) => i.id) } }] },
  });
  await tx.qualityTimeIdea.deleteMany({ where: { createdById: me } });
  await tx.qualityTimeReflection.deleteMany({ where: { userId: me } });
}
