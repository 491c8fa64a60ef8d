// Reading repair conversations. Reveal when both: the partner's answers are selected only for
// steps both have shared (the where clause in `answersFor`), so no procedure, page, export or
// live event can carry a partner's answer before. Everything a partner sees carries days.
import { TRPCError } from "@trpc/server";
import {
  currentStep,
  HEARD_INDEX,
  iStatementHints,
  repairTalkStatus,
  revealedSteps,
  STEPS,
  type StepKey,
} from "@/domain/repair-talk/repair-talk";
import type { CoupleCtx } from "@/server/commitment/access";
import { MEMBER_NAMES_SELECT, memberNames } from "@/server/couple";
import type { Db } from "@/server/db";
import { linkView } from "./links";

export const REPAIR_TALK_NOT_FOUND = "We couldn't find that conversation.";

const TALK_SELECT = {
  id: true,
  coupleId: true,
  startedById: true,
  about: true,
  linkType: true,
  linkId: true,
  revealed: true,
  status: true,
  stoppedById: true,
  stoppedTo: true,
  startedOn: true,
  endedOn: true,
} as const;

/** The caller's own answers (drafts too), and the partner's shared answers of revealed steps only. */
function answersFor(db: Db, talk: { id: string; revealed: number }, me: string) {
  return db.repairAnswer.findMany({
    where: {
      talkId: talk.id,
      OR: [{ userId: me }, { sharedAt: { not: null }, step: { in: revealedSteps(talk) } }],
    },
    select: {
      id: true,
      userId: true,
      step: true,
      attempt: true,
      feelings: true,
      text: true,
      sharedAt: true,
      sharedOn: true,
      verdict: true,
      verdictNote: true,
      commitmentId: true,
      boundaryId: true,
      amendsId: true,
    },
    orderBy: [{ attempt: "asc" }],
  });
}

type AnswerRow = Awaited<ReturnType<typeof answersFor>>[number];
const feelingsOf = (csv: string) => (csv ? csv.split(",") : []);
const view = (a: AnswerRow) => ({
  id: a.id,
  attempt: a.attempt,
  feelings: feelingsOf(a.feelings),
  text: a.text,
  shared: a.sharedAt !== null,
  sharedOn: a.sharedOn,
  verdict: a.verdict,
  verdictNote: a.verdictNote,
  commitmentId: a.commitmentId,
  boundaryId: a.boundaryId,
  amendsId: a.amendsId,
});

type ReadCtx = { db: Db; user: { id: string; timeZone: string } };

/**
 * One conversation with the answers the caller may read. Scoped by membership of its couple (not
 * the active couple), as amends are: after an unlink both keep reading it, read-only (`archived`:
 * no step is current, and every write, scoped to the active couple, finds nothing).
 */
export async function getRepairTalk(ctx: ReadCtx, input: { id: string }) {
  const me = ctx.user.id;
  const found = await ctx.db.repairTalk.findFirst({
    where: { id: input.id, couple: { members: { some: { userId: me } } } },
    select: { ...TALK_SELECT, couple: { select: MEMBER_NAMES_SELECT } },
  });
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: REPAIR_TALK_NOT_FOUND });
  const { couple, ...talk } = found;
  const archived = couple.endedAt !== null;
  const partnerId = couple.members.find((m) => m.user.id !== me)?.user.id;
  const partnerName = (partnerId && memberNames(couple).get(partnerId)) || "Your partner";
  const answers = await answersFor(ctx.db, talk, me);
  const step = archived ? null : currentStep(talk);
  // Of the step both are on, the caller learns only whether the partner has shared (not what).
  const partnerSharedNow = step
    ? (await ctx.db.repairAnswer.count({
        where: { talkId: talk.id, userId: { not: me }, step, attempt: 1, sharedAt: { not: null } },
      })) > 0
    : false;
  const mineOf = (key: StepKey) => answers.filter((a) => a.userId === me && a.step === key).map(view);
  // The amends a partner's part became may still be their draft: not even its id.
  const partnerOf = (key: StepKey) =>
    answers.filter((a) => a.userId !== me && a.step === key).map((a) => ({ ...view(a), amendsId: null }));
  const mineNow = step ? mineOf(step)[0] : undefined;
  return {
    id: talk.id,
    about: talk.about,
    link: await linkView(
      ctx.db,
      talk.coupleId,
      talk.linkType && talk.linkId ? { type: talk.linkType, id: talk.linkId } : null,
    ),
    startedByMe: talk.startedById === me,
    startedOn: talk.startedOn,
    endedOn: talk.endedOn,
    status: talk.status,
    stoppedTo: talk.stoppedTo,
    stoppedByMe: talk.stoppedById === me,
    partnerName,
    archived,
    current: step,
    statusText: archived
      ? "You're no longer linked: this conversation stays as it was, for both of you to read."
      : repairTalkStatus(talk, Boolean(mineNow?.shared), partnerSharedNow),
    partnerSharedNow,
    heardRevealed: talk.revealed > HEARD_INDEX,
    steps: STEPS.map((s, index) => ({
      key: s.key,
      label: s.label,
      hint: s.hint,
      optional: s.optional,
      revealed: index < talk.revealed,
      mine: mineOf(s.key),
      partner: partnerOf(s.key),
      hints: s.key === step && mineNow ? iStatementHints(s.key, mineNow.text) : [],
    })),
  };
}

const LIST_SELECT = {
  id: true,
  about: true,
  status: true,
  revealed: true,
  startedOn: true,
  endedOn: true,
  stoppedTo: true,
} as const;
type ListRow = {
  id: string;
  about: string;
  status: string;
  revealed: number;
  startedOn: string;
  endedOn: string | null;
  stoppedTo: string | null;
};
const listItem = (r: ListRow) => ({ ...r, step: currentStep(r), steps: STEPS.length });

/** The active couple's conversations, newest first: what each is about and where it stands. */
export async function listRepairTalks(ctx: CoupleCtx) {
  const rows = await ctx.db.repairTalk.findMany({
    where: { coupleId: ctx.couple.id },
    select: LIST_SELECT,
    orderBy: { createdAt: "desc" },
  });
  return rows.map(listItem);
}

/** Conversations of couples the caller has left, by couple, newest first (read-only, like amends). */
export async function archivedRepairTalks(ctx: ReadCtx) {
  const couples = await ctx.db.couple.findMany({
    where: { endedAt: { not: null }, members: { some: { userId: ctx.user.id } } },
    select: {
      id: true,
      ...MEMBER_NAMES_SELECT,
      repairTalks: { select: LIST_SELECT, orderBy: { createdAt: "desc" } },
    },
    orderBy: { endedAt: "desc" },
  });
  return couples
    .filter((c) => c.repairTalks.length > 0)
    .map((c) => ({
      coupleId: c.id,
      partnerName: memberNames(c).get(c.members.find((m) => m.user.id !== ctx.user.id)?.user.id ?? "") ?? "—",
      talks: c.repairTalks.map(listItem),
    }));
}

/** The person's own words in repair conversations, for their export (never the partner's answers). */
export async function repairTalkExport(db: Db, me: string, coupleIds: string[]) {
  const rows = await db.repairAnswer.findMany({
    where: { userId: me, talk: { coupleId: { in: coupleIds } } },
    select: {
      step: true,
      attempt: true,
      feelings: true,
      text: true,
      sharedOn: true,
      verdict: true,
      verdictNote: true,
      talk: {
        select: { id: true, coupleId: true, about: true, startedById: true, startedOn: true, status: true },
      },
    },
    orderBy: [{ createdAt: "asc" }],
  });
  return rows.map(({ talk, feelings, verdict, verdictNote, ...a }) => ({
    conversation: talk.id,
    coupleId: talk.coupleId,
    // What it was about is the starter's words: in the export of the one who wrote them.
    about: talk.startedById === me ? talk.about : null,
    startedOn: talk.startedOn,
    status: talk.status,
    ...a,
    feelings: feelingsOf(feelings),
    // For "what I heard you say": whether the partner said it caught them.
    partnersVerdict: verdict,
    partnersVerdictNote: verdictNote,
  }));
}

/** Account deletion, as for amends: the conversations the person started go, and their answers in others. */
export async function deleteRepairTalks(tx: Pick<Db, "repairTalk" | "repairAnswer">, me: string) {
  await tx.repairTalk.deleteMany({ where: { startedById: me } });
  await tx.repairAnswer.deleteMany({ where: { userId: me } });
  // Their "not quite" notes sit on the partner's "what I heard you say": their words, so they go.
  await tx.repairAnswer.updateMany({
    where: { verdictNote: { not: null }, talk: { couple: { members: { some: { userId: me } } } } },
    data: { verdictNote: null },
  });
}
