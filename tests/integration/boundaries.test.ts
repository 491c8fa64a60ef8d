import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db";
import { callerFor, failure, signUp, type TestUser } from "../support/callers";
import { linkedPair } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const TEXT = {
  title: "Phones stay open",
  description: "Either of us can ask to see the other's phone, and the answer is yes.",
  category: "privacy-phones",
  owner: "ours",
} as const;

const as = (u: TestUser) => callerFor(db, u.claims);

async function proposed() {
  const { a, b } = await linkedPair(db);
  const { id } = await as(a).boundary.propose({ ...TEXT, note: "This matters to me." });
  return { a, b, id };
}

async function activeBoundary() {
  const { a, b, id } = await proposed();
  await as(b).boundary.agree({ id, rev: 0, versionNumber: 1 });
  return { a, b, id };
}

describe("proposing and agreeing", () => {
  it("a proposal waits on the partner and becomes active when they agree to it", async () => {
    const { a, b, id } = await proposed();
    expect((await as(a).boundary.list({ view: "waiting-on-partner" })).items).toEqual([
      expect.objectContaining({ id, status: "proposed", title: TEXT.title, ownerName: "Ours" }),
    ]);
    const forB = await as(b).boundary.list({ view: "waiting-on-me" });
    expect(forB.items.map((i) => i.id)).toEqual([id]);
    expect(forB.counts).toMatchObject({ all: 1, "waiting-on-me": 1, active: 0 });

    // The author can't agree for the partner.
    expect(await failure(as(a).boundary.agree({ id, rev: 0, versionNumber: 1 }))).toMatchObject({
      code: "CONFLICT",
    });
    await as(b).boundary.agree({ id, rev: 0, versionNumber: 1 });
    const seen = await as(a).boundary.get({ id });
    expect(seen).toMatchObject({ status: "active", view: "active", pending: null, rev: 1 });
    expect(seen.active).toMatchObject({ number: 1, proposedBy: "You", agreedBy: b.name, title: TEXT.title });
    expect(seen.history.map((h) => [h.kind, h.actor, h.versionNumber, h.note])).toEqual([
      ["proposed", "You", 1, "This matters to me."],
      ["agreed", b.name, 1, null],
    ]);
  });

  it("agreement is bound to a version: a counter-proposal resets it", async () => {
    const { a, b, id } = await proposed();
    await as(b).boundary.edit({
      id,
      rev: 0,
      text: { ...TEXT, description: "We can ask, and we explain why.", note: "A bit softer?" },
    });
    // A's agreement must name the new version; the old one no longer counts.
    expect(await failure(as(a).boundary.agree({ id, rev: 1, versionNumber: 1 }))).toMatchObject({
      code: "CONFLICT",
    });
    expect(await failure(as(b).boundary.agree({ id, rev: 1, versionNumber: 2 }))).toMatchObject({
      code: "CONFLICT",
    });
    await as(a).boundary.agree({ id, rev: 1, versionNumber: 2 });
    const seen = await as(b).boundary.get({ id });
    expect(seen.active).toMatchObject({
      number: 2,
      description: "We can ask, and we explain why.",
      agreedBy: a.name,
    });
    expect(seen.versions.map((v) => [v.number, v.agreedBy])).toEqual([
      [1, null],
      [2, a.name],
    ]);
    expect(seen.history.map((h) => h.kind)).toEqual(["proposed", "countered", "agreed"]);
  });

  it("whose boundary it is is kept from the writer's point of view", async () => {
    const { a, b } = await linkedPair(db);
    const { id } = await as(a).boundary.propose({ ...TEXT, owner: "yours" });
    expect((await as(a).boundary.get({ id })).pending?.version?.ownerName).toBe(b.name);
    expect((await as(b).boundary.get({ id })).pending?.version).toMatchObject({
      ownerName: "You",
      ownerIsMe: true,
    });
  });

  it("decline ends a proposal; the author can withdraw theirs", async () => {
    const { a, b, id } = await proposed();
    expect(await failure(as(a).boundary.decline({ id, rev: 0 }))).toMatchObject({ code: "CONFLICT" });
    await as(b).boundary.decline({ id, rev: 0, note: "Not like this." });
    expect(await as(a).boundary.get({ id })).toMatchObject({ status: "declined", view: "retired" });

    const other = await as(a).boundary.propose(TEXT);
    expect(await failure(as(b).boundary.withdraw({ id: other.id, rev: 0 }))).toMatchObject({
      code: "CONFLICT",
    });
    await as(a).boundary.withdraw({ id: other.id, rev: 0 });
    expect((await as(b).boundary.get({ id: other.id })).status).toBe("withdrawn");
    expect((await as(b).boundary.get({ id })).history.map((h) => [h.kind, h.versionNumber, h.note])).toEqual([
      ["proposed", 1, "This matters to me."],
      ["declined", 1, "Not like this."],
    ]);
    expect((await as(b).boundary.list({ view: "retired" })).items).toHaveLength(2);
  });
});

describe("withdrawing", () => {
  it("the one who started a proposal can withdraw it after a counter; the counter's author can't", async () => {
    const { a, b, id } = await proposed();
    await as(b).boundary.edit({ id, rev: 0, text: { ...TEXT, title: "Phones open on request" } });
    expect(await failure(as(b).boundary.withdraw({ id, rev: 1 }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("started this proposal"),
    });
    await as(a).boundary.withdraw({ id, rev: 1, note: "Let's talk first." });
    const seen = await as(b).boundary.get({ id });
    expect(seen.status).toBe("withdrawn");
    expect(seen.history.map((h) => [h.kind, h.versionNumber])).toEqual([
      ["proposed", 1],
      ["countered", 2],
      ["withdrawn", 2],
    ]);
  });

  it("a withdrawn or declined revision is recorded against the revision, not the agreed version", async () => {
    const { a, b, id } = await activeBoundary();
    await as(a).boundary.proposeRevision({ id, rev: 1, text: { ...TEXT, title: "Changed" } });
    await as(b).boundary.decline({ id, rev: 2, note: "I prefer it as it is." });
    await as(b).boundary.proposeRevision({ id, rev: 3, text: { ...TEXT, title: "Changed again" } });
    await as(b).boundary.withdraw({ id, rev: 4 });
    const seen = await as(a).boundary.get({ id });
    expect(seen).toMatchObject({ status: "active", active: { number: 1 } });
    expect(seen.history.map((h) => [h.kind, h.versionNumber])).toEqual([
      ["proposed", 1],
      ["agreed", 1],
      ["revision-proposed", 2],
      ["revision-declined", 2],
      ["revision-proposed", 3],
      ["revision-withdrawn", 3],
    ]);
  });
});

describe("revising and retiring", () => {
  it("a revision keeps the current version active until the partner agrees", async () => {
    const { a, b, id } = await activeBoundary();
    await as(a).boundary.proposeRevision({
      id,
      rev: 1,
      text: { ...TEXT, title: "Phones stay open, evenings too" },
    });
    const during = await as(b).boundary.get({ id });
    expect(during).toMatchObject({ status: "revising", view: "waiting-on-me" });
    expect(during.active?.title).toBe(TEXT.title);
    expect(during.pending).toMatchObject({ kind: "revise", byMe: false, version: { number: 2 } });

    await as(b).boundary.agree({ id, rev: 2, versionNumber: 2 });
    const after = await as(a).boundary.get({ id });
    expect(after).toMatchObject({
      status: "active",
      active: { number: 2, title: "Phones stay open, evenings too" },
    });
  });

  it("a declined revision leaves the agreed version active", async () => {
    const { a, b, id } = await activeBoundary();
    await as(a).boundary.proposeRevision({ id, rev: 1, text: { ...TEXT, title: "Something else" } });
    await as(b).boundary.decline({ id, rev: 2 });
    expect(await as(a).boundary.get({ id })).toMatchObject({
      status: "active",
      active: { number: 1 },
      pending: null,
    });
  });

  it("retiring needs both", async () => {
    const { a, b, id } = await activeBoundary();
    await as(b).boundary.proposeRetire({ id, rev: 1, note: "We don't need this any more." });
    expect((await as(a).boundary.get({ id })).status).toBe("retiring");
    // B can't retire it alone.
    expect(await failure(as(b).boundary.agree({ id, rev: 2, versionNumber: 1 }))).toMatchObject({
      code: "CONFLICT",
    });
    await as(a).boundary.agree({ id, rev: 2, versionNumber: 1 });
    const retired = await as(b).boundary.get({ id });
    expect(retired).toMatchObject({ status: "retired", view: "retired" });
    expect(retired.history.map((h) => h.kind)).toEqual(["proposed", "agreed", "retire-proposed", "retired"]);
    expect(await failure(as(a).boundary.proposeRevision({ id, rev: 3, text: TEXT }))).toMatchObject({
      code: "CONFLICT",
    });
  });

  it("a stale action is refused with CONFLICT and changes nothing", async () => {
    const { a, b, id } = await proposed();
    await as(a).boundary.edit({ id, rev: 0, text: { ...TEXT, title: "Phones stay open (edited)" } });
    const stale = await failure(as(b).boundary.agree({ id, rev: 0, versionNumber: 2 }));
    expect(stale).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("changed") });
    expect(await as(b).boundary.get({ id })).toMatchObject({ status: "proposed", rev: 1, active: null });
  });
});

describe("respect check-ins", () => {
  it("each partner notes this week once (changeable); both see both", async () => {
    const { a, b, id } = await activeBoundary();
    await as(a).boundary.respect({ id, respected: true });
    await as(a).boundary.respect({ id, respected: false, note: "Tuesday was hard." });
    await as(b).boundary.respect({ id, respected: true });
    const seen = await as(b).boundary.get({ id });
    expect(seen.respect.entries).toHaveLength(2);
    expect(seen.respect.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ who: a.name, respected: false, note: "Tuesday was hard." }),
        expect.objectContaining({ who: "You", respected: true }),
      ]),
    );
    expect(seen.respect.mine).toEqual({ respected: true, note: null });
  });

  it("is only for active boundaries", async () => {
    const { a, id } = await proposed();
    expect(await failure(as(a).boundary.respect({ id, respected: true }))).toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("privacy", () => {
  it("strangers get NOT_FOUND for every boundary procedure", async () => {
    const { id } = await activeBoundary();
    const stranger = await signUp(db);
    const { a: other } = await linkedPair(db);
    for (const who of [stranger, other]) {
      const c = as(who);
      expect(await failure(c.boundary.get({ id }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await failure(c.boundary.agree({ id, rev: 1, versionNumber: 1 }))).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await failure(c.boundary.edit({ id, rev: 1, text: TEXT }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await failure(c.boundary.decline({ id, rev: 1 }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await failure(c.boundary.withdraw({ id, rev: 1 }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await failure(c.boundary.proposeRevision({ id, rev: 1, text: TEXT }))).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await failure(c.boundary.proposeRetire({ id, rev: 1 }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await failure(c.boundary.respect({ id, respected: true }))).toMatchObject({ code: "NOT_FOUND" });
    }
    // The other couple's list doesn't include it.
    expect((await as(other).boundary.list({})).items).toEqual([]);
    expect(await failure(as(stranger).boundary.list({}))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(callerFor(db).boundary.get({ id }))).toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("after an unlink: a read-only archive for both; nothing can change; new couples don't see it", async () => {
    const { a, b, id } = await activeBoundary();
    await as(a).couple.unlink();
    for (const who of [a, b]) {
      expect(await as(who).boundary.get({ id })).toMatchObject({ archived: true, status: "active" });
      expect(await failure(as(who).boundary.proposeRetire({ id, rev: 1 }))).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await failure(as(who).boundary.respect({ id, respected: true }))).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await failure(as(who).boundary.list({}))).toMatchObject({ code: "NOT_FOUND" });
      const archive = await as(who).boundary.archive();
      expect(archive).toEqual([
        expect.objectContaining({ boundaries: [expect.objectContaining({ id, title: TEXT.title })] }),
      ]);
    }
    // A links with someone new: the new partner can't read the old couple's boundary.
    const c = await signUp(db);
    const invite = await as(a).invite.create();
    await as(c).invite.accept({ token: new URL(invite.url).pathname.split("/").pop() ?? "" });
    expect(await failure(as(c).boundary.get({ id }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await as(a).boundary.list({})).items).toEqual([]);
  });

  it("validates and length-limits input; unknown fields are rejected", async () => {
    const { a, id } = await proposed();
    const bad = [
      { ...TEXT, title: "" },
      { ...TEXT, title: "x".repeat(121) },
      { ...TEXT, description: "x".repeat(2001) },
      { ...TEXT, category: "nope" },
      { ...TEXT, owner: "theirs" },
      { ...TEXT, coupleId: "someone-else" },
      { ...TEXT, note: "x".repeat(1001) },
      { ...TEXT, title: "\u200b\u200b\u200b\u200b" },
      { ...TEXT, title: "   " },
      { ...TEXT, description: "\u0000\u0001" },
    ];
    for (const input of bad) {
      // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed input
      expect(await failure(as(a).boundary.propose(input as any))).toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(
      // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed input
      await failure(as(a).boundary.withdraw({ id, rev: 0, status: "active" } as any)),
    ).toMatchObject({ code: "BAD_REQUEST" });
    for (const input of [
      { id, rev: 0, text: { ...TEXT, ownerId: "x" } },
      { id, rev: -1, text: TEXT },
      { id, rev: 0.5, text: TEXT },
      { id, rev: 0, text: TEXT, coupleId: "x" },
    ]) {
      // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed input
      expect(await failure(as(a).boundary.edit(input as any))).toMatchObject({ code: "BAD_REQUEST" });
    }
    expect((await as(a).boundary.list({})).items).toHaveLength(1);
    expect((await as(a).boundary.get({ id })).rev).toBe(0);
  });
});

describe("concurrency", () => {
  it("500 rounds of simultaneous edit and agree: never an active version one of them didn't agree to, no lost edit", async () => {
    const { a, b } = await linkedPair(db);
    const { id } = await as(a).boundary.propose(TEXT);
    const ca = as(a);
    const cb = as(b);
    let rev = 0;
    let pendingNumber = 1;
    let acknowledgedEdits = 0;
    let agreements = 0;
    const savedDescriptions: string[] = [];
    for (let round = 0; round < 500; round++) {
      // A edits their own pending version while B agrees to the version they saw.
      // Alternate which call starts first, so both orders happen.
      const calls = [
        () => ca.boundary.edit({ id, rev, text: { ...TEXT, description: `Round ${round}` } }),
        () => cb.boundary.agree({ id, rev, versionNumber: pendingNumber }),
      ] as const;
      const [edit, agree] =
        round % 2 === 0
          ? await Promise.allSettled([calls[0](), calls[1]()])
          : await Promise.allSettled([calls[1](), calls[0]()]).then(([g, e]) => [e, g] as const);
      const editOk = edit.status === "fulfilled";
      const agreeOk = agree.status === "fulfilled";
      // Exactly one of two actions on the same rev wins; the loser gets a clear CONFLICT.
      expect(Number(editOk) + Number(agreeOk)).toBe(1);
      const loser = editOk ? agree : edit;
      expect(loser.status === "rejected" && (loser.reason as { code?: string }).code).toBe("CONFLICT");
      rev += 1;
      if (editOk) {
        acknowledgedEdits++;
        savedDescriptions.push(`Round ${round}`);
        pendingNumber += 1;
      } else {
        agreements++;
        // Active now: A starts a revision for the next round.
        const current = await ca.boundary.get({ id });
        expect(current.active?.number).toBe(pendingNumber);
        await ca.boundary.proposeRevision({ id, rev, text: { ...TEXT, description: `Revision ${round}` } });
        rev += 1;
        pendingNumber = current.versions.length + 1;
      }
    }
    const final = await cb.boundary.get({ id });
    // Every acknowledged edit is a version; every version that was ever active was agreed by B, the
    // partner who didn't write it, to exactly that number.
    const edits = final.history.filter((h) => h.kind === "edited").length;
    expect(edits).toBe(acknowledgedEdits);
    expect(final.history.filter((h) => h.kind === "agreed" || h.kind === "revision-agreed")).toHaveLength(
      agreements,
    );
    const versions = await db.boundaryVersion.findMany({ where: { boundaryId: id } });
    const stored = new Set(versions.map((v) => v.description));
    expect(savedDescriptions.filter((d) => !stored.has(d))).toEqual([]);
    expect(versions).toHaveLength(1 + acknowledgedEdits + agreements);
    for (const v of versions) {
      if (v.agreedById !== null) {
        expect(v.agreedById).toBe(b.id);
        expect(v.proposedById).toBe(a.id);
      }
    }
    expect(final.active === null || final.active.agreedBy === "You").toBe(true);
    expect(agreements).toBeGreaterThan(0);
    expect(acknowledgedEdits).toBeGreaterThan(0);
  }, 180_000);
});
