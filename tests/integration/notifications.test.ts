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

describe("each kind is written by its action, for the partner, and nothing else is", () => {
  type Case = {
    kind: string;
    run: () => Promise<{ action: () => Promise<unknown>; to: TestUser; by: TestUser; object?: string }>;
  };
  const cases: Case[] = [
    {
      kind: "boundary-proposed",
      run: async () => {
        const { a, b } = await linkedPair(db);
        return { action: () => as(a).boundary.propose(text), to: b, by: a };
      },
    },
    {
      kind: "boundary-edited",
      run: async () => {
        const { a, b, proposal } = await pairWithProposal();
        return {
          action: () => as(a).boundary.edit({ id: proposal.id, rev: 0, text }),
          to: b,
          by: a,
          object: proposal.id,
        };
      },
    },
    {
      kind: "boundary-countered",
      run: async () => {
        const { a, b, proposal } = await pairWithProposal();
        return {
          action: () =>
            as(b).boundary.edit({ id: proposal.id, rev: 0, text: { ...text, title: "Phones away" } }),
          to: a,
          by: b,
          object: proposal.id,
        };
      },
    },
    {
      kind: "boundary-agreed",
      run: async () => {
        const { a, b, proposal } = await pairWithProposal();
        return {
          action: () => as(b).boundary.agree({ id: proposal.id, rev: 0, versionNumber: 1 }),
          to: a,
          by: b,
          object: proposal.id,
        };
      },
    },
    {
      kind: "boundary-declined",
      run: async () => {
        const { a, b, proposal } = await pairWithProposal();
        return {
          action: () => as(b).boundary.decline({ id: proposal.id, rev: 0 }),
          to: a,
          by: b,
          object: proposal.id,
        };
      },
    },
    {
      kind: "boundary-withdrawn",
      run: async () => {
        const { a, b, proposal } = await pairWithProposal();
        return {
          action: () => as(a).boundary.withdraw({ id: proposal.id, rev: 0 }),
          to: b,
          by: a,
          object: proposal.id,
        };
      },
    },
    {
      kind: "boundary-revision-asked",
      run: async () => {
        const { a, b, boundary } = await pairWithActiveBoundary();
        return {
          action: () =>
            as(a).boundary.proposeRevision({ ...boundary, text: { ...text, title: "Phones in the drawer" } }),
          to: b,
          by: a,
          object: boundary.id,
        };
      },
    },
    {
      kind: "boundary-retirement-asked",
      run: async () => {
        const { a, b, boundary } = await pairWithActiveBoundary();
        return { action: () => as(a).boundary.proposeRetire(boundary), to: b, by: a, object: boundary.id };
      },
    },
    {
      kind: "boundary-retired",
      run: async () => {
        const { a, b, boundary } = await pairWithActiveBoundary();
        await as(a).boundary.proposeRetire(boundary);
        return {
          action: () => as(b).boundary.agree({ id: boundary.id, rev: 2, versionNumber: 1 }),
          to: a,
          by: b,
          object: boundary.id,
        };
      },
    },
    {
      kind: "commitment-created",
      run: async () => {
        const { a, b } = await linkedPair(db);
        return {
          action: () =>
            as(a).commitment.create({ title: "Call my sister", who: "me", cadence: { kind: "daily" } }),
          to: b,
          by: a,
        };
      },
    },
    {
      kind: "commitment-changed",
      run: async () => {
        const { a, b, commitmentId } = await pairWithCommitment();
        return {
          action: () =>
            as(b).commitment.edit({
              id: commitmentId,
              title: "Walk together daily",
              cadence: { kind: "daily" },
            }),
          to: a,
          by: b,
          object: commitmentId,
        };
      },
    },
    {
      kind: "commitment-paused",
      run: async () => {
        const { a, b, commitmentId } = await pairWithCommitment();
        return {
          action: () => as(a).commitment.pause({ commitmentId, from: todayOf(), to: todayOf() }),
          to: b,
          by: a,
          object: commitmentId,
        };
      },
    },
    {
      kind: "commitment-ended",
      run: async () => {
        const { a, b, commitmentId } = await pairWithCommitment();
        return {
          action: () => as(a).commitment.archive({ id: commitmentId, archived: true }),
          to: b,
          by: a,
          object: commitmentId,
        };
      },
    },
    {
      kind: "check-in-logged",
      run: async () => {
        const { a, b, commitmentId } = await pairWithCommitment();
        await as(b).notification.updateSettings({ choices: { ...allChoices(true) } });
        return {
          action: () =>
            as(a).commitment.checkIn({ commitmentId, day: todayOf(), outcome: "kept", noteShared: false }),
          to: b,
          by: a,
          object: commitmentId,
        };
      },
    },
    {
      kind: "check-in-noticed",
      run: async () => {
        const { a, b, commitmentId } = await pairWithCommitment();
        const { id } = await as(a).commitment.checkIn({
          commitmentId,
          day: todayOf(),
          outcome: "kept",
          noteShared: false,
        });
        return {
          action: () => as(b).commitment.acknowledge({ checkInId: id, kind: "noticed" }),
          to: a,
          by: b,
          object: commitmentId,
        };
      },
    },
    {
      kind: "check-in-answered",
      run: async () => {
        const { a, b, commitmentId } = await pairWithCommitment();
        const { id } = await as(a).commitment.checkIn({
          commitmentId,
          day: todayOf(),
          outcome: "kept",
          noteShared: false,
        });
        return {
          action: () => as(b).commitment.acknowledge({ checkInId: id, kind: "differ", note: "C18SECRET" }),
          to: a,
          by: b,
          object: commitmentId,
        };
      },
    },
    {
      kind: "invite-accepted",
      run: async () => {
        const a = await signUp(db);
        const b = await signUp(db);
        const invite = await as(a).invite.create();
        return { action: () => as(b).invite.accept({ token: tokenOf(invite.url) }), to: a, by: b };
      },
    },
    {
      kind: "invite-declined",
      run: async () => {
        const a = await signUp(db);
        const b = await signUp(db);
        const invite = await as(a).invite.create();
        return { action: () => as(b).invite.decline({ token: tokenOf(invite.url) }), to: a, by: b };
      },
    },
    {
      kind: "partner-unlinked",
      run: async () => {
        const { a, b } = await linkedPair(db);
        return { action: () => as(a).couple.unlink(), to: b, by: a };
      },
    },
  ];

  for (const c of cases) {
    it(c.kind, async () => {
      const { action, to, by, object } = await c.run();
      const rows = await written(action);
      expect(rows).toEqual([expect.objectContaining({ kind: c.kind, userId: to.id, actorId: by.id })]);
      if (object) expect(rows[0]?.objectId).toBe(object);
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
    expect((await as(b).notification.count()).unread).toBe(1);
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
    expect((await as(b).notification.count()).unread).toBe(2);
    // Ava's: her invitation accepted, then the counter-proposal.
    expect((await as(a).notification.count()).unread).toBe(2);
    expect(await as(b).notification.markAllRead()).toEqual({ marked: 2 });
    expect((await as(b).notification.count()).unread).toBe(0);
    expect((await as(a).notification.count()).unread).toBe(2);
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
      who: "both",
      cadence: { kind: "daily" },
      startsOn: localDate(new Date(Date.now() - 3 * 86_400_000), "Europe/Berlin"),
    });
    const settings = await as(b).notification.settings();
    expect(settings.find((s) => s.kind === "check-in-logged")).toMatchObject({ switchable: true, on: false });
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
    // The proposal counts once (its notification), the check-in on its own.
    expect(await as(b).notification.count()).toEqual({ unread: 1, waiting: 2, total: 2 });
    // Read, the proposal leaves the bell but still waits on Home.
    await as(b).notification.markAllRead();
    expect(await as(b).notification.count()).toEqual({ unread: 0, waiting: 2, total: 1 });
    // One nobody was told of (proposed before notifications existed) counts on its own.
    await db.notification.deleteMany({ where: { userId: b.id } });
    expect(await as(b).notification.count()).toEqual({ unread: 0, waiting: 2, total: 2 });

    await as(b).boundary.agree({ id: proposal.id, rev: 0, versionNumber: 1 });
    await as(b).commitment.checkIn({ commitmentId, day: todayOf(), outcome: "kept", noteShared: false });
    expect(await as(b).notification.listWaiting()).toEqual([]);
    expect((await as(b).notification.count()).waiting).toBe(0);
  });

  it("is empty for someone who isn't linked", async () => {
    const loner = await signUp(db);
    expect(await as(loner).notification.listWaiting()).toEqual([]);
    expect(await as(loner).notification.count()).toEqual({ unread: 0, waiting: 0, total: 0 });
  });
});
