// A small world of two couples, an ex-partner and an open invitation, with something in every
// table: the authorization matrix and the hostile-input suite both start from it.
import { addDays, dayOfWeek, localDate } from "@/domain/commitment/schedule";
import { builtInKey } from "@/domain/quality-time/ideas";
import { STEP_KEYS } from "@/domain/repair-talk/repair-talk";
import type { Db } from "@/server/db";
import { callerFor, signUp, type TestUser } from "./callers";
import { linkedPair, tokenOf } from "./couples";

export const ACTORS = ["anonymous", "stranger", "ex", "partner", "self"] as const;
export type Actor = (typeof ACTORS)[number];

export async function world(db: Db) {
  const as = (u: TestUser | null) => callerFor(db, u?.claims ?? null);

  async function link(a: TestUser, b: TestUser) {
    const invite = await as(a).invite.create();
    await as(b).invite.accept({ token: tokenOf(invite.url) });
  }

  const ava = await signUp(db, { name: "Ava" });
  const eli = await signUp(db, { name: "Eli" });
  // Ava and Eli's past: a commitment of Eli's, then Ava ends it (Eli gets a notification).
  await link(ava, eli);
  await as(eli).commitment.create({ title: "Eli's old promise", who: "me", cadence: { kind: "daily" } });
  await as(ava).couple.unlink();
  const eliNotification = (await as(eli).notification.list()).find((n) => n.kind === "partner-unlinked");

  const ben = await signUp(db, { name: "Ben" });
  await link(ava, ben);
  const today = localDate(new Date(), "Europe/Berlin");
  const pending = await as(ava).boundary.propose({
    title: "C1SECRET pending",
    description: "C1SECRET what it means",
    category: "communication",
    owner: "mine",
    note: "C1SECRET proposal note",
  });
  const { id: activeId } = await as(ben).boundary.propose({
    title: "C1SECRET agreed",
    description: "C1SECRET agreed meaning",
    category: "communication",
    owner: "ours",
  });
  await as(ava).boundary.agree({ id: activeId, rev: 0, versionNumber: 1 });
  // Its review date has come (written directly: a review date is chosen in the future).
  await db.boundary.update({ where: { id: activeId }, data: { reviewOn: today } });
  const { id: avasOwn } = await as(ava).commitment.create({
    title: "C1SECRET Ava's own",
    who: "me",
    cadence: { kind: "daily" },
    boundaryId: activeId,
  });
  const { id: shared } = await as(ben).commitment.create({
    title: "C1SECRET shared",
    who: "both",
    cadence: { kind: "daily" },
  });
  const { id: bensOwn } = await as(ben).commitment.create({
    title: "C1SECRET Ben's own",
    who: "me",
    cadence: { kind: "daily" },
  });
  const { id: avasCheckIn } = await as(ava).commitment.checkIn({
    commitmentId: avasOwn,
    day: today,
    outcome: "kept",
    note: "C1PRIVATE note",
    noteShared: false,
  });
  const { id: bensCheckIn } = await as(ben).commitment.checkIn({
    commitmentId: shared,
    day: today,
    outcome: "kept",
    note: "C1SECRET shared note",
    noteShared: true,
  });
  await as(ava).commitment.acknowledge({ checkInId: bensCheckIn, kind: "noticed" });
  const { id: avasPause } = await as(ava).commitment.pause({
    commitmentId: shared,
    from: localDate(new Date(Date.now() + 5 * 86_400_000), "Europe/Berlin"),
    to: localDate(new Date(Date.now() + 6 * 86_400_000), "Europe/Berlin"),
  });

  // Issue #21. Ava's draft amends and her answers to this week's talk, which Ben hasn't answered:
  // both are C1PRIVATE (Ben may see neither). Her shared amends, which Ben wants to talk about, and
  // last week's talk, answered by both and reflected by Ben, are the couple's (C1SECRET).
  const { id: avasDraft } = await as(ava).amends.create({
    whatIDid: "C1PRIVATE draft amends",
    impact: "C1PRIVATE impact",
    different: "C1PRIVATE different",
  });
  const { id: avasAmends } = await as(ava).amends.create({
    whatIDid: "C1SECRET shared amends",
    impact: "C1SECRET impact",
    different: "C1SECRET different",
    share: true,
  });
  await as(ben).amends.answer({ id: avasAmends, answer: "talk", note: "C1SECRET answer note" });
  await as(ava).talk.setDay({ day: dayOfWeek(today) });
  const lastWeek = addDays(today, -7);
  const said = (tag: string) => ({ appreciation: tag, wentWell: tag, hard: tag, request: tag, submit: true });
  await as(ava).talk.save({ week: lastWeek, ...said("C1SECRET Ava's talk") });
  await as(ben).talk.save({ week: lastWeek, ...said("C1SECRET Ben's talk") });
  const avasLastTalk = (await as(ava).talk.get({ week: lastWeek })).talk?.mine?.id ?? "missing";
  const { id: bensReflection } = await as(ben).talk.reflect({
    answerId: avasLastTalk,
    prompt: "hard",
    text: "C1SECRET what Ben heard",
  });
  await as(ava).talk.save({ week: today, ...said("C1PRIVATE unrevealed talk answer") });
  // Talk about what happened: Ava has shared how she felt (C1PRIVATE until Ben shares his); an
  // earlier conversation went through every step (written directly: six steps by two people).
  const { id: repairTalk } = await as(ava).repairTalk.start({ about: "C1SECRET what happened" });
  await as(ava).repairTalk.save({
    id: repairTalk,
    step: "felt",
    feelings: ["hurt"],
    text: "C1PRIVATE how Ava felt",
    share: true,
  });
  const c1 = await db.coupleMember.findFirstOrThrow({ where: { userId: ava.id, activeUserId: ava.id } });
  const finished = await db.repairTalk.create({
    data: {
      coupleId: c1.coupleId,
      startedById: ben.id,
      about: "C1SECRET earlier",
      revealed: STEP_KEYS.length,
      status: "finished",
      startedOn: today,
      endedOn: today,
    },
  });
  for (const who of [ava, ben]) {
    for (const step of STEP_KEYS) {
      await db.repairAnswer.create({
        data: {
          talkId: finished.id,
          userId: who.id,
          step,
          text: `C1SECRET ${who.name} ${step}`,
          sharedAt: new Date(),
          sharedOn: today,
        },
      });
    }
  }
  const answerOf = async (userId: string, step: string) =>
    (await db.repairAnswer.findFirstOrThrow({ where: { talkId: finished.id, userId, step } })).id;
  const avasPlan = await answerOf(ava.id, "plan");
  // Quality time: both want an evening walk, which Ben put on today; Ava has answered about it
  // (C1PRIVATE until Ben answers too) and said "not now" to a hike (hers alone). Her own idea is
  // the couple's (C1SECRET).
  const walk = builtInKey("evening-walk");
  await as(ava).qualityTime.mark({ ideaKey: walk, choice: "yes" });
  await as(ben).qualityTime.mark({ ideaKey: walk, choice: "yes" });
  await as(ava).qualityTime.mark({ ideaKey: builtInKey("hike"), choice: "not-now" });
  const { id: avasIdea } = await as(ava).qualityTime.addIdea({
    title: "C1SECRET our own idea",
    kind: "at-home",
    effort: "small",
  });
  const { id: qualityTime } = await as(ben).qualityTime.schedule({ ideaKey: walk, day: today });
  await as(ava).qualityTime.reflect({ id: qualityTime, moment: "C1PRIVATE Ava's moment", closeness: 4 });
  const avasPart = await answerOf(ava.id, "part");
  // A third, still open after "what I heard you say": Ben can say whether Ava heard him.
  const hearing = await db.repairTalk.create({
    data: {
      coupleId: c1.coupleId,
      startedById: ben.id,
      about: "C1SECRET hearing",
      revealed: 2,
      startedOn: today,
    },
  });
  for (const who of [ava, ben]) {
    for (const step of STEP_KEYS.slice(0, 2)) {
      await db.repairAnswer.create({
        data: {
          talkId: hearing.id,
          userId: who.id,
          step,
          text: `C1SECRET ${who.name} ${step}`,
          sharedAt: new Date(),
          sharedOn: today,
        },
      });
    }
  }
  const avasHeard = (
    await db.repairAnswer.findFirstOrThrow({ where: { talkId: hearing.id, userId: ava.id, step: "heard" } })
  ).id;
  // Ava steps away from a conversation: Ben sees her return time (the one instant he is shown).
  await as(ava).timeOut.start({ minutes: 30 });

  const stranger = await linkedPair(db, ["Sam", "Tess"]);
  await as(stranger.a).commitment.create({ title: "Sam's promise", who: "me", cadence: { kind: "daily" } });
  const loner = await signUp(db, { name: "Lee" });
  const invite = await as(loner).invite.create();

  return {
    users: { anonymous: null, self: ava, partner: ben, stranger: stranger.a, ex: eli } as Record<
      Actor,
      TestUser | null
    >,
    today,
    pending: { id: pending.id, rev: 0 },
    active: { id: activeId },
    avasOwn,
    shared,
    bensOwn,
    avasCheckIn,
    bensCheckIn,
    avasPause,
    avasDraft,
    avasAmends,
    lastWeek,
    avasLastTalk,
    bensReflection,
    repairTalk,
    finishedRepairTalk: finished.id,
    avasHeard,
    avasPlan,
    walk,
    avasIdea,
    qualityTime,
    avasPart,
    eliNotification: eliNotification?.id ?? "missing",
    inviteToken: tokenOf(invite.url),
  };
}
export type World = Awaited<ReturnType<typeof world>>;
