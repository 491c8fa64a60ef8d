// A person's own repair data, for account export and deletion: the amends they wrote
// (drafts too) with what came back, their answers and follow-ups to the partner's amends, their
// talk answers (and unshared drafts) with the reflections on them, and the reflections they wrote. Never the partner's
// talk answers or amends text. Instants leave as the person's local days: the history holds the
// partner's answers and follow-ups, and a reveal is the partner's submission.
import { localDate } from "@/domain/commitment/schedule";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import type { Db } from "@/server/db";
import { deleteQualityTimeData, qualityTimeExport } from "@/server/quality-time/read";
import { deleteRepairTalks, repairTalkExport } from "@/server/repair-talk/read";
import { deleteTimeOuts, timeOutExport } from "@/server/time-out/time-out";

export async function repairExport(db: Db, me: string, timeZone: string, coupleIds: string[]) {
  const day = (at: Date) => localDate(at, timeZone);
  const dayOrNull = (at: Date | null) => (at ? day(at) : null);
  const you = (id: string) => (id === me ? "you" : "partner");
  const [written, given, answers, drafts, reflected, timeOuts, repairTalks, qualityTime] = await Promise.all([
    db.amends.findMany({
      where: { authorId: me, coupleId: { in: coupleIds } },
      select: {
        coupleId: true,
        whatIDid: true,
        impact: true,
        different: true,
        createdAt: true,
        sharedAt: true,
        answer: true,
        talkedAt: true,
        entries: {
          select: { authorId: true, kind: true, answer: true, note: true, createdAt: true },
          orderBy: { createdAt: "asc" },
        },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.amendsEntry.findMany({
      where: { authorId: me, amends: { authorId: { not: me }, coupleId: { in: coupleIds } } },
      select: { kind: true, answer: true, note: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.talkAnswer.findMany({
      where: { userId: me, talk: { coupleId: { in: coupleIds } } },
      select: {
        appreciation: true,
        wentWell: true,
        hard: true,
        request: true,
        submittedAt: true,
        talk: { select: { coupleId: true, week: true, revealedAt: true } },
        reflections: { select: { prompt: true, text: true, verdict: true, verdictNote: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.talkDraft.findMany({
      where: { userId: me, coupleId: { in: coupleIds } },
      select: { coupleId: true, week: true, appreciation: true, wentWell: true, hard: true, request: true },
      orderBy: { week: "asc" },
    }),
    db.talkReflection.findMany({
      where: { byId: me, answer: { talk: { coupleId: { in: coupleIds } } } },
      select: {
        prompt: true,
        text: true,
        verdict: true,
        verdictNote: true,
        answer: { select: { talk: { select: { week: true } } } },
      },
      orderBy: { createdAt: "asc" },
    }),
    timeOutExport(db, me, coupleIds),
    repairTalkExport(db, me, coupleIds),
    qualityTimeExport(db, me, coupleIds),
  ]);
  return {
    amendsWritten: written.map(({ entries, createdAt, sharedAt, talkedAt, ...a }) => ({
      ...a,
      createdOn: day(createdAt),
      sharedOn: dayOrNull(sharedAt),
      talkedOn: dayOrNull(talkedAt),
      history: entries.map(({ authorId, createdAt, ...e }) => ({
        ...e,
        on: day(createdAt),
        by: you(authorId),
      })),
    })),
    amendsAnswersGiven: given.map(({ createdAt, ...e }) => ({ ...e, on: day(createdAt) })),
    talkAnswers: answers.map(({ talk, reflections, submittedAt, ...a }) => ({
      coupleId: talk.coupleId,
      week: talk.week,
      revealedOn: dayOrNull(talk.revealedAt),
      submittedOn: dayOrNull(submittedAt),
      ...a,
      reflectionsByPartner: reflections,
    })),
    talkDrafts: drafts,
    reflectionsWritten: reflected.map(({ answer, ...r }) => ({ week: answer.talk.week, ...r })),
    timeOuts,
    repairTalkAnswers: repairTalks,
    qualityTime,
  };
}

/** Account deletion: what is the person's alone goes (the partner's own words stay theirs). */
export async function deleteRepairData(tx: Prisma.TransactionClient, me: string) {
  await tx.amendsEntry.deleteMany({ where: { OR: [{ authorId: me }, { amends: { authorId: me } }] } });
  await tx.amends.deleteMany({ where: { authorId: me } });
  await tx.talkReflection.deleteMany({ where: { OR: [{ byId: me }, { answer: { userId: me } }] } });
  await tx.talkAnswer.deleteMany({ where: { userId: me } });
  await tx.talkDraft.deleteMany({ where: { userId: me } });
  await deleteTimeOuts(tx, me);
  await deleteRepairTalks(tx, me);
  await deleteQualityTimeData(tx, me);
}
