// Issue #21, the weekly talk: answers stay private until both have submitted (enforced by the
// queries), the reveal happens exactly once even when both submit at the same moment, the
// active-listening loop, skipping without penalty, and the request's one step to a commitment.
import { beforeAll, describe, expect, it } from "vitest";
import { dayOfWeek, localDate } from "@/domain/commitment/schedule";
import type { Db } from "@/server/db";
import { callerFor, failure, type TestUser } from "../support/callers";
import { linkedPair } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const as = (u: TestUser) => callerFor(db, u.claims);
/** Both sign up in Europe/Berlin: today there is the talk day, so this week's talk is open. */
const today = () => localDate(new Date(), "Europe/Berlin");
const answers = (tag: string) => ({
  appreciation: `${tag} you made dinner`,
  wentWell: `${tag} our walk`,
  hard: `${tag} the phone call`,
  request: `${tag} call me when you're late`,
});

async function talkingPair() {
  const { a, b } = await linkedPair(db);
  await as(a).talk.setDay({ day: dayOfWeek(today()) });
  return { a, b, week: today() };
}

describe("the weekly talk", () => {
  it("asks for a day first, then opens on it", async () => {
    const { a } = await linkedPair(db);
    expect((await as(a).talk.get({})).talkDay).toBeNull();
    expect(await failure(as(a).talk.save({ week: today(), ...answers("X") }))).toMatchObject({
      code: "CONFLICT",
    });
    await as(a).talk.setDay({ day: dayOfWeek(today()) });
    const talk = await as(a).talk.get({});
    expect(talk).toMatchObject({ week: today(), open: true, talk: { status: "open" } });
    // Home's "Waiting on you" holds this week's talk until the person has shared their answers.
    expect((await as(a).notification.listWaiting()).map((w) => w.type)).toEqual(["talk"]);
    await as(a).talk.save({ week: today(), ...answers("W"), submit: true });
    expect(await as(a).notification.listWaiting()).toEqual([]);
  });

  it("keeps each partner's answers private until both have submitted, then reveals them together", async () => {
    const { a, b, week } = await talkingPair();
    await as(a).talk.save({ week, ...answers("ADRAFT") });
    // A draft: no trace for the partner, not even that it exists.
    const bView = await as(b).talk.get({});
    expect(JSON.stringify(bView)).not.toContain("ADRAFT");
    expect(bView.talk?.status).toBe("open");
    expect(await as(b).notification.list()).toSatisfy(
      (l: { kind: string }[]) => !l.some((n) => n.kind.startsWith("talk")),
    );

    await as(a).talk.save({ week, ...answers("ASUBMIT"), submit: true });
    const waiting = await as(b).talk.get({});
    expect(JSON.stringify(waiting)).not.toContain("ASUBMIT");
    expect(waiting.talk?.status).toBe("partner-answered");
    expect(waiting.talk?.partner).toBeNull();
    expect((await as(b).notification.list())[0]).toMatchObject({ kind: "talk-ready", href: `/talk/${week}` });
    expect(await failure(as(a).talk.save({ week, ...answers("AGAIN"), submit: true }))).toMatchObject({
      code: "CONFLICT",
    });
    // B can't reflect what they can't see: A's answer doesn't exist for B yet.
    const aAnswerId = (await as(a).talk.get({})).talk?.mine?.id ?? "";
    expect(
      await failure(as(b).talk.reflect({ answerId: aAnswerId, prompt: "hard", text: "x" })),
    ).toMatchObject({
      code: "NOT_FOUND",
    });

    await as(b).talk.save({ week, ...answers("BSUBMIT"), submit: true });
    const aView = await as(a).talk.get({});
    expect(aView.talk).toMatchObject({ status: "revealed", revealed: true });
    expect(aView.talk?.partner?.text.request).toBe("BSUBMIT call me when you're late");
    expect((await as(b).talk.get({})).talk?.partner?.text.hard).toBe("ASUBMIT the phone call");
    // A, who shared first, is told; B, who shared second, sees it at once.
    expect((await as(a).notification.list()).filter((n) => n.kind === "talk-revealed")).toHaveLength(1);
    expect((await as(b).notification.list()).filter((n) => n.kind === "talk-revealed")).toHaveLength(0);
  });

  it("keeps a draft the writer's alone: no Talk row, nothing the partner reads changes, until it is shared", async () => {
    const { a, b, week } = await talkingPair();
    const coupleId = (await db.coupleMember.findFirstOrThrow({ where: { userId: a.id } })).coupleId;
    const bReads = async () =>
      JSON.stringify([
        await as(b).talk.get({}),
        await as(b).talk.list(),
        await as(b).journey.get({}),
        await as(b).counselor.summary({ includeMyNotes: false }),
        await as(b).notification.list(),
        await as(b).notification.count(),
        await as(b).notification.listWaiting(),
      ]);
    const before = await bReads();
    await as(a).talk.save({ week, ...answers("FIRST") });
    await as(a).talk.save({ week, ...answers("SECOND") });
    expect(await db.talk.count({ where: { coupleId } })).toBe(0);
    expect(await as(b).talk.list()).toEqual([]);
    expect(await bReads()).toBe(before);
    // The writer has their draft back, in their talk and their export.
    expect((await as(a).talk.get({})).talk?.mine).toMatchObject({
      submitted: false,
      text: { hard: "SECOND the phone call" },
    });
    expect((await as(a).account.export()).talkDrafts).toEqual([
      expect.objectContaining({ week, request: "SECOND call me when you're late" }),
    ]);

    // Once B has shared (so the week's Talk exists), A's drafts still move nothing of it.
    await as(b).talk.save({ week, ...answers("B"), submit: true });
    const talk = await db.talk.findUniqueOrThrow({ where: { coupleId_week: { coupleId, week } } });
    const bAfterSharing = await bReads();
    await as(a).talk.save({ week, ...answers("THIRD") });
    expect(await db.talk.findUniqueOrThrow({ where: { id: talk.id } })).toEqual(talk);
    expect(await db.talkAnswer.count({ where: { talkId: talk.id } })).toBe(1);
    expect(await bReads()).toBe(bAfterSharing);

    // Shared: the text moves into the talk's answer and the draft is gone.
    await as(a).talk.save({ week, ...answers("SHARED"), submit: true });
    expect(await db.talkDraft.count({ where: { userId: a.id } })).toBe(0);
    expect((await as(b).talk.get({})).talk?.partner?.text.hard).toBe("SHARED the phone call");
    expect(await failure(as(a).talk.save({ week, ...answers("LATE") }))).toMatchObject({ code: "CONFLICT" });
  });

  it("reveals exactly once when both submit at the same moment", async () => {
    for (let round = 0; round < 4; round++) {
      const { a, b, week } = await talkingPair();
      const results = await Promise.all([
        as(a).talk.save({ week, ...answers("RA"), submit: true }),
        as(b).talk.save({ week, ...answers("RB"), submit: true }),
      ]);
      expect(results.filter((r) => r.revealed)).toHaveLength(1);
      const talk = await db.talk.findFirstOrThrow({ where: { week, answers: { some: { userId: a.id } } } });
      expect(talk.revealedAt).not.toBeNull();
      const revealedNotes = await db.notification.count({
        where: { kind: "talk-revealed", objectId: week, userId: { in: [a.id, b.id] } },
      });
      expect(revealedNotes).toBe(1);
      for (const u of [a, b]) expect((await as(u).talk.get({})).talk?.status).toBe("revealed");
    }
  });

  it("closes the listening loop: B reflects, A says whether that's it", async () => {
    const { a, b, week } = await talkingPair();
    await as(a).talk.save({ week, ...answers("A"), submit: true });
    await as(b).talk.save({ week, ...answers("B"), submit: true });
    const aAnswer = (await as(b).talk.get({})).talk?.partner;
    const bAnswer = (await as(b).talk.get({})).talk?.mine;
    expect(
      await failure(as(b).talk.reflect({ answerId: bAnswer?.id ?? "", prompt: "hard", text: "me" })),
    ).toMatchObject({ code: "BAD_REQUEST" });
    const { id } = await as(b).talk.reflect({
      answerId: aAnswer?.id ?? "",
      prompt: "hard",
      text: "What I heard: the call hurt",
    });
    expect((await as(a).notification.list())[0]?.kind).toBe("talk-reflected");
    expect(await failure(as(b).talk.confirm({ reflectionId: id, verdict: "yes" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    await as(a).talk.confirm({ reflectionId: id, verdict: "not-quite", note: "it was the tone" });
    expect((await as(b).talk.get({})).talk?.partner?.reflections.hard).toMatchObject({
      text: "What I heard: the call hurt",
      verdict: "not-quite",
      verdictNote: "it was the tone",
    });
    // A new wording asks the writer again.
    await as(b).talk.reflect({ answerId: aAnswer?.id ?? "", prompt: "hard", text: "The tone hurt" });
    expect((await as(a).talk.get({})).talk?.mine?.reflections.hard?.verdict).toBeNull();
    await as(a).talk.confirm({ reflectionId: id, verdict: "yes" });
    expect((await as(b).talk.get({})).talk?.partner?.reflections.hard?.verdict).toBe("yes");

    // The request, in one step, becomes A's commitment.
    expect(
      await failure(
        as(b).talk.followThrough({ id: aAnswer?.id ?? "", as: "commitment", title: "Call if late" }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    const made = await as(a).talk.followThrough({
      id: aAnswer?.id ?? "",
      as: "commitment",
      title: "Call if late",
    });
    expect((await as(b).commitment.get({ id: made.commitmentId ?? "" })).title).toBe("Call if late");
  });

  it("can be skipped by either without penalty, and taken back", async () => {
    const { a, b, week } = await talkingPair();
    await as(a).talk.save({ week, ...answers("SKIPPED"), submit: true });
    await as(b).talk.skip({ week, skipped: true });
    expect((await as(a).notification.list())[0]?.kind).toBe("talk-skipped");
    expect((await as(a).talk.get({})).talk?.status).toBe("skipped");
    expect(await failure(as(b).talk.save({ week, ...answers("B"), submit: true }))).toMatchObject({
      code: "CONFLICT",
    });
    expect(JSON.stringify(await as(b).talk.get({}))).not.toContain("SKIPPED");
    expect(await as(a).talk.list()).toEqual([{ week, status: "skipped" }]);
    await as(b).talk.skip({ week, skipped: false });
    await as(b).talk.save({ week, ...answers("B"), submit: true });
    expect((await as(a).talk.get({})).talk?.status).toBe("revealed");
    expect(await failure(as(a).talk.skip({ week, skipped: true }))).toMatchObject({ code: "CONFLICT" });
  });

  it("refuses weeks that aren't talk days or haven't come yet", async () => {
    const { a, week } = await talkingPair();
    const tomorrow = localDate(new Date(Date.now() + 86_400_000), "Europe/Berlin");
    const nextWeek = localDate(new Date(Date.now() + 7 * 86_400_000), "Europe/Berlin");
    expect(await failure(as(a).talk.save({ week: tomorrow, ...answers("X") }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await failure(as(a).talk.save({ week: nextWeek, ...answers("X") }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await failure(as(a).talk.get({ week: nextWeek }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await as(a).talk.get({ week })).week).toBe(week);
  });
});
