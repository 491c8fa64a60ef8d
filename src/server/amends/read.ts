// Reading amends as the viewer may see them. Drafts are in no query but their author's: the
// `OR` of every where clause below is the one place that rule lives for reads.
import { TRPCError } from "@trpc/server";
import { amendsStatus, answerLabel, canAnswer, canEdit, waitsForTalk } from "@/domain/amends/amends";
import { localDate } from "@/domain/commitment/schedule";
import { AMENDS_NOT_FOUND } from "@/server/amends/write";
import { MEMBER_NAMES_SELECT, memberNames } from "@/server/couple";
import type { Db } from "@/server/db";

// Instants leave as the viewer's local days ("days, not minutes", docs/security.md).
type ReadCtx = { db: Db; user: { id: string; timeZone: string } };

/** Shared, or the viewer's own draft. */
export const visibleTo = (userId: string) => ({ OR: [{ sharedAt: { not: null } }, { authorId: userId }] });

const SUMMARY = {
  id: true,
  authorId: true,
  whatIDid: true,
  sharedAt: true,
  answer: true,
  talkedAt: true,
  createdAt: true,
} as const;

function summary(
  row: {
    id: string;
    authorId: string;
    whatIDid: string;
    sharedAt: Date | null;
    answer: string | null;
    talkedAt: Date | null;
    createdAt: Date;
  },
  viewer: ReadCtx["user"],
) {
  const viewerId = viewer.id;
  return {
    id: row.id,
    mine: row.authorId === viewerId,
    whatIDid: row.whatIDid,
    draft: row.sharedAt === null,
    sharedOn: row.sharedAt ? localDate(row.sharedAt, viewer.timeZone) : null,
    // When a draft was begun is its author's alone: the partner would learn how long it waited.
    createdOn: row.authorId === viewerId ? localDate(row.createdAt, viewer.timeZone) : null,
    answer: row.answer,
    status: amendsStatus(row, viewerId),
    waitsForTalk: waitsForTalk(row),
    needsMyAnswer: canAnswer(row, viewerId) && row.answer === null,
  };
}

/** The active couple's amends: the viewer's drafts, and everything shared, newest first. */
export async function listAmends(ctx: ReadCtx & { couple: { id: string } }) {
  const rows = await ctx.db.amends.findMany({
    where: { coupleId: ctx.couple.id, ...visibleTo(ctx.user.id) },
    select: SUMMARY,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  return rows.map((r) => summary(r, ctx.user));
}

/** Shared amends one of them asked to talk about, not yet talked about: the weekly talk lists them. */
export async function amendsToTalkAbout(ctx: ReadCtx & { couple: { id: string } }) {
  const rows = await ctx.db.amends.findMany({
    where: { coupleId: ctx.couple.id, sharedAt: { not: null }, answer: "talk", talkedAt: null },
    select: SUMMARY,
    orderBy: { sharedAt: "asc" },
  });
  return rows.map((r) => summary(r, ctx.user));
}

/**
 * One amends with its history. Scoped by membership of its couple (not the active couple), so both
 * former partners keep reading it after an unlink, read-only; a draft only ever by its author.
 */
export async function amendsDetail(ctx: ReadCtx, input: { id: string }) {
  const row = await ctx.db.amends.findFirst({
    where: {
      id: input.id,
      couple: { members: { some: { userId: ctx.user.id } } },
      ...visibleTo(ctx.user.id),
    },
    select: {
      id: true,
      authorId: true,
      whatIDid: true,
      impact: true,
      different: true,
      sharedAt: true,
      answer: true,
      answeredAt: true,
      talkedAt: true,
      commitmentId: true,
      boundaryId: true,
      rev: true,
      createdAt: true,
      couple: { select: MEMBER_NAMES_SELECT },
      entries: {
        select: { id: true, authorId: true, kind: true, answer: true, note: true, createdAt: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: AMENDS_NOT_FOUND });
  const names = memberNames(row.couple);
  const me = ctx.user.id;
  const archived = row.couple.endedAt !== null;
  const partnerId = row.couple.members.find((m) => m.user.id !== me)?.user.id;
  const nameOf = (id: string) => (id === me ? "You" : (names.get(id) ?? "Your partner"));
  return {
    id: row.id,
    rev: row.rev,
    mine: row.authorId === me,
    authorName: nameOf(row.authorId),
    partnerName: (partnerId && names.get(partnerId)) || "Your partner",
    archived,
    whatIDid: row.whatIDid,
    impact: row.impact,
    different: row.different,
    draft: row.sharedAt === null,
    sharedOn: row.sharedAt ? localDate(row.sharedAt, ctx.user.timeZone) : null,
    createdOn: row.authorId === me ? localDate(row.createdAt, ctx.user.timeZone) : null,
    answer: row.answer,
    answerLabel: answerLabel(row.answer),
    status: amendsStatus(row, me),
    waitsForTalk: waitsForTalk(row),
    canEdit: !archived && canEdit(row, me),
    canAnswer: !archived && canAnswer(row, me),
    canFollowUp: !archived && row.sharedAt !== null,
    canFollowThrough:
      !archived && row.authorId === me && row.sharedAt !== null && !row.commitmentId && !row.boundaryId,
    commitmentId: row.commitmentId,
    boundaryId: row.boundaryId,
    history: row.entries.map((e) => ({
      id: e.id,
      by: nameOf(e.authorId),
      mine: e.authorId === me,
      kind: e.kind,
      answer: answerLabel(e.answer),
      note: e.note,
      on: localDate(e.createdAt, ctx.user.timeZone),
    })),
  };
}

/** Amends of couples the person has left: the shared ones, and their own drafts. */
export async function archivedAmends(ctx: ReadCtx) {
  const couples = await ctx.db.couple.findMany({
    where: { endedAt: { not: null }, members: { some: { userId: ctx.user.id } } },
    select: {
      id: true,
      ...MEMBER_NAMES_SELECT,
      amends: { where: visibleTo(ctx.user.id), select: SUMMARY, orderBy: { createdAt: "desc" } },
    },
    orderBy: { endedAt: "desc" },
  });
  return couples
    .filter((c) => c.amends.length > 0)
    .map((c) => ({
      coupleId: c.id,
      endedOn: c.endedAt ? localDate(c.endedAt, ctx.user.timeZone) : null,
      partnerName: memberNames(c).get(c.members.find((m) => m.user.id !== ctx.user.id)?.user.id ?? "") ?? "—",
      amends: c.amends.map((a) => summary(a, ctx.user)),
    }));
}
