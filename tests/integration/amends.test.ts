// Issue #21, taking responsibility: a draft is its author's alone; the partner answers what was
// shared ("let's talk" puts it on the weekly talk); follow-ups by either, history kept; one step
// to a commitment or a boundary proposal through those features' own code; notifications.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db";
import { callerFor, failure, type TestUser } from "../support/callers";
import { linkedPair } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const as = (u: TestUser) => callerFor(db, u.claims);
const text = (tag: string) => ({
  whatIDid: `${tag} I read your messages without asking`,
  impact: `${tag} You felt your privacy didn't matter to me`,
  different: `${tag} I will ask before I touch your phone`,
});

describe("amends", () => {
  it("keeps a draft invisible to the partner, then shares it with a notification", async () => {
    const { a, b } = await linkedPair(db);
    const { id, rev } = await as(a).amends.create({ ...text("DRAFTX"), share: false });
    expect((await as(a).amends.list()).map((x) => x.id)).toEqual([id]);
    expect(await as(b).amends.list()).toEqual([]);
    expect(await failure(as(b).amends.get({ id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(as(b).amends.answer({ id, answer: "received" }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await failure(as(b).amends.followUp({ id, note: "hm" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(JSON.stringify(await as(b).notification.list())).not.toContain("DRAFTX");
    expect((await as(b).notification.list()).filter((n) => n.kind.startsWith("amends"))).toEqual([]);

    await as(a).amends.edit({ id, rev, ...text("DRAFTY") });
    const shared = await as(a).amends.share({ id, rev: rev + 1 });
    expect(shared.rev).toBe(rev + 2);
    const seen = await as(b).amends.get({ id });
    expect(seen.whatIDid).toContain("DRAFTY");
    expect(seen.canAnswer).toBe(true);
    expect(seen.canEdit).toBe(false);
    // The day the draft was begun stays its author's: B sees when it was shared, not how long it waited.
    expect(seen.createdOn).toBeNull();
    expect((await as(b).amends.list())[0]?.createdOn).toBeNull();
    expect((await as(a).amends.get({ id })).createdOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Waiting on B until answered; on the bell once (its notification stands for it).
    expect((await as(b).notification.listWaiting()).map((w) => [w.type, w.id])).toEqual([["amends", id]]);
    expect((await as(b).notification.count()).total).toBe(1);
    const [note] = await as(b).notification.list();
    expect(note).toMatchObject({ kind: "amends-shared", href: `/amends/${id}`, title: null });
    // What was shared stays as it was shared.
    expect(await failure(as(a).amends.edit({ id, rev: shared.rev, ...text("LATER") }))).toMatchObject({
      code: "CONFLICT",
    });
    expect(await failure(as(a).amends.deleteDraft({ id }))).toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a stale edit and lets a draft be deleted by its author only", async () => {
    const { a, b } = await linkedPair(db);
    const { id, rev } = await as(a).amends.create({ ...text("D"), share: false });
    await as(a).amends.edit({ id, rev, ...text("E") });
    expect(await failure(as(a).amends.edit({ id, rev, ...text("F") }))).toMatchObject({ code: "CONFLICT" });
    expect(await failure(as(b).amends.deleteDraft({ id }))).toMatchObject({ code: "NOT_FOUND" });
    await as(a).amends.deleteDraft({ id });
    expect(await as(a).amends.list()).toEqual([]);
  });

  it("takes the partner's answers, keeps every answer and follow-up, and puts 'let's talk' on the talk", async () => {
    const { a, b } = await linkedPair(db);
    const { id } = await as(a).amends.create({ ...text("S"), share: true });
    expect(await failure(as(a).amends.answer({ id, answer: "received" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    await as(b).amends.answer({ id, answer: "not-ready" });
    expect(await as(b).notification.listWaiting()).toEqual([]);
    await as(b).amends.answer({ id, answer: "talk", note: "Can we talk on Sunday?" });
    const kinds = (await as(a).notification.list()).map((n) => n.kind);
    expect(kinds.filter((k) => k.startsWith("amends"))).toEqual(["amends-answered", "amends-answered"]);
    await as(a).amends.followUp({ id, note: "I've turned notifications on your side off." });
    await as(b).amends.followUp({ id, note: "Thank you for that." });
    const detail = await as(a).amends.get({ id });
    expect(detail.answer).toBe("talk");
    expect(detail.waitsForTalk).toBe(true);
    expect(detail.history.map((h) => [h.kind, h.by])).toEqual([
      ["answer", "Ben"],
      ["answer", "Ben"],
      ["follow-up", "You"],
      ["follow-up", "Ben"],
    ]);
    expect(detail.history[1]?.note).toBe("Can we talk on Sunday?");
    expect((await as(b).talk.get({})).amends.map((x) => x.id)).toEqual([id]);
    await as(b).amends.markTalked({ id });
    expect((await as(a).talk.get({})).amends).toEqual([]);
    expect((await as(a).amends.get({ id })).history.at(-1)?.kind).toBe("talked");
  });

  it("turns what I'll do differently into a commitment or a boundary proposal in one step", async () => {
    const { a, b } = await linkedPair(db);
    const { id: draft } = await as(a).amends.create({ ...text("P"), share: false });
    expect(
      await failure(as(a).amends.followThrough({ id: draft, as: "commitment", title: "Ask first" })),
    ).toMatchObject({ code: "CONFLICT" });
    const { id } = await as(a).amends.create({ ...text("Q"), share: true });
    expect(
      await failure(as(b).amends.followThrough({ id, as: "commitment", title: "Ask first" })),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
    const made = await as(a).amends.followThrough({
      id,
      as: "commitment",
      title: "Ask before using your phone",
    });
    expect(made.commitmentId).not.toBeNull();
    const commitment = await as(b).commitment.get({ id: made.commitmentId ?? "" });
    expect(commitment.title).toBe("Ask before using your phone");
    expect((await as(a).amends.get({ id })).commitmentId).toBe(made.commitmentId);
    expect(await failure(as(a).amends.followThrough({ id, as: "boundary", title: "Again" }))).toMatchObject({
      code: "CONFLICT",
    });
    const { id: other } = await as(a).amends.create({ ...text("R"), share: true });
    const { boundaryId } = await as(a).amends.followThrough({
      id: other,
      as: "boundary",
      title: "Phones are private",
    });
    const boundary = await as(b).boundary.get({ id: boundaryId ?? "" });
    expect(boundary.view).toBe("waiting-on-me");
  });

  it("is never counted on the dashboard", async () => {
    const { a } = await linkedPair(db);
    const before = await as(a).consistency.dashboard({});
    await as(a).amends.create({ ...text("N"), share: true });
    const after = await as(a).consistency.dashboard({});
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
  });
});
