// "Talk about what happened" (src/domain/repair-talk): each step's answers private until both have
// shared (in no answer of the partner's before), opened exactly once even when both share at the
// same moment, "what I heard you say" with its verdicts, stopping, and the plan becoming a commitment.
import { beforeAll, describe, expect, it } from "vitest";
import { localDate } from "@/domain/commitment/schedule";
import { STEP_KEYS, type StepKey } from "@/domain/repair-talk/repair-talk";
import type { Db } from "@/server/db";
import { callerFor, failure, type TestUser } from "../support/callers";
import { linkedPair } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const as = (u: TestUser) => callerFor(db, u.claims);
const answer = (id: string, step: StepKey, text: string, share = true) => ({
  id,
  step,
  feelings: step === "felt" ? (["hurt", "not listened to"] as const).slice() : [],
  text,
  share,
});
const kinds = async (u: TestUser, kind: string) =>
  (await as(u).notification.list()).filter((n) => n.kind === kind);

/** A conversation both have been through to the end (every step shared by both). */
async function finishedTalk(a: TestUser, b: TestUser, about = "Done") {
  const { id } = await as(a).repairTalk.start({ about });
  for (const step of STEP_KEYS) {
    await as(a).repairTalk.save(answer(id, step, `AVA-${step}`));
    await as(b).repairTalk.save(answer(id, step, `BEN-${step}`));
  }
  return id;
}
const mineOf = async (u: TestUser, id: string, step: StepKey) =>
  (await as(u).repairTalk.get({ id })).steps.find((s) => s.key === step)?.mine[0]?.id ?? "";

describe("a repair conversation", () => {
  it("goes step by step, each step open only once both shared, to a commitment", async () => {
    const { a, b } = await linkedPair(db);
    const { id } = await as(a).repairTalk.start({ about: "The argument about the phone" });
    expect((await kinds(b, "repair-talk-started")).map((n) => n.href)).toEqual([`/repair/${id}`]);

    for (const step of STEP_KEYS) {
      // Ava drafts, then shares: Ben learns only that she has, never what. Her drafting changes
      // nothing at all in what Ben reads (not even a counter of her saves).
      const beforeDraft = await as(b).repairTalk.get({ id });
      await as(a).repairTalk.save(answer(id, step, `AVA-DRAFT-${step}`, false));
      await as(a).repairTalk.save(answer(id, step, `AVA-DRAFT-${step} again`, false));
      expect(await as(b).repairTalk.get({ id })).toEqual(beforeDraft);
      await as(a).repairTalk.save(answer(id, step, `AVA-${step}`));
      const bens = await as(b).repairTalk.get({ id });
      expect(bens.current).toBe(step);
      expect(bens.partnerSharedNow).toBe(true);
      const seen = JSON.stringify([bens, await as(b).repairTalk.list(), await as(b).notification.list()]);
      expect(seen).not.toContain(`AVA-${step}`);
      expect(seen).not.toContain("AVA-DRAFT");
      // Ava can't change what she shared.
      expect((await failure(as(a).repairTalk.save(answer(id, step, "changed")))).code).toBe("CONFLICT");

      await as(b).repairTalk.save(answer(id, step, `BEN-${step}`));
      const open = await as(b).repairTalk.get({ id });
      const shown = open.steps.find((s) => s.key === step);
      expect(shown?.revealed).toBe(true);
      expect(shown?.partner.map((p) => p.text)).toEqual([`AVA-${step}`]);
      expect(shown?.partner[0]?.sharedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (step === "felt") expect(shown?.partner[0]?.feelings).toEqual(["hurt", "not listened to"]);

      if (step === "heard") {
        // Ben says Ava's hearing of him was not quite; she says it again; then yes.
        const avasHeard = shown?.partner[0]?.id ?? "";
        await as(b).repairTalk.confirm({
          answerId: avasHeard,
          verdict: "not-quite",
          note: "More sad than angry",
        });
        expect((await failure(as(a).repairTalk.confirm({ answerId: avasHeard, verdict: "yes" }))).code).toBe(
          "BAD_REQUEST",
        );
        await as(a).repairTalk.hearAgain({ id, text: "AVA-heard-again: you were sad" });
        const again = (await as(b).repairTalk.get({ id })).steps.find((s) => s.key === "heard")?.partner;
        expect(again?.map((p) => [p.attempt, p.verdict])).toEqual([
          [1, "not-quite"],
          [2, null],
        ]);
        await as(b).repairTalk.confirm({ answerId: again?.[1]?.id ?? "", verdict: "yes" });
      }
    }
    const done = await as(a).repairTalk.get({ id });
    expect(done.status).toBe("finished");
    expect(done.endedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Ava's plan becomes a commitment of hers, in one step; Ben's plan is his to turn.
    const plan = done.steps.find((s) => s.key === "plan");
    const avasPlan = plan?.mine[0]?.id ?? "";
    expect(
      (await failure(as(b).repairTalk.followThrough({ id: avasPlan, as: "commitment", title: "x y z" })))
        .code,
    ).toBe("FORBIDDEN");
    const made = await as(a).repairTalk.followThrough({
      id: avasPlan,
      as: "commitment",
      title: "Pause, then talk",
    });
    const commitment = await as(b).commitment.get({ id: made.commitmentId ?? "" });
    expect(commitment.title).toBe("Pause, then talk");
    expect(commitment.description).toBe("AVA-plan");
    expect(
      (await failure(as(a).repairTalk.followThrough({ id: avasPlan, as: "commitment", title: "Again" })))
        .code,
    ).toBe("CONFLICT");
  });

  it("opens a step exactly once when both share at the same moment", async () => {
    for (let round = 0; round < 10; round++) {
      const { a, b } = await linkedPair(db);
      const { id } = await as(a).repairTalk.start({ about: "Race" });
      const results = await Promise.all([
        as(a).repairTalk.save(answer(id, "felt", "A")),
        as(b).repairTalk.save(answer(id, "felt", "B")),
      ]);
      expect(results.filter((r) => r.revealed)).toHaveLength(1);
      const row = await db.repairTalk.findUniqueOrThrow({ where: { id } });
      expect(row.revealed).toBe(1);
      const told = [...(await kinds(a, "repair-talk-revealed")), ...(await kinds(b, "repair-talk-revealed"))];
      expect(told).toHaveLength(1);
      expect((await as(a).repairTalk.get({ id })).current).toBe("heard");
    }
  });

  it("before the plans are open, a plan can't become a commitment (its words are private)", async () => {
    const { a } = await linkedPair(db);
    const { id } = await as(a).repairTalk.start({ about: "Early" });
    await as(a).repairTalk.save(answer(id, "felt", "A"));
    const mine = (await as(a).repairTalk.get({ id })).steps[0]?.mine[0]?.id ?? "";
    // Not a plan at all, and nothing of another step's answer leaks through it.
    expect(
      (await failure(as(a).repairTalk.followThrough({ id: mine, as: "commitment", title: "Ask" }))).code,
    ).toBe("NOT_FOUND");
    expect((await failure(as(a).repairTalk.save(answer(id, "plan", "too early")))).code).toBe("CONFLICT");
  });

  it("either can stop it, to the weekly talk or the counselor; then it stays as it was", async () => {
    const { a, b } = await linkedPair(db);
    const { id } = await as(a).repairTalk.start({ about: "Stop" });
    await as(b).repairTalk.stop({ id, to: "counselor" });
    expect(await kinds(a, "repair-talk-stopped")).toHaveLength(1);
    const view = await as(a).repairTalk.get({ id });
    expect(view).toMatchObject({ status: "stopped", stoppedTo: "counselor", stoppedByMe: false });
    expect(view.statusText).toMatch(/counselor/);
    expect((await failure(as(a).repairTalk.save(answer(id, "felt", "late")))).code).toBe("CONFLICT");
    expect((await failure(as(a).repairTalk.stop({ id, to: "weekly-talk" }))).code).toBe("CONFLICT");
  });

  it("refuses hidden characters, feelings outside 'how I felt', and links outside the couple", async () => {
    const { a, b } = await linkedPair(db);
    const other = await linkedPair(db, ["Sam", "Tess"]);
    const { id: theirs } = await as(other.a).boundary.propose({
      title: "Theirs",
      description: "d",
      category: "communication",
      owner: "mine",
    });
    expect(
      (await failure(as(a).repairTalk.start({ about: "x", link: { type: "boundary", id: theirs } }))).code,
    ).toBe("NOT_FOUND");
    // Nor one's own amends draft: the partner would see a link to it.
    const { id: draft } = await as(a).amends.create({
      whatIDid: "w",
      impact: "i",
      different: "d",
      share: false,
    });
    expect(
      (await failure(as(a).repairTalk.start({ about: "x", link: { type: "amends", id: draft } }))).code,
    ).toBe("NOT_FOUND");
    expect((await failure(as(a).repairTalk.start({ about: "a\u202Eb" }))).code).toBe("BAD_REQUEST");
    const { id } = await as(a).repairTalk.start({ about: "Fine" });
    expect((await failure(as(a).repairTalk.save({ ...answer(id, "felt", "x\u200By") }))).code).toBe(
      "BAD_REQUEST",
    );
    expect(
      (
        await failure(
          as(a).repairTalk.save({ id, step: "heard", feelings: ["hurt"], text: "t", share: false }),
        )
      ).code,
    ).toBe("BAD_REQUEST");
    // Lines stay lines.
    await as(a).repairTalk.save({ id, step: "felt", feelings: [], text: "one\ntwo", share: false });
    expect((await as(a).repairTalk.get({ id })).steps[0]?.mine[0]?.text).toBe("one\ntwo");
    // Another couple's conversation doesn't exist for them.
    expect((await failure(as(other.a).repairTalk.get({ id }))).code).toBe("NOT_FOUND");
    expect((await failure(as(b).repairTalk.get({ id: theirs }))).code).toBe("NOT_FOUND");
  });

  it("makes one commitment of a plan submitted twice at the same moment", async () => {
    for (const as_ of ["commitment", "boundary"] as const) {
      const { a, b } = await linkedPair(db);
      const id = await finishedTalk(a, b);
      const plan = await mineOf(a, id, "plan");
      const results = await Promise.allSettled([
        as(a).repairTalk.followThrough({ id: plan, as: as_, title: "Pause, then talk" }),
        as(a).repairTalk.followThrough({ id: plan, as: as_, title: "Pause, then talk" }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      const made = await db.repairAnswer.findUniqueOrThrow({ where: { id: plan } });
      const coupleId = (await db.repairTalk.findUniqueOrThrow({ where: { id } })).coupleId;
      if (as_ === "commitment") {
        expect(await db.commitment.count({ where: { coupleId } })).toBe(1);
        expect(made.commitmentId).not.toBeNull();
        expect(await kinds(b, "commitment-created")).toHaveLength(1);
      } else {
        expect(await db.boundary.count({ where: { coupleId } })).toBe(1);
        expect(made.boundaryId).not.toBeNull();
        expect(await kinds(b, "boundary-proposed")).toHaveLength(1);
      }
    }
  });

  it("makes one commitment of an amends followed through twice at the same moment", async () => {
    const { a, b } = await linkedPair(db);
    const { id } = await as(a).amends.create({ whatIDid: "w", impact: "i", different: "d", share: true });
    const results = await Promise.allSettled([
      as(a).amends.followThrough({ id, as: "commitment", title: "Call first" }),
      as(a).amends.followThrough({ id, as: "commitment", title: "Call first" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const { coupleId } = await db.amends.findUniqueOrThrow({ where: { id } });
    expect(await db.commitment.count({ where: { coupleId } })).toBe(1);
    expect(await kinds(b, "commitment-created")).toHaveLength(1);
  });

  it("keeps a 'yes, that's it' / 'not quite' as it was once the conversation ended", async () => {
    const { a, b } = await linkedPair(db);
    // Finished: every step open, then neither can change a verdict.
    const id = await finishedTalk(a, b);
    const avasHeard = (await as(b).repairTalk.get({ id })).steps.find((s) => s.key === "heard")?.partner[0];
    expect(
      (await failure(as(b).repairTalk.confirm({ answerId: avasHeard?.id ?? "", verdict: "yes" }))).code,
    ).toBe("CONFLICT");
    // Stopped after "not quite": it stays "not quite".
    const { id: stopped } = await as(a).repairTalk.start({ about: "Stopped" });
    for (const step of ["felt", "heard"] as const) {
      await as(a).repairTalk.save(answer(stopped, step, `AVA-${step}`));
      await as(b).repairTalk.save(answer(stopped, step, `BEN-${step}`));
    }
    const heard = (await as(b).repairTalk.get({ id: stopped })).steps.find((s) => s.key === "heard")
      ?.partner[0];
    await as(b).repairTalk.confirm({ answerId: heard?.id ?? "", verdict: "not-quite", note: "Sadder" });
    await as(a).repairTalk.stop({ id: stopped, to: "weekly-talk" });
    expect(
      (await failure(as(b).repairTalk.confirm({ answerId: heard?.id ?? "", verdict: "yes" }))).code,
    ).toBe("CONFLICT");
    const row = await db.repairAnswer.findUniqueOrThrow({ where: { id: heard?.id ?? "" } });
    expect([row.verdict, row.verdictNote]).toEqual(["not-quite", "Sadder"]);
  });

  it("makes 'my part' an amends in one step, once both parts are open, once", async () => {
    const { a, b } = await linkedPair(db);
    // Before both parts are open, Ava's part is still private: it can't become an amends.
    const { id: early } = await as(a).repairTalk.start({ about: "Early" });
    for (const step of STEP_KEYS.slice(0, 4)) {
      await as(a).repairTalk.save(answer(early, step, `AVA-${step}`));
      await as(b).repairTalk.save(answer(early, step, `BEN-${step}`));
    }
    await as(a).repairTalk.save(answer(early, "part", "AVA-part"));
    const earlyPart = await mineOf(a, early, "part");
    const text = { whatIDid: "I was short with you", impact: "You felt hurt", different: "Pause first" };
    expect((await failure(as(a).repairTalk.makeAmends({ id: earlyPart, ...text }))).code).toBe("CONFLICT");
    expect((await failure(as(b).repairTalk.makeAmends({ id: earlyPart, ...text }))).code).toBe("NOT_FOUND");

    const id = await finishedTalk(a, b);
    const part = await mineOf(a, id, "part");
    expect((await failure(as(b).repairTalk.makeAmends({ id: part, ...text }))).code).toBe("FORBIDDEN");
    // Not another step's answer.
    const plan = await mineOf(a, id, "plan");
    expect((await failure(as(a).repairTalk.makeAmends({ id: plan, ...text }))).code).toBe("NOT_FOUND");
    // Two submits at the same moment make one amends, shared with Ben.
    const results = await Promise.allSettled([
      as(a).repairTalk.makeAmends({ id: part, ...text, share: true }),
      as(a).repairTalk.makeAmends({ id: part, ...text, share: true }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const made = results.find((r) => r.status === "fulfilled")?.value.amendsId ?? "";
    expect(await kinds(b, "amends-shared")).toHaveLength(1);
    expect(await as(b).amends.get({ id: made })).toMatchObject({ whatIDid: "I was short with you" });
    const avas = (await as(a).repairTalk.get({ id })).steps.find((s) => s.key === "part");
    expect(avas?.mine[0]?.amendsId).toBe(made);
    expect((await failure(as(a).repairTalk.makeAmends({ id: part, ...text }))).code).toBe("CONFLICT");
  });

  it("a part made a draft amends: Ben sees no trace of it; thrown away, the part can become one again", async () => {
    const { a, b } = await linkedPair(db);
    const id = await finishedTalk(a, b);
    const part = await mineOf(a, id, "part");
    const { amendsId } = await as(a).repairTalk.makeAmends({
      id: part,
      whatIDid: "DRAFT-WHAT",
      impact: "i",
      different: "d",
    });
    const bens = JSON.stringify([
      await as(b).repairTalk.get({ id }),
      await as(b).amends.list(),
      await as(b).notification.list(),
    ]);
    expect(bens).not.toContain(amendsId);
    expect(bens).not.toContain("DRAFT-WHAT");
    await as(a).amends.deleteDraft({ id: amendsId });
    expect(
      (await as(a).repairTalk.get({ id })).steps.find((s) => s.key === "part")?.mine[0]?.amendsId,
    ).toBeNull();
    await as(a).repairTalk.makeAmends({ id: part, whatIDid: "w", impact: "i", different: "d", share: true });
  });

  it("can be about a check-in, a boundary or a shared amends, picked from what both may see", async () => {
    const { a, b } = await linkedPair(db);
    const { id: commitment } = await as(a).commitment.create({
      title: "Call at lunch",
      who: "me",
      cadence: { kind: "daily" },
    });
    const today = localDate(new Date(), "Europe/Berlin");
    await as(a).commitment.checkIn({ commitmentId: commitment, day: today, outcome: "missed" });
    const { id: boundary } = await as(b).boundary.propose({
      title: "No phones at dinner",
      description: "d",
      category: "communication",
      owner: "mine",
    });
    await as(a).amends.create({ whatIDid: "LINK-DRAFT", impact: "i", different: "d", share: false });
    const { id: amends } = await as(a).amends.create({
      whatIDid: "I forgot the call",
      impact: "i",
      different: "d",
      share: true,
    });
    const avas = await as(a).repairTalk.linkOptions();
    expect(avas.map((o) => [o.type, o.label])).toEqual([
      ["check-in", "Call at lunch: missed"],
      ["boundary", "No phones at dinner"],
      ["amends", "I forgot the call"],
    ]);
    // Ben's own check-ins only (Ava's could be from a break of hers), and never Ava's draft.
    const bens = await as(b).repairTalk.linkOptions();
    expect(bens.map((o) => o.type)).toEqual(["boundary", "amends"]);
    expect(JSON.stringify(bens)).not.toContain("LINK-DRAFT");

    const checkIn = avas[0]?.id ?? "";
    for (const [link, label, href] of [
      [{ type: "check-in", id: checkIn }, "Call at lunch", `/commitments/${commitment}`],
      [{ type: "boundary", id: boundary }, "No phones at dinner", `/boundaries/${boundary}`],
      [{ type: "amends", id: amends }, "I forgot the call", `/amends/${amends}`],
    ] as const) {
      const { id } = await as(a).repairTalk.start({ about: "About it", link });
      expect((await as(b).repairTalk.get({ id })).link).toEqual({ type: link.type, label, href });
    }
  });
});
