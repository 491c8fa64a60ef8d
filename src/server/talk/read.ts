// Reading the weekly talk. The partner's answers are selected only when the talk is revealed: the
// query itself leaves them out before that, so no page, export or answer can carry them.
import { TRPCError } from "@trpc/server";
import { localDate } from "@/domain/commitment/schedule";
import {
  currentTalkWeek,
  isOpenFor,
  nextTalkDay,
  PROMPT_KEYS,
  type PromptKey,
  talkStatus,
} from "@/domain/talk/talk";
import type { ActiveCouple } from "@/server/couple";
import { MEMBER_NAMES_SELECT, memberNames } from "@/server/couple";
import type { Db } from "@/server/db";
import { TALK_NOT_FOUND } from "@/server/talk/write";

type Ctx = { db: Db; user: { id: string; timeZone: string } };

const ANSWER_SELECT = {
  id: true,
  userId: true,
  appreciation: true,
  wentWell: true,
  hard: true,
  request: true,
  submittedAt: true,
  commitmentId: true,
  boundaryId: true,
  reflections: {
    select: { id: true, prompt: true, byId: true, text: true, verdict: true, verdictNote: true },
  },
} as const;

type AnswerRow = {
  id: string;
  userId: string;
  appreciation: string;
  wentWell: string;
  hard: string;
  request: string;
  submittedAt: Date | null;
  commitmentId: string | null;
  boundaryId: string | null;
  reflections: {
    id: string;
    prompt: string;
    byId: string;
    text: string;
    verdict: string | null;
    verdictNote: string | null;
  }[];
};

const DRAFT_SELECT = { id: true, appreciation: true, wentWell: true, hard: true, request: true } as const;

function draftAsAnswer(draft: { id: string } & Record<PromptKey, string>, userId: string): AnswerRow {
  return { ...draft, userId, submittedAt: null, commitmentId: null, boundaryId: null, reflections: [] };
}

function shapeAnswer(a: AnswerRow) {
  return {
    id: a.id,
    submitted: a.submittedAt !== null,
    text: Object.fromEntries(PROMPT_KEYS.map((k) => [k, a[k]])) as Record<PromptKey, string>,
    commitmentId: a.commitmentId,
    boundaryId: a.boundaryId,
    reflections: Object.fromEntries(
      a.reflections.map((r) => [
        r.prompt,
        { id: r.id, text: r.text, verdict: r.verdict, verdictNote: r.verdictNote },
      ]),
    ) as Partial<
      Record<PromptKey, { id: string; text: string; verdict: string | null; verdictNote: string | null }>
    >,
  };
}

/**
 * Both people's answers as the viewer may see them: their own always; the partner's only once
 * revealed (the where clause, not a filter afterwards) and only whether they submitted before that.
 */
async function answersOf(db: Db, talk: { id: string; revealedAt: Date | null }, viewerId: string) {
  const rows = await db.talkAnswer.findMany({
    where: { talkId: talk.id, ...(talk.revealedAt ? {} : { userId: viewerId }) },
    select: ANSWER_SELECT,
  });
  const partnerSubmitted = talk.revealedAt
    ? true
    : (await db.talkAnswer.count({
        where: { talkId: talk.id, userId: { not: viewerId }, submittedAt: { not: null } },
      })) > 0;
  const mine = rows.find((r) => r.userId === viewerId) ?? null;
  const partner = rows.find((r) => r.userId !== viewerId) ?? null;
  return { mine, partner, partnerSubmitted };
}

/** One week's talk of the active couple (this week's when no week is given). */
export async function getTalk(ctx: Ctx & { couple: ActiveCouple }, input: { week?: string }) {
  const couple = await ctx.db.couple.findFirstOrThrow({
    where: { id: ctx.couple.id },
    select: { talkDay: true },
  });
  const now = new Date();
  if (couple.talkDay === null) {
    if (input.week) throw new TRPCError({ code: "NOT_FOUND", message: TALK_NOT_FOUND });
    return { talkDay: null, week: null, nextWeek: null, partnerName: ctx.couple.partner.name, talk: null };
  }
  const current = currentTalkWeek(now, ctx.user.timeZone, couple.talkDay);
  const week = input.week ?? current;
  const talk = await ctx.db.talk.findUnique({
    where: { coupleId_week: { coupleId: ctx.couple.id, week } },
    select: { id: true, week: true, revealedAt: true, skippedAt: true, skippedById: true },
  });
  const draft = await ctx.db.talkDraft.findUnique({
    where: { coupleId_week_userId: { coupleId: ctx.couple.id, week, userId: ctx.user.id } },
    select: DRAFT_SELECT,
  });
  if (!talk && !draft && week !== current)
    throw new TRPCError({ code: "NOT_FOUND", message: TALK_NOT_FOUND });
  const answers = talk
    ? await answersOf(ctx.db, talk, ctx.user.id)
    : { mine: null, partner: null, partnerSubmitted: false };
  const { partner, partnerSubmitted } = answers;
  // Until it is shared, the person's answer is their draft (a TalkDraft, no part of the Talk).
  const mine = answers.mine ?? (draft ? draftAsAnswer(draft, ctx.user.id) : null);
  return {
    talkDay: couple.talkDay,
    week,
    current: week === current,
    open: isOpenFor(week, now, ctx.user.timeZone),
    nextWeek: nextTalkDay(now, ctx.user.timeZone, couple.talkDay),
    partnerName: ctx.couple.partner.name,
    talk: {
      status: talkStatus(talk, mine, partnerSubmitted),
      revealed: talk?.revealedAt != null,
      skippedByMe: talk?.skippedById === ctx.user.id,
      mine: mine ? shapeAnswer(mine) : null,
      partner: partner ? shapeAnswer(partner) : null,
    },
  };
}

/** The active couple's talks, newest first: the week and how it went, never the answers. */
export async function listTalks(ctx: Ctx & { couple: ActiveCouple }) {
  const rows = await ctx.db.talk.findMany({
    where: { coupleId: ctx.couple.id },
    select: {
      week: true,
      revealedAt: true,
      skippedAt: true,
      answers: { select: { userId: true, submittedAt: true } },
    },
    orderBy: { week: "desc" },
    take: 200,
  });
  const today = localDate(new Date(), ctx.user.timeZone);
  return rows
    .filter((r) => r.week <= today)
    .map((r) => {
      const mine = r.answers.find((a) => a.userId === ctx.user.id) ?? null;
      const partnerSubmitted = r.answers.some((a) => a.userId !== ctx.user.id && a.submittedAt !== null);
      return { week: r.week, status: talkStatus(r, mine, partnerSubmitted) };
    });
}

/**
 * Talks of couples the person has left (read-only): the revealed ones with both people's answers
 * and reflections; of the others, only the person's own answers.
 */
export async function archivedTalks(ctx: Ctx) {
  const couples = await ctx.db.couple.findMany({
    where: { endedAt: { not: null }, members: { some: { userId: ctx.user.id } } },
    select: {
      id: true,
      ...MEMBER_NAMES_SELECT,
      talks: {
        select: { id: true, week: true, revealedAt: true, skippedAt: true },
        orderBy: { week: "desc" },
      },
    },
    orderBy: { endedAt: "desc" },
  });
  const result = [];
  for (const c of couples) {
    if (c.talks.length === 0) continue;
    const names = memberNames(c);
    const partnerId = c.members.find((m) => m.user.id !== ctx.user.id)?.user.id ?? "";
    const talks = [];
    for (const t of c.talks) {
      const { mine, partner } = await answersOf(ctx.db, t, ctx.user.id);
      talks.push({
        week: t.week,
        revealed: t.revealedAt !== null,
        skipped: t.skippedAt !== null,
        mine: mine ? shapeAnswer(mine) : null,
        partner: partner ? shapeAnswer(partner) : null,
      });
    }
    result.push({ coupleId: c.id, endedAt: c.endedAt, partnerName: names.get(partnerId) ?? "—", talks });
  }
  return result;
}
