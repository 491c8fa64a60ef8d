// Issue #21 rules: a draft amends and an unrevealed talk answer reach the partner through no path
// (procedures, notifications, live events, export); after an unlink amends and talks are a
// read-only archive for both; the account export holds the person's own amends, talk answers and
// reflections; deleting an account removes them. (Pages, their HTML and RSC payload: e2e/repair.spec.ts.)
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, dayOfWeek, localDate } from "@/domain/commitment/schedule";
import { STEP_KEYS } from "@/domain/repair-talk/repair-talk";
import type { Db } from "@/server/db";
import { callerFor, failure, type TestUser } from "../support/callers";
import { linkedPair } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const as = (u: TestUser) => callerFor(db, u.claims);
const today = () => localDate(new Date(), "Europe/Berlin");
const said = (tag: string, submit = true) => ({
  appreciation: tag,
  wentWell: tag,
  hard: tag,
  request: tag,
  submit,
});

/** A couple with a talk day of today, a draft amends and an unrevealed answer of A's. */
async function couple() {
  const { a, b } = await linkedPair(db);
  await as(a).talk.setDay({ day: dayOfWeek(today()) });
  const events = await db.liveEvent.count();
  const notes = await db.notification.count({ where: { userId: b.id } });
  const { id: draft } = await as(a).amends.create({
    whatIDid: "DRAFTSECRET what",
    impact: "DRAFTSECRET impact",
    different: "DRAFTSECRET different",
  });
  await as(a).talk.save({ week: today(), ...said("TALKDRAFTSECRET", false) });
  // Drafts are nobody else's business: not even a live signal or a notification.
  expect(await db.liveEvent.count()).toBe(events);
  expect(await db.notification.count({ where: { userId: b.id } })).toBe(notes);
  await as(a).talk.save({ week: today(), ...said("UNREVEALEDSECRET") });
  return { a, b, draft };
}

/** Every read the partner can make, as text. */
async function everythingBSees(b: TestUser, week: string) {
  const c = as(b);
  const reads = await Promise.all([
    c.amends.list(),
    c.amends.archive(),
    c.talk.get({}),
    c.talk.get({ week }),
    c.talk.list(),
    c.talk.archive(),
    c.repairTalk.archive(),
    c.journey.get({}),
    c.notification.list(),
    c.notification.listWaiting(),
    c.account.export(),
    c.consistency.dashboard({}),
    c.commitment.list({ view: "active" }),
    c.boundary.list({ view: "all" }),
    c.qualityTime.ideas(),
    c.qualityTime.list(),
  ]);
  return JSON.stringify(reads);
}

describe("repair privacy", () => {
  // Twelve walks of every read (two per step): a budget, not a timed assertion.
  it("keeps each step of a conversation about what happened from the partner until both shared it", {
    timeout: 180_000,
  }, async () => {
    const { a, b } = await linkedPair(db);
    await as(a).talk.setDay({ day: dayOfWeek(today()) });
    const { id } = await as(a).repairTalk.start({ about: "What happened" });
    const bSees = async () =>
      (await everythingBSees(b, today())) +
      JSON.stringify([await as(b).repairTalk.get({ id }), await as(b).repairTalk.list()]);
    for (const step of STEP_KEYS) {
      const events = await db.liveEvent.count();
      await as(a).repairTalk.save({ id, step, feelings: [], text: `RDRAFT-${step}`, share: false });
      // A draft writes no live signal.
      expect(await db.liveEvent.count()).toBe(events);
      await as(a).repairTalk.save({ id, step, feelings: [], text: `RSHARED-${step}`, share: true });
      const before = await bSees();
      expect(before).not.toContain(`RDRAFT-${step}`);
      expect(before).not.toContain(`RSHARED-${step}`);
      expect(JSON.stringify(await db.liveEvent.findMany())).not.toMatch(/RSHARED|RDRAFT/);
      expect(JSON.stringify(await db.notification.findMany())).not.toMatch(/RSHARED|RDRAFT/);
      await as(b).repairTalk.save({ id, step, feelings: [], text: `B-${step}`, share: true });
      expect(await bSees()).not.toContain(`RDRAFT-${step}`);
      expect(JSON.stringify(await as(b).repairTalk.get({ id }))).toContain(`RSHARED-${step}`);
    }
    // Each export holds the person's own words only.
    const ax = JSON.stringify((await as(a).account.export()).repairTalkAnswers);
    expect(ax).toContain("RSHARED-plan");
    expect(ax).not.toContain("B-plan");
    expect(JSON.stringify(await as(b).account.export())).not.toContain("RSHARED");
    // Deleting A's account takes the conversation she started with it, as for amends.
    await as(a).account.delete({ password: a.password });
    expect(await db.repairTalk.count({ where: { id } })).toBe(0);
    expect(await db.repairAnswer.count({ where: { userId: a.id } })).toBe(0);
  });

  it("keeps a draft and an unrevealed answer from the partner on every path", async () => {
    const { a, b, draft } = await couple();
    const seen = await everythingBSees(b, today());
    for (const secret of ["DRAFTSECRET", "TALKDRAFTSECRET", "UNREVEALEDSECRET"])
      expect(seen).not.toContain(secret);
    expect(seen).not.toContain(draft);
    expect(await failure(as(b).amends.get({ id: draft }))).toMatchObject({ code: "NOT_FOUND" });
    // Notifications hold no text and nothing about the draft; the talk one says only "answered".
    const rows = await db.notification.findMany({ where: { userId: b.id } });
    expect(rows.map((n) => n.kind)).toContain("talk-ready");
    expect(rows.some((n) => n.objectId === draft)).toBe(false);
    expect(JSON.stringify(rows)).not.toMatch(/SECRET/);
    // Live events carry ids and scopes only.
    expect(JSON.stringify(await db.liveEvent.findMany())).not.toMatch(/SECRET/);
    // A sees her own, in the app and in her export.
    const mine = JSON.stringify(await as(a).account.export());
    for (const secret of ["DRAFTSECRET", "UNREVEALEDSECRET"]) expect(mine).toContain(secret);
  });

  it("exports the person's own amends, talk answers and reflections, not the partner's words", async () => {
    const { a, b } = await linkedPair(db);
    const lastWeek = addDays(today(), -7);
    await as(a).talk.setDay({ day: dayOfWeek(today()) });
    await as(a).talk.save({ week: lastWeek, ...said("A-ANSWER") });
    await as(b).talk.save({ week: lastWeek, ...said("B-ANSWER") });
    const aAnswer = (await as(b).talk.get({ week: lastWeek })).talk?.partner?.id ?? "";
    const { id: reflection } = await as(b).talk.reflect({
      answerId: aAnswer,
      prompt: "hard",
      text: "B-HEARD",
    });
    await as(a).talk.confirm({ reflectionId: reflection, verdict: "yes" });
    const { id } = await as(b).amends.create({
      whatIDid: "B-AMENDS",
      impact: "i",
      different: "d",
      share: true,
    });
    await as(a).amends.answer({ id, answer: "received", note: "A-NOTE" });
    const ex = await as(a).account.export();
    expect(ex.talkAnswers).toHaveLength(1);
    expect(ex.talkAnswers[0]).toMatchObject({ week: lastWeek, hard: "A-ANSWER" });
    expect(ex.talkAnswers[0]?.reflectionsByPartner).toEqual([
      { prompt: "hard", text: "B-HEARD", verdict: "yes", verdictNote: null },
    ]);
    expect(ex.amendsAnswersGiven).toMatchObject([{ answer: "received", note: "A-NOTE" }]);
    expect(JSON.stringify(ex)).not.toContain("B-ANSWER");
    expect(JSON.stringify(ex)).not.toContain("B-AMENDS");
    const bx = await as(b).account.export();
    expect(bx.amendsWritten[0]).toMatchObject({
      whatIDid: "B-AMENDS",
      history: [{ by: "partner", note: "A-NOTE" }],
    });
    expect(bx.reflectionsWritten).toMatchObject([{ week: lastWeek, text: "B-HEARD", verdict: "yes" }]);
  });

  it("keeps amends and talks as a read-only archive for both after an unlink", async () => {
    const { a, b, draft } = await couple();
    const lastWeek = addDays(today(), -7);
    await as(a).talk.save({ week: lastWeek, ...said("LASTWEEK-A") });
    await as(b).talk.save({ week: lastWeek, ...said("LASTWEEK-B") });
    const { id: shared } = await as(a).amends.create({
      whatIDid: "SHARED",
      impact: "i",
      different: "d",
      share: true,
    });
    await as(b).amends.answer({ id: shared, answer: "talk" });
    await as(b).couple.unlink();

    for (const u of [a, b]) {
      const archive = await as(u).amends.archive();
      expect(archive[0]?.partnerName).toBe(u === a ? "Ben" : "Ava");
      const detail = await as(u).amends.get({ id: shared });
      expect(detail).toMatchObject({ archived: true, canAnswer: false, canFollowUp: false, canEdit: false });
      const talks = await as(u).talk.archive();
      const revealed = talks[0]?.talks.find((t) => t.week === lastWeek);
      expect(revealed?.partner?.text.hard).toBe(u === a ? "LASTWEEK-B" : "LASTWEEK-A");
      expect(await failure(as(u).amends.followUp({ id: shared, note: "x" }))).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await failure(as(u).talk.get({}))).toMatchObject({ code: "NOT_FOUND" });
    }
    // A's notification of the reveal now leads into the archive.
    const revealedNote = (await as(a).notification.list()).find((n) => n.kind === "talk-revealed");
    expect(revealedNote?.href).toBe("/talk/past");
    // Still private after the end: B never gets A's draft or unrevealed answer.
    const bArchive = JSON.stringify([await as(b).amends.archive(), await as(b).talk.archive()]);
    expect(bArchive).not.toMatch(/DRAFTSECRET|UNREVEALEDSECRET/);
    expect(await failure(as(b).amends.get({ id: draft }))).toMatchObject({ code: "NOT_FOUND" });
    const aArchive = JSON.stringify([await as(a).amends.archive(), await as(a).talk.archive()]);
    expect(aArchive).toContain("DRAFTSECRET");
    expect(aArchive).toContain("UNREVEALEDSECRET");
  });

  it("keeps conversations about what happened as a read-only archive for both after an unlink", async () => {
    const { a, b } = await couple();
    const { id } = await as(a).repairTalk.start({ about: "ARCHIVED-ABOUT" });
    for (const u of [a, b]) {
      await as(u).repairTalk.save({
        id,
        step: "felt",
        feelings: ["hurt"],
        text: `OPEN-${u.name}`,
        share: true,
      });
    }
    // Ava has shared what she heard; Ben hasn't: it stays hers alone, also in the archive.
    await as(a).repairTalk.save({ id, step: "heard", feelings: [], text: "ARCHIVE-UNREVEALED", share: true });
    await as(b).couple.unlink();
    for (const u of [a, b]) {
      const archive = await as(u).repairTalk.archive();
      expect(archive.map((c) => [c.partnerName, c.talks.map((t) => t.about)])).toEqual([
        [u === a ? "Ben" : "Ava", ["ARCHIVED-ABOUT"]],
      ]);
      const talk = await as(u).repairTalk.get({ id });
      expect(talk).toMatchObject({ archived: true, current: null, partnerName: u === a ? "Ben" : "Ava" });
      expect(talk.steps[0]?.partner.map((p) => p.text)).toEqual([`OPEN-${u === a ? "Ben" : "Ava"}`]);
      // Read-only: every write is the active couple's, and there is none.
      expect((await failure(as(u).repairTalk.stop({ id, to: "counselor" }))).code).toBe("NOT_FOUND");
      expect(
        (await failure(as(u).repairTalk.save({ id, step: "heard", feelings: [], text: "late", share: true })))
          .code,
      ).toBe("NOT_FOUND");
    }
    expect(
      JSON.stringify([await as(b).repairTalk.get({ id }), await as(b).repairTalk.archive()]),
    ).not.toContain("ARCHIVE-UNREVEALED");
    // A stranger, or a new partner of Ben's, never reaches it.
    const next = await linkedPair(db, ["Cas", "Dee"]);
    expect((await failure(as(next.a).repairTalk.get({ id }))).code).toBe("NOT_FOUND");
    expect(await as(next.a).repairTalk.archive()).toEqual([]);
    // Ava deletes her account: the conversation she started goes from Ben's archive too.
    await as(a).account.delete({ password: a.password });
    expect(await as(b).repairTalk.archive()).toEqual([]);
    expect((await failure(as(b).repairTalk.get({ id }))).code).toBe("NOT_FOUND");
  });

  it("removes the person's amends and talk answers when they delete their account", async () => {
    const { a, b } = await couple();
    await as(b).amends.create({ whatIDid: "BEN-OWN", impact: "i", different: "d", share: true });
    // A's "not quite" note on B's "what I heard you say" is A's words: it goes with A.
    const { id: talkId } = await as(b).repairTalk.start({ about: "What happened" });
    for (const [u, step] of [
      [b, "felt"],
      [a, "felt"],
      [b, "heard"],
      [a, "heard"],
    ] as const) {
      await as(u).repairTalk.save({
        id: talkId,
        step,
        feelings: step === "felt" ? ["hurt"] : [],
        text: "t",
        share: true,
      });
    }
    const bensHeard = (await as(a).repairTalk.get({ id: talkId })).steps.find((s) => s.key === "heard")
      ?.partner[0];
    await as(a).repairTalk.confirm({
      answerId: bensHeard?.id ?? "",
      verdict: "not-quite",
      note: "A-VERDICT-WORDS",
    });
    expect(JSON.stringify(await as(b).account.export())).toContain("A-VERDICT-WORDS");
    await as(a).account.delete({ password: a.password });
    expect(JSON.stringify(await as(b).account.export())).not.toContain("A-VERDICT-WORDS");
    expect(await db.amends.count({ where: { authorId: a.id } })).toBe(0);
    expect(await db.talkAnswer.count({ where: { userId: a.id } })).toBe(0);
    expect(await db.amends.count({ where: { authorId: b.id } })).toBe(1);
  });
});
