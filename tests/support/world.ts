// A small world of two couples, an ex-partner and an open invitation, with something in every
// table: the authorization matrix and the hostile-input suite both start from it.
import { localDate } from "@/domain/commitment/schedule";
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
    eliNotification: eliNotification?.id ?? "missing",
    inviteToken: tokenOf(invite.url),
  };
}
export type World = Awaited<ReturnType<typeof world>>;
