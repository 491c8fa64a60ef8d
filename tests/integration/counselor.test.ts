// Issue #22: the counselor summary and its links. Both must approve; either revokes at once; links
// expire; a token reads its own summary and nothing else; private notes never, shared notes only
// when their author includes them.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, dayOfWeek } from "@/domain/commitment/schedule";
import { STEP_KEYS } from "@/domain/repair-talk/repair-talk";
import { createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { summaryPdf } from "@/server/counselor/pdf";
import type { Db } from "@/server/db";
import { callerFor, failure, randomIp, signIn, type TestUser } from "../support/callers";
import { linkedPair } from "../support/couples";
import { pdfText, pdfTextItems } from "../support/pdf-text";
import { createTestDb } from "../support/test-db";
import { type World, world } from "../support/world";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const as = (u: TestUser | null) => callerFor(db, u?.claims ?? null);
/** The counselor: no account, a browser. */
const counselor = () =>
  createCaller(
    createTRPCContext({
      db,
      claims: null,
      ip: randomIp(),
      userAgent:
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
    }),
  );
const tokenOf = (url: string) => url.split("/c/")[1] ?? "";

async function sharedLink(
  w: { users: Pick<World["users"], "self" | "partner"> },
  notes = { ava: false, ben: false },
) {
  const { id } = await as(w.users.self).counselor.propose({ includeMyNotes: notes.ava });
  const { url } = await as(w.users.partner).counselor.approve({ id, includeMyNotes: notes.ben });
  return { id, token: tokenOf(url) };
}

describe("the counselor summary", () => {
  it("shows both side by side; private notes never, shared notes only when their author includes them", async () => {
    const w = await world(db);
    const plain = await as(w.users.self).counselor.summary();
    expect(plain.names).toEqual(["Ava", "Ben"]);
    const commitments = plain.sections.find((s) => s.kind === "commitments");
    expect(commitments?.people.map((p) => p.commitments.map((c) => c.title))).toEqual([
      ["C1SECRET Ava's own", "C1SECRET shared", "An evening walk, no destination"],
      ["C1SECRET shared", "C1SECRET Ben's own", "An evening walk, no destination"],
    ]);
    expect(commitments?.people[0]?.commitments[0]?.pattern.at(-1)).toBe("kept");
    expect(plain.sections.find((s) => s.kind === "boundaries")?.changes).toEqual([
      expect.objectContaining({ what: "agreed", title: "C1SECRET agreed" }),
    ]);
    const text = (v: unknown) => JSON.stringify(v);
    expect(text(plain)).not.toContain("C1PRIVATE");
    expect(text(plain)).not.toContain("shared note");
    // Ben includes his own shared note: it's there; Ava's private note never is.
    const bens = await as(w.users.partner).counselor.summary({ includeMyNotes: true });
    expect(text(bens)).toContain("C1SECRET shared note");
    expect(text(bens)).not.toContain("C1PRIVATE");
    // Ava including hers doesn't bring Ben's in: only he can.
    expect(text(await as(w.users.self).counselor.summary({ includeMyNotes: true }))).not.toContain(
      "C1SECRET shared note",
    );
    expect(
      (await failure(as(w.users.self).counselor.summary({ from: "2026-12-01", to: "2026-11-01" }))).code,
    ).toBe("BAD_REQUEST");
  });
});

describe("the counselor summary's weeks of the talk", () => {
  it("starts at the day the talk day was chosen: no week 'not held' before there was one", async () => {
    const { a, b } = await linkedPair(db, ["Ava", "Ben"]);
    const today = (await as(a).counselor.summary()).to;
    // Linked 40 days ago; the talk day chosen only today.
    const { coupleId } = await db.coupleMember.findFirstOrThrow({ where: { userId: a.id } });
    await db.couple.update({
      where: { id: coupleId },
      data: { createdAt: new Date(Date.now() - 40 * 86_400_000) },
    });
    await as(b).talk.setDay({ day: dayOfWeek(today) });
    const talks = (await as(a).counselor.summary()).sections.find((s) => s.kind === "talks");
    expect(talks).toMatchObject({ weeks: [{ week: today, outcome: "open", skippedBy: null }] });

    // Choosing the same day again keeps the day it was chosen on.
    await db.couple.update({ where: { id: coupleId }, data: { talkDayOn: addDays(today, -7) } });
    await as(a).talk.setDay({ day: dayOfWeek(today) });
    expect((await db.couple.findUniqueOrThrow({ where: { id: coupleId } })).talkDayOn).toBe(
      addDays(today, -7),
    );

    // A couple from before the day was recorded: its weeks since linking, the older ones not held.
    await db.couple.update({ where: { id: coupleId }, data: { talkDayOn: null } });
    const older = (await as(a).counselor.summary()).sections.find((s) => s.kind === "talks");
    expect(older).toMatchObject({
      weeks: [
        { week: addDays(today, -21), outcome: "not-held" },
        { week: addDays(today, -14), outcome: "not-held" }, // answerable 13 days after its day
        { week: addDays(today, -7), outcome: "open" },
        { week: today, outcome: "open" },
      ],
    });
  });
});

describe("the counselor summary's amends and weekly talks", () => {
  const amends = (tag: string) => ({
    whatIDid: `${tag} what I did`,
    impact: `${tag} the impact`,
    different: `${tag} what I'll do`,
  });
  const said = (tag: string) => ({ appreciation: tag, wentWell: tag, hard: tag, request: tag, submit: true });

  it("counts shared amends and their answers by day, text only by consent; talks held or skipped, never their answers", async () => {
    const { a, b } = await linkedPair(db, ["Ava", "Ben"]);
    const today = (await as(a).counselor.summary()).to;
    // Ava shares two (one answered "received", one not yet), keeps one draft; Ben shares one that
    // Ava wants to talk about; one of Ava's older ones falls before the period.
    const first = await as(a).amends.create({ ...amends("AMTEXT first"), share: true });
    await as(b).amends.answer({ id: first.id, answer: "received" });
    await as(a).amends.create({ ...amends("AMTEXT second"), share: true });
    await as(a).amends.create({ ...amends("AMDRAFT"), share: false });
    const bens = await as(b).amends.create({ ...amends("AMTEXT ben"), share: true });
    await as(a).amends.answer({ id: bens.id, answer: "talk" });
    const old = await as(a).amends.create({ ...amends("AMTEXT old"), share: true });
    await db.amends.update({
      where: { id: old.id },
      data: { sharedAt: new Date(Date.now() - 40 * 86_400_000) },
    });
    // Talks: last week held (both answered); this week Ava answered and Ben skipped it.
    await as(a).talk.setDay({ day: dayOfWeek(today) });
    await as(a).talk.save({ week: addDays(today, -7), ...said("TALKANSWER held a") });
    await as(b).talk.save({ week: addDays(today, -7), ...said("TALKANSWER held b") });
    await as(a).talk.save({ week: today, ...said("TALKANSWER skipped a") });
    await as(b).talk.skip({ week: today, skipped: true });

    const plain = await as(a).counselor.summary();
    const section = plain.sections.find((s) => s.kind === "amends");
    expect(section?.people).toEqual([
      {
        name: "Ava",
        included: false,
        shared: 2,
        received: 1,
        notReady: 0,
        talk: 0,
        unanswered: 1,
        items: [
          { day: today, answer: "received", answeredDay: today, text: null },
          { day: today, answer: null, answeredDay: null, text: null },
        ],
      },
      expect.objectContaining({ name: "Ben", included: false, shared: 1, talk: 1, unanswered: 0 }),
    ]);
    const text = (v: unknown) => JSON.stringify(v);
    expect(text(plain)).not.toContain("AMTEXT");
    expect(text(plain)).not.toContain("AMDRAFT");
    expect(text(plain)).not.toContain("TALKANSWER");
    // Days, never times.
    expect(text(section)).not.toMatch(/T\d\d:\d\d/);
    expect(plain.sections.find((s) => s.kind === "talks")).toEqual({
      kind: "talks",
      hasTalkDay: true,
      // Linked today: no week before is "not held"; the one held last week (a test's shortcut) shows.
      weeks: [
        { week: addDays(today, -7), outcome: "held", skippedBy: null },
        { week: today, outcome: "skipped", skippedBy: "Ben" },
      ],
    });

    // Ava includes her shared notes: the text of her shared amends comes with them; never the
    // draft, never Ben's (only he can), never a talk's answers.
    const avasSummary = await as(a).counselor.summary({ includeMyNotes: true });
    const avas = text(avasSummary);
    expect(avas).toContain("AMTEXT first what I did");
    expect(avas).toContain("AMTEXT second the impact");
    expect(avas).not.toContain("AMTEXT old");
    expect(avas).not.toContain("AMTEXT ben");
    expect(avas).not.toContain("AMDRAFT");
    expect(avas).not.toContain("TALKANSWER");
    // The PDF says the same (its text runs are split by spaces of their own).
    const pdf = (await pdfText(await summaryPdf(avasSummary))).replace(/\s+/g, " ");
    expect(pdf).toContain("AMTEXT first what I did");
    expect(pdf).toContain("2 shared: 1 received, 0 not ready yet, 0 let's talk, 1 not answered");
    expect(pdf).toMatch(/Week of .+: held/);
    expect(pdf).toContain("skipped by Ben");
    expect(pdf).not.toContain("AMDRAFT");
    expect(pdf).not.toContain("TALKANSWER");
    // Through a link: each partner's own tick decides for their own amends.
    const link = await sharedLink({ users: { self: a, partner: b } }, { ava: false, ben: true });
    const seen = text(await counselor().counselor.view({ token: link.token }));
    expect(seen).toContain("AMTEXT ben what I'll do");
    expect(seen).not.toContain("AMTEXT first");
    expect(seen).not.toContain("AMDRAFT");
    expect(seen).not.toContain("TALKANSWER");
  });
});

describe("the counselor summary of when a fight happens", () => {
  it("counts time-outs and conversations about what happened, and what they led to; never their words", async () => {
    const { a, b } = await linkedPair(db, ["Ava", "Ben"]);
    // Time-outs: Ava came back from one and is on another; Ben's ran out; an old one of Ava's
    // falls before the period.
    await as(a).timeOut.start({ minutes: 20 });
    await as(a).timeOut.back();
    await as(a).timeOut.start({ minutes: 30 });
    await as(b).timeOut.start({ minutes: 20 });
    await db.timeOut.updateMany({ where: { userId: b.id }, data: { endedAt: new Date(), openUserId: null } });
    const { coupleId } = await db.timeOut.findFirstOrThrow({ where: { userId: a.id } });
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    await db.timeOut.create({
      data: { coupleId, userId: a.id, startedAt: longAgo, returnAt: longAgo, endedAt: longAgo },
    });
    // Conversations: one through every step (Ava's plan a commitment, her part a shared amends,
    // Ben's part a draft amends), one taken to the counselor, one still open.
    const { id } = await as(a).repairTalk.start({ about: "REPAIRWORD the phone" });
    for (const step of STEP_KEYS) {
      for (const u of [a, b]) {
        await as(u).repairTalk.save({
          id,
          step,
          feelings: step === "felt" ? ["hurt"] : [],
          text: `REPAIRWORD ${u.name} ${step}`,
          share: true,
        });
      }
    }
    const done = await as(a).repairTalk.get({ id });
    const mine = (u: typeof done, step: string) => u.steps.find((s) => s.key === step)?.mine[0]?.id ?? "";
    await as(a).repairTalk.followThrough({ id: mine(done, "plan"), as: "commitment", title: "Pause first" });
    const amendsText = { whatIDid: "REPAIRWORD w", impact: "REPAIRWORD i", different: "REPAIRWORD d" };
    await as(a).repairTalk.makeAmends({ id: mine(done, "part"), ...amendsText, share: true });
    const bens = await as(b).repairTalk.get({ id });
    await as(b).repairTalk.makeAmends({ id: mine(bens, "part"), ...amendsText, share: false });
    const stopped = await as(b).repairTalk.start({ about: "REPAIRWORD later" });
    await as(a).repairTalk.stop({ id: stopped.id, to: "counselor" });
    await as(a).repairTalk.start({ about: "REPAIRWORD open" });

    const summary = await as(a).counselor.summary();
    const section = summary.sections.find((s) => s.kind === "repair-talks");
    expect(section).toMatchObject({
      timeOuts: { taken: 3, cameBack: 1, ranOut: 1 },
      started: 3,
      finished: 1,
      toCounselor: 1,
      toWeeklyTalk: 0,
      open: 1,
      commitments: 1,
      boundaries: 0,
      amends: 1,
    });
    // Counts only: no words, no times, no taker.
    const seen = JSON.stringify(summary);
    expect(seen).not.toContain("REPAIRWORD");
    expect(JSON.stringify(section)).not.toMatch(/T\d\d:\d\d/);
    const pdf = (await pdfText(await summaryPdf(summary))).replace(/\s+/g, " ");
    expect(pdf).toContain("Time-outs: 3 taken, 1 with a return");
    expect(pdf).toContain("1 that ran out without one");
    expect(pdf).toContain("They led to 1 commitment, 0 boundary proposals and 1 amends");
    expect(pdf).not.toContain("REPAIRWORD");
  });
});

describe("a link for a counselor", () => {
  it("exists only once the other partner confirms; the counselor reads it without an account; every view is logged", async () => {
    const w = await world(db);
    const { id } = await as(w.users.self).counselor.propose({ days: 14, includeMyNotes: false });
    expect((await failure(as(w.users.self).counselor.approve({ id, includeMyNotes: false }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await db.counselorShare.findUniqueOrThrow({ where: { id } })).tokenHash).toBeNull();
    expect((await as(w.users.partner).notification.list()).map((n) => n.kind)).toContain(
      "counselor-share-proposed",
    );
    const { url } = await as(w.users.partner).counselor.approve({ id, includeMyNotes: true });
    const token = tokenOf(url);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only its hash is stored.
    expect(JSON.stringify(await db.counselorShare.findMany())).not.toContain(token);
    expect((await failure(as(w.users.partner).counselor.approve({ id, includeMyNotes: false }))).code).toBe(
      "CONFLICT",
    );

    const seen = await counselor().counselor.view({ token });
    expect(seen.names).toEqual(["Ava", "Ben"]);
    expect(JSON.stringify(seen)).toContain("C1SECRET shared note");
    expect(JSON.stringify(seen)).not.toContain("C1PRIVATE");
    const share = (await as(w.users.self).counselor.shares())[0];
    expect(share?.status).toBe("active");
    expect(share?.views).toEqual([{ at: expect.any(Date), agent: "Chrome on macOS" }]);
    expect((await as(w.users.partner).counselor.shares())[0]?.views).toHaveLength(1);
    const expires = (await db.counselorShare.findUniqueOrThrow({ where: { id } })).expiresAt;
    expect(Math.round(((expires?.getTime() ?? 0) - Date.now()) / 86_400_000)).toBe(14);
  });

  it("revoking works at once, by either partner; an expired link and an unlinked couple's link open nothing", async () => {
    const w = await world(db);
    const first = await sharedLink(w);
    await as(w.users.partner).counselor.revoke({ id: first.id });
    expect((await failure(counselor().counselor.view({ token: first.token }))).code).toBe("NOT_FOUND");
    expect((await failure(as(w.users.self).counselor.revoke({ id: first.id }))).code).toBe("NOT_FOUND");

    const second = await sharedLink(w);
    await db.counselorShare.update({
      where: { id: second.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await failure(counselor().counselor.view({ token: second.token }))).code).toBe("NOT_FOUND");
    expect((await as(w.users.self).counselor.shares()).map((s) => s.status).sort()).toEqual([
      "expired",
      "revoked",
    ]);

    const third = await sharedLink(w);
    await counselor().counselor.view({ token: third.token });
    await as(w.users.self).couple.unlink();
    expect((await failure(counselor().counselor.view({ token: third.token }))).code).toBe("NOT_FOUND");
  });

  it("a revocation racing the confirmation always wins: the link never opens", async () => {
    const w = await world(db);
    for (let round = 0; round < 15; round++) {
      const { id } = await as(w.users.self).counselor.propose({});
      const [approved, revoked] = await Promise.allSettled([
        as(w.users.partner).counselor.approve({ id, includeMyNotes: false }),
        as(w.users.self).counselor.revoke({ id }),
      ]);
      expect(revoked.status).toBe("fulfilled");
      const row = await db.counselorShare.findUniqueOrThrow({ where: { id } });
      expect(row.revokedAt).not.toBeNull();
      if (approved.status === "fulfilled") {
        expect((await failure(counselor().counselor.view({ token: tokenOf(approved.value.url) }))).code).toBe(
          "NOT_FOUND",
        );
      } else {
        expect(row.tokenHash).toBeNull();
      }
    }
  });

  it("a token reads its own summary and nothing else", async () => {
    const w = await world(db);
    const ours = await sharedLink(w, { ava: true, ben: true });
    // Sam and Tess (another couple) share theirs too.
    const sam = w.users.stranger;
    const { id } = await as(sam).counselor.propose({ includeMyNotes: true });
    const tess = await db.coupleMember.findFirstOrThrow({
      where: { userId: { not: sam?.id }, couple: { members: { some: { userId: sam?.id } } } },
      select: { userId: true },
    });
    const { url } = await callerFor(db, await signIn(db, tess.userId)).counselor.approve({
      id,
      includeMyNotes: true,
    });
    const theirs = JSON.stringify(await counselor().counselor.view({ token: tokenOf(url) }));
    expect(theirs).toContain("Sam's promise");
    expect(theirs).not.toContain("C1SECRET");
    expect(theirs).not.toContain("Ava");
    const seen = JSON.stringify(await counselor().counselor.view({ token: ours.token }));
    expect(seen).not.toContain("Sam");
    expect(seen).not.toContain("Tess");
    expect(seen).not.toContain("Eli's old promise");
    // A made-up token of the right shape opens nothing.
    expect((await failure(counselor().counselor.view({ token: "A".repeat(43) }))).code).toBe("NOT_FOUND");
    // The counselor (no session) can't call anything else of the couple's.
    expect((await failure(counselor().counselor.shares())).code).toBe("UNAUTHORIZED");
    expect((await failure(counselor().counselor.summary())).code).toBe("UNAUTHORIZED");
  });

  it("openings are limited per address (each one would be a logged view)", async () => {
    const from = createCaller(createTRPCContext({ db, claims: null, ip: randomIp() }));
    for (let i = 0; i < 120; i++) {
      expect((await failure(from.counselor.view({ token: "B".repeat(43) }))).code).toBe("NOT_FOUND");
    }
    expect((await failure(from.counselor.view({ token: "B".repeat(43) }))).code).toBe("TOO_MANY_REQUESTS");
  });
});

describe("the counselor PDF prints every name", () => {
  it("Hebrew, Arabic and emoji come out as written, and a right-to-left paragraph ends on its left", async () => {
    const { a } = await linkedPair(db, ["נועה 🌱", "ليلى ❤"]);
    await as(a).amends.create({
      whatIDid: "שכחתי את יום ההולדת.",
      impact: "הרגשת לבד.",
      different: "אזכור מחר.",
      share: true,
    });
    const summary = await as(a).counselor.summary({ includeMyNotes: true });
    // Arabic letters are shaped (joined) glyphs; their text maps back to the letters. pdfjs may
    // add a control character between them, which is not part of what we check.
    const bytes = await summaryPdf(summary);
    const pdf = (await pdfText(bytes)).replace(/\p{Cc}/gu, "").replace(/\s+/g, " ");
    expect(pdf).toContain("נועה");
    expect(pdf).toContain("🌱");
    expect(pdf).toContain("ليلى");
    expect(pdf).toContain("❤");
    expect(pdf).toContain("ההולדת");
    // pdfjs reads glyphs left to right: laid out right to left, the full stop of "…את יום ההולדת."
    // is to the left of its last word, not stranded at the other end of the line.
    expect(pdf).toMatch(/\. ?ההולדת/);
    // Her paragraph of her own words is laid out from the right: it starts further right than the
    // English line above it in the same column, which starts at the column's left edge.
    const items = await pdfTextItems(bytes);
    const startOf = (re: RegExp) => Math.min(...items.filter((i) => re.test(i.str)).map((i) => i.x));
    expect(startOf(/ההולדת|שכחתי|לבד|מחר/)).toBeGreaterThan(startOf(/^Shared /) + 20);
    // The built-in fonts' garbling ("ÔâÕà" for "נועה") is gone.
    expect(pdf).not.toMatch(/[ÔâÕà]/);
  });
});
