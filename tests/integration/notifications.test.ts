// Issue #18: one notification per thing a partner does, written in the transaction of the change
// (a rolled-back change writes none), read only by its recipient, kept 90 days, honouring each
// person's choices; and "waiting on you".
import { beforeAll, describe, expect, it } from "vitest";
import { localDate } from "@/domain/commitment/schedule";
import { allChoices } from "@/domain/notification/schemas";
import type { Db } from "@/server/db";
import { notify } from "@/server/notification/write";
import { callerFor, failure, signUp, type TestUser } from "../support/callers";
import { linkedPair, tokenOf } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const as = (u: TestUser) => callerFor(db, u.claims);
const text = {
  title: "Phones away at dinner",
  description: "Both of us",
  category: "communication",
  owner: "ours",
} as const;
const todayOf = () => localDate(new Date(), "Europe/Berlin");

/** The notifications `action` wrote, whoever they are for. */
async function written(action: () => Promise<unknown>) {
  const before = new Set((await db.notification.findMany({ select: { id: true } })).map((n) => n.id));
  await action();
  const after = await db.notification.findMany({
    select: {
      id: true,
      userId: true,
      actorId: true,
      kind: true,
      objectType: true,
      objectId: true,
      coupleId: true,
    },
  });
  return after.filter((n) => !before.has(n.id));
}

async function pairWithProposal() {
  const { a, b } = await linkedPair(db);
  const proposal = await as(a).boundary.propose(text);
  return { a, b, proposal };
}

async function pairWithActiveBoundary() {
  const { a, b, proposal } = await pairWithProposal();
  await as(b).boundary.agree({ id: proposal.id, rev: 0, versionNumber: 1 });
  return { a, b, boundary: { id: proposal.id, rev: 1 } };
}

async function pairWithCommitment() {
  const { a, b } = await linkedPair(db);
  const { id } = await as(a).commitment.create({
    title: "Walk together",
    who: "both",
    cadence: { kind: "daily" },
  });
  return { a, b, commitmentId: id };
}

/** What an action acts on: a linked pair (a invited b) and, per setup, the object's id. */
type Setup = { a: TestUser; b: TestUser; id: string; checkInId: string; token: string };

const SETUPS = {
  pair: async () => ({ ...(await linkedPair(db)), id: "", checkInId: "", token: "" }),
  proposal: async () => {
    const { a, b, proposal } = await pairWithProposal();
    return { a, b, id: proposal.id, checkInId: "", token: "" };
  },
  active: async () => {
    const { a, b, boundary } = await pairWithActiveBoundary();
    return { a, b, id: boundary.id, checkInId: "", token: "" };
  },
  retiring: async () => {
    const { a, b, boundary } = await pairWithActiveBoundary();
    await as(a).boundary.proposeRetire(boundary);
    return { a, b, id: boundary.id, checkInId: "", token: "" };
  },
  commitment: async () => {
    const { a, b, commitmentId } = await pairWithCommitment();
    return { a, b, id: commitmentId, checkInId: "", token: "" };
  },
  own: async () => {
    const { a, b } = await linkedPair(db);
    const { id } = await as(a).commitment.create({ title: "Journal", who: "me", cadence: { kind: "daily" } });
    return { a, b, id, checkInId: "", token: "" };
  },
  checkIn: async () => {
    const { a, b, commitmentId } = await pairWithCommitment();
    const day = todayOf();
    const { id } = await as(a).commitment.checkIn({ commitmentId, day, outcome: "kept", noteShared: false });
    return { a, b, id: commitmentId, checkInId: id, token: "" };
  },
  invite: async () => {
    const a = await signUp(db);
    const b = await signUp(db);
    return { a, b, id: "", checkInId: "", token: tokenOf((await as(a).invite.create()).url) };
  },
} satisfies Record<string, () => Promise<Setup>>;

/** [kind, setup, who acts (the other one is told), the action]. */
const CASES: [
  string,
  keyof typeof SETUPS,
  "a" | "b",
  (s: Setup, by: ReturnType<typeof as>) => Promise<unknown>,
][] = [
  ["boundary-proposed", "pair", "a", (_, by) => by.boundary.propose(text)],
  ["boundary-edited", "proposal", "a", (s, by) => by.boundary.edit({ id: s.id, rev: 0, text })],
  [
    "boundary-countered",
    "proposal",
    "b",
    (s, by) => by.boundary.edit({ id: s.id, rev: 0, text: { ...text, title: "Phones away" } }),
  ],
  ["boundary-agreed", "proposal", "b", (s, by) => by.boundary.agree({ id: s.id, rev: 0, versionNumber: 1 })],
  ["boundary-declined", "proposal", "b", (s, by) => by.boundary.decline({ id: s.id, rev: 0 })],
  ["boundary-withdrawn", "proposal", "a", (s, by) => by.boundary.withdraw({ id: s.id, rev: 0 })],
  [
    "boundary-revision-asked",
    "active",
    "a",
    (s, by) =>
      by.boundary.proposeRevision({ id: s.id, rev: 1, text: { ...text, title: "Phones in the drawer" } }),
  ],
  ["boundary-retirement-asked", "active", "a", (s, by) => by.boundary.proposeRetire({ id: s.id, rev: 1 })],
  ["boundary-retired", "retiring", "b", (s, by) => by.boundary.agree({ id: s.id, rev: 2, versionNumber: 1 })],
  [
    "commitment-created",
    "pair",
    "a",
    (_, by) => by.commitment.create({ title: "Call my sister", who: "me", cadence: { kind: "daily" } }),
  ],
  [
    "commitment-changed",
    "commitment",
    "b",
    (s, by) => by.commitment.edit({ id: s.id, title: "Walk together daily", cadence: { kind: "daily" } }),
  ],
  [
    "commitment-paused",
    "commitment",
    "a",
    (s, by) => by.commitment.pause({ commitmentId: s.id, from: todayOf(), to: todayOf() }),
  ],
  ["commitment-ended", "commitment", "a", (s, by) => by.commitment.archive({ id: s.id, archived: true })],
  [
    "shared-check-in-logged",
    "commitment",
    "a",
    (s, by) =>
      by.commitment.checkIn({ commitmentId: s.id, day: todayOf(), outcome: "kept", noteShared: false }),
  ],
  [
    "check-in-logged",
    "own",
    "a",
    async (s, by) => {
      await as(s.b).notification.updateSettings({ choices: allChoices(true) });
      return by.commitment.checkIn({
        commitmentId: s.id,
        day: todayOf(),
        outcome: "kept",
        noteShared: false,
      });
    },
  ],
  [
    "check-in-noticed",
    "checkIn",
    "b",
    (s, by) => by.commitment.acknowledge({ checkInId: s.checkInId, kind: "noticed" }),
  ],
  [
    "check-in-answered",
    "checkIn",
    "b",
    (s, by) => by.commitment.acknowledge({ checkInId: s.checkInId, kind: "differ", note: "C18SECRET" }),
  ],
  ["invite-accepted", "invite", "b", (s, by) => by.invite.accept({ token: s.token })],
  ["invite-declined", "invite", "b", (s, by) => by.invite.decline({ token: s.token })],
  ["partner-unlinked", "pair", "a", (_, by) => by.couple.unlink()],
];

describe("each kind is written by its action, for the partner, and nothing else is", () => {
  for (const [kind, setup, who, action] of CASES) {
    it(kind, async () => {
      const s: Setup = await SETUPS[setup]();
      const [by, to] = who === "a" ? [s.a, s.b] : [s.b, s.a];
      // check-in-logged's action first turns it on (off by default); that writes nothing itself.
      const rows = await written(() => action(s, as(by)));
      expect(rows).toEqual([expect.objectContaining({ kind, userId: to.id, actorId: by.id })]);
      if (s.id) expect(rows[0]?.objectId).toBe(s.id);
      // Never the intimate text: the row holds ids and a kind only.
      expect(JSON.stringify(rows)).not.toContain("C18SECRET");
      expect(JSON.stringify(rows)).not.toContain("Phones");
    });
  }

  it("a repeated answer, a correction, a respect check-in, an unpause or undoing a response write none", async () => {
    const { a, b, boundary } = await pairWithActiveBoundary();
    const { id: commitmentId } = await as(a).commitment.create({
      title: "Walk",
      who: "both",
      cadence: { kind: "daily" },
    });
    const { id: checkInId } = await as(a).commitment.checkIn({
      commitmentId,
      day: todayOf(),
      outcome: "kept",
      noteShared: false,
    });
    await as(b).commitment.acknowledge({ checkInId, kind: "noticed" });
    const day = new Date(Date.now() + 3 * 86_400_000);
    const { id: pauseId } = await as(a).commitment.pause({
      commitmentId,
      from: localDate(day, "Europe/Berlin"),
      to: localDate(day, "Europe/Berlin"),
    });
    const rows = await written(async () => {
      await as(b).commitment.acknowledge({ checkInId, kind: "noticed" });
      await as(a).commitment.checkIn({ commitmentId, day: todayOf(), outcome: "partly", noteShared: false });
      await as(a).boundary.respect({ id: boundary.id, respected: true });
      await as(a).commitment.unpause({ id: pauseId });
      await as(b).commitment.unacknowledge({ id: checkInId });
      await as(a).user.updateProfile({ name: "Ava", timeZone: "Europe/Berlin", weekStartsOn: 1 });
    });
    expect(rows).toEqual([]);
  });
});

describe("a rolled-back change notifies nobody", () => {
  it("a stale boundary action (optimistic concurrency) writes no notification", async () => {
    const { a, b, proposal } = await pairWithProposal();
    await as(a).boundary.edit({ id: proposal.id, rev: 0, text: { ...text, title: "Changed" } });
    const rows = await written(async () => {
      expect(
        await failure(as(b).boundary.agree({ id: proposal.id, rev: 0, versionNumber: 1 })),
      ).toMatchObject({
        code: "CONFLICT",
      });
    });
    expect(rows).toEqual([]);
  });

  it("two racing agreements: one lands, one notification", async () => {
    const { a, b, proposal } = await pairWithProposal();
    const rows = await written(() =>
      Promise.allSettled([
        as(b).boundary.agree({ id: proposal.id, rev: 0, versionNumber: 1 }),
        as(b).boundary.agree({ id: proposal.id, rev: 0, versionNumber: 1 }),
      ]),
    );
    expect(rows.map((r) => [r.kind, r.userId])).toEqual([["boundary-agreed", a.id]]);
  });

  it("a transaction that fails after notify leaves no notification", async () => {
    const { a, b } = await linkedPair(db);
    const rows = await written(async () => {
      await expect(
        db.$transaction(async (tx) => {
          await notify(tx, { userId: b.id, actorId: a.id, kind: "boundary-proposed" });
          throw new Error("forced");
        }),
      ).rejects.toThrow("forced");
    });
    expect(rows).toEqual([]);
  });
});

describe("reading and marking: only one's own", () => {
  it("the partner, a stranger and an ex-partner can't read or mark another person's notifications", async () => {
    const { a, b, proposal } = await pairWithProposal();
    const stranger = await signUp(db);
    const [mine] = await as(b).notification.list();
    expect(mine).toMatchObject({
      kind: "boundary-proposed",
      actorName: "Ava",
      title: "Phones away at dinner",
      href: `/boundaries/${proposal.id}`,
      read: false,
    });
    const id = mine?.id ?? "";
    expect((await as(a).notification.list()).map((n) => n.id)).not.toContain(id);
    expect((await as(stranger).notification.list()).map((n) => n.id)).not.toContain(id);
    for (const other of [a, stranger]) {
      expect(await failure(as(other).notification.markRead({ id }))).toMatchObject({ code: "NOT_FOUND" });
      await as(other).notification.markAllRead();
    }
    expect(await db.notification.findUniqueOrThrow({ where: { id }, select: { readAt: true } })).toEqual({
      readAt: null,
    });
    // After an unlink the ex-partner still can't.
    await as(a).couple.unlink();
    expect(await failure(as(a).notification.markRead({ id }))).toMatchObject({ code: "NOT_FOUND" });

    await as(b).notification.markRead({ id });
    expect((await as(b).notification.list()).find((n) => n.id === id)?.read).toBe(true);
  });

  it("mark all read marks every one of mine, and only mine", async () => {
    const { a, b, proposal } = await pairWithProposal();
    await as(b).boundary.edit({ id: proposal.id, rev: 0, text: { ...text, title: "Counter" } });
    await as(a).commitment.create({ title: "Walk", who: "me", cadence: { kind: "daily" } });
    // Ben's proposal settled with his edit: only the new commitment is new to him.
    expect((await as(b).notification.count()).unread).toBe(1);
    // Ava's: her invitation accepted is new; the suggested edit and her Walk today wait on her.
    expect(await as(a).notification.count()).toMatchObject({ unread: 1, waiting: 2, total: 3 });
    expect(await as(b).notification.markAllRead()).toEqual({ marked: 2 });
    expect((await as(b).notification.count()).unread).toBe(0);
    expect((await as(a).notification.count()).unread).toBe(1);
  });

  it("after an unlink the history stays readable and leads to the archive", async () => {
    const { a, b, boundary } = await pairWithActiveBoundary();
    const unagreed = await as(a).boundary.propose({ ...text, title: "Never answered" });
    await as(a).couple.unlink();
    const list = await as(b).notification.list();
    const proposals = list.filter((n) => n.kind === "boundary-proposed");
    expect(proposals).toHaveLength(2);
    const agreed = proposals.find((n) => n.href === `/boundaries/${boundary.id}`);
    expect(agreed).toMatchObject({ title: "Phones away at dinner", fromEndedCouple: true });
    // What was never agreed isn't in the archive: no title, the boundaries page instead.
    const never = proposals.find((n) => n !== agreed);
    expect(never).toMatchObject({ title: null, href: "/boundaries", fromEndedCouple: true });
    expect(JSON.stringify(list)).not.toContain(unagreed.id);
    expect(list.find((n) => n.kind === "partner-unlinked")).toMatchObject({
      actorName: "Ava",
      href: "/home",
    });
  });
});

describe("kept 90 days", () => {
  it("older ones are pruned when the list is read and never counted", async () => {
    const { b } = await pairWithProposal();
    const [row] = await db.notification.findMany({ where: { userId: b.id } });
    const fresh = await db.notification.create({
      data: { userId: b.id, kind: "boundary-agreed", createdAt: new Date(Date.now() - 89 * 86_400_000) },
    });
    await db.notification.update({
      where: { id: row?.id ?? "" },
      data: { createdAt: new Date(Date.now() - 91 * 86_400_000) },
    });
    expect((await as(b).notification.count()).unread).toBe(1);
    const list = await as(b).notification.list();
    expect(list.map((n) => n.id)).toEqual([fresh.id]);
    expect(await db.notification.count({ where: { id: row?.id ?? "" } })).toBe(0);
  });
});

describe("settings", () => {
  it("partner check-ins are off by default, on when chosen, off again when chosen", async () => {
    const { a, b } = await linkedPair(db);
    const { id: commitmentId } = await as(a).commitment.create({
      title: "Walk together",
      who: "me",
      cadence: { kind: "daily" },
      startsOn: localDate(new Date(Date.now() - 3 * 86_400_000), "Europe/Berlin"),
    });
    const settings = await as(b).notification.settings();
    expect(settings.find((s) => s.kind === "check-in-logged")).toMatchObject({ switchable: true, on: false });
    // On a shared commitment they are on: its partner's day is part of one's own.
    expect(settings.find((s) => s.kind === "shared-check-in-logged")).toMatchObject({
      switchable: true,
      on: true,
    });
    expect(settings.find((s) => s.kind === "boundary-proposed")).toMatchObject({
      switchable: false,
      on: true,
    });

    const checkIn = (day: string) =>
      as(a).commitment.checkIn({ commitmentId, day, outcome: "kept", noteShared: false });
    expect(await written(() => checkIn(todayOf()))).toEqual([]);

    await as(b).notification.updateSettings({ choices: { ...allChoices(true) } });
    const yesterday = localDate(new Date(Date.now() - 86_400_000), "Europe/Berlin");
    const on = await written(() => checkIn(yesterday));
    expect(on.map((r) => [r.kind, r.userId])).toEqual([["check-in-logged", b.id]]);

    await as(b).notification.updateSettings({
      choices: { ...allChoices(true), "check-in-logged": false, "commitment-changed": false },
    });
    const twoDaysAgo = localDate(new Date(Date.now() - 2 * 86_400_000), "Europe/Berlin");
    expect(await written(() => checkIn(twoDaysAgo))).toEqual([]);
    expect(
      await written(() =>
        as(a).commitment.edit({ id: commitmentId, title: "Walk more", cadence: { kind: "daily" } }),
      ),
    ).toEqual([]);
    expect((await as(b).notification.settings()).find((s) => s.kind === "commitment-changed")?.on).toBe(
      false,
    );
  });

  it("what needs an answer can't be turned off", async () => {
    const { b } = await linkedPair(db);
    expect(
      await failure(
        as(b).notification.updateSettings({
          choices: { ...allChoices(false), "boundary-proposed": false } as ReturnType<typeof allChoices>,
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("waiting on you", () => {
  it("lists proposals waiting for me and today's unlogged check-ins, and the bell counts them", async () => {
    const { a, b, proposal } = await pairWithProposal();
    const { id: commitmentId } = await as(b).commitment.create({
      title: "Journal",
      who: "me",
      cadence: { kind: "daily" },
    });
    await as(b).commitment.create({
      title: "Say sorry when it comes up",
      who: "me",
      cadence: { kind: "conditional" },
    });
    const waiting = await as(b).notification.listWaiting();
    expect(waiting).toEqual([
      expect.objectContaining({
        type: "boundary",
        id: proposal.id,
        title: "Phones away at dinner",
        pendingKind: "create",
      }),
      expect.objectContaining({ type: "check-in", id: commitmentId, title: "Journal", href: "/today" }),
    ]);
    // Ava proposed it: it waits on Ben, not on her.
    expect((await as(a).notification.listWaiting()).filter((w) => w.type === "boundary")).toEqual([]);
    // What waits counts once each (the proposal's notification asks: it is the waiting, not news).
    expect(await as(b).notification.count()).toMatchObject({ unread: 0, waiting: 2, total: 2 });
    // Read, what waits still waits: the bell counts it until it is answered.
    await as(b).notification.markAllRead();
    expect(await as(b).notification.count()).toMatchObject({ unread: 0, waiting: 2, total: 2 });
    // One nobody was told of (proposed before notifications existed) counts the same.
    await db.notification.deleteMany({ where: { userId: b.id } });
    expect(await as(b).notification.count()).toMatchObject({ unread: 0, waiting: 2, total: 2 });

    await as(b).boundary.agree({ id: proposal.id, rev: 0, versionNumber: 1 });
    await as(b).commitment.checkIn({ commitmentId, day: todayOf(), outcome: "kept", noteShared: false });
    expect(await as(b).notification.listWaiting()).toEqual([]);
    expect((await as(b).notification.count()).waiting).toBe(0);
  });

  it("is empty for someone who isn't linked", async () => {
    const loner = await signUp(db);
    expect(await as(loner).notification.listWaiting()).toEqual([]);
    expect(await as(loner).notification.count()).toEqual({ unread: 0, waiting: 0, total: 0, since: "0" });
  });
});

describe("an inbox that settles", () => {
  const entryOf = async (u: TestUser, kind: string) =>
    (await as(u).notification.list()).filter((n) => n.kind === kind);

  it("a proposal asks until it is answered; then it settles and leaves the bell and Waiting on you", async () => {
    const { b, proposal } = await pairWithProposal();
    const [asking] = await entryOf(b, "boundary-proposed");
    expect(asking).toMatchObject({ asking: true, settled: false, read: false });
    expect(await as(b).notification.count()).toMatchObject({ unread: 0, waiting: 1, total: 1 });
    await as(b).boundary.agree({ id: proposal.id, rev: 0, versionNumber: 1 });
    const [settled] = await entryOf(b, "boundary-proposed");
    expect(settled).toMatchObject({ id: asking?.id, asking: false, settled: true, read: true });
    expect(await as(b).notification.count()).toMatchObject({ unread: 0, waiting: 0, total: 0 });
    expect(await as(b).notification.listWaiting()).toEqual([]);
  });

  it("a withdrawn proposal settles; the withdrawal is news", async () => {
    const { a, b, proposal } = await pairWithProposal();
    await as(a).boundary.withdraw({ id: proposal.id, rev: 0 });
    expect((await entryOf(b, "boundary-proposed"))[0]).toMatchObject({ settled: true, read: true });
    expect((await entryOf(b, "boundary-withdrawn"))[0]).toMatchObject({ read: false });
    expect(await as(b).notification.count()).toMatchObject({ unread: 1, waiting: 0, total: 1 });
  });

  it("a newer request about the same boundary supersedes the older one: one question, counted once", async () => {
    const { a, b, proposal } = await pairWithProposal();
    await as(a).boundary.edit({ id: proposal.id, rev: 0, text: { ...text, title: "Phones away" } });
    const list = await as(b).notification.list();
    expect(list.map((n) => [n.kind, n.asking])).toEqual([
      ["boundary-edited", true],
      ["boundary-proposed", false],
    ]);
    expect(await as(b).notification.count()).toMatchObject({ waiting: 1, total: 1 });
  });

  it("a burst of one kind by one person on one day is one entry, marked read as one", async () => {
    const { a, b } = await linkedPair(db);
    const ids: string[] = [];
    for (const title of ["Walk", "Cook", "Call", "Read"]) {
      ids.push((await as(a).commitment.create({ title, who: "me", cadence: { kind: "daily" } })).id);
    }
    const [burst, ...rest] = await entryOf(b, "commitment-created");
    expect(rest).toEqual([]);
    expect(burst).toMatchObject({ count: 4, title: null, href: "/commitments", read: false });
    expect(burst?.ids).toHaveLength(4);
    expect(await as(b).notification.count()).toMatchObject({ unread: 1, total: 1 });

    // Someone else's ids in the entry are ignored: only the reader's own rows are marked.
    const avas = await db.notification.findMany({ where: { userId: a.id }, select: { id: true } });
    const events = await db.liveEvent.count({ where: { userId: b.id } });
    await as(b).notification.markRead({
      id: burst?.id ?? "",
      sameEntry: [...(burst?.ids.slice(1) ?? []), ...avas.map((n) => n.id)],
    });
    expect((await entryOf(b, "commitment-created"))[0]?.read).toBe(true);
    expect(await db.notification.count({ where: { userId: a.id, readAt: { not: null } } })).toBe(0);
    expect(await as(b).notification.count()).toMatchObject({ unread: 0, total: 0 });
    // The reader's open pages hear of it, so every tab's bell follows.
    expect(await db.liveEvent.count({ where: { userId: b.id } })).toBe(events + 1);
  });

  it("a counselor link to confirm waits on the partner until confirmed", async () => {
    const { a, b } = await linkedPair(db);
    const { id } = await as(a).counselor.propose({ includeMyNotes: false });
    expect(await as(b).notification.listWaiting()).toEqual([
      expect.objectContaining({ type: "counselor-share", id, href: "/counselor" }),
    ]);
    expect(await as(a).notification.listWaiting()).toEqual([]);
    expect((await entryOf(b, "counselor-share-proposed"))[0]).toMatchObject({ asking: true });
    expect(await as(b).notification.count()).toMatchObject({ waiting: 1, total: 1 });
    await as(b).counselor.approve({ id, includeMyNotes: false });
    expect(await as(b).notification.listWaiting()).toEqual([]);
    expect((await entryOf(b, "counselor-share-proposed"))[0]).toMatchObject({ settled: true, read: true });
  });

  it("a conversation about what happened waits on the partner until they share a step", async () => {
    const { a, b } = await linkedPair(db);
    const { id } = await as(a).repairTalk.start({ about: "The argument about the phone" });
    expect(await as(b).notification.listWaiting()).toEqual([
      expect.objectContaining({ type: "repair-talk", id, title: "The argument about the phone" }),
    ]);
    expect((await entryOf(b, "repair-talk-started"))[0]).toMatchObject({ asking: true });
  });
});
