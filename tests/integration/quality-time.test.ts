// Quality time both chose: a "not now" (and any mark) reaches the partner through no path, only
// ideas both want are listed, putting one on a day makes one shared one-off commitment (once, even
// when both do it at the same moment), the two answers are revealed only when both gave theirs
// (exactly once), the journey keeps it; export and deletion; the couple's end.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, localDate } from "@/domain/commitment/schedule";
import { builtInKey } from "@/domain/quality-time/ideas";
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
const WALK = builtInKey("evening-walk");
const PICNIC = builtInKey("picnic");
const MUSEUM = builtInKey("museum");
const HIKE = builtInKey("hike");

/** Every read the partner can make, as text. */
async function everythingSeenBy(u: TestUser) {
  const c = as(u);
  return JSON.stringify(
    await Promise.all([
      c.qualityTime.ideas(),
      c.qualityTime.list(),
      c.journey.get({}),
      c.notification.list(),
      c.notification.listWaiting(),
      c.account.export(),
      c.commitment.list({ view: "active" }),
      c.commitment.today(),
      c.consistency.dashboard({}),
      c.counselor.summary({ includeMyNotes: true }),
    ]),
  );
}

describe("quality time both chose", () => {
  it("lists only ideas both want (yes + yes, then yes + maybe); a 'not now' reaches the partner through no path", async () => {
    const { a, b } = await linkedPair(db);
    await as(a).qualityTime.mark({ ideaKey: WALK, choice: "yes" });
    await as(b).qualityTime.mark({ ideaKey: WALK, choice: "maybe" });
    await as(a).qualityTime.mark({ ideaKey: PICNIC, choice: "yes" });
    await as(b).qualityTime.mark({ ideaKey: PICNIC, choice: "yes" });
    await as(a).qualityTime.mark({ ideaKey: MUSEUM, choice: "maybe" });
    await as(b).qualityTime.mark({ ideaKey: MUSEUM, choice: "maybe" });
    const events = await db.liveEvent.count({
      where: { OR: [{ userId: b.id }, { coupleId: { not: null } }] },
    });
    const notes = await db.notification.count({ where: { userId: b.id } });
    // B wants the hike; A says "not now".
    await as(b).qualityTime.mark({ ideaKey: HIKE, choice: "yes" });
    const afterB = await db.liveEvent.count({
      where: { OR: [{ userId: b.id }, { coupleId: { not: null } }] },
    });
    const before = await everythingSeenBy(b);
    await as(a).qualityTime.mark({ ideaKey: HIKE, choice: "not-now" });
    // A's "not now" changed nothing of what B can see: no live signal of the couple's or B's, no note.
    expect(await db.liveEvent.count({ where: { OR: [{ userId: b.id }, { coupleId: { not: null } }] } })).toBe(
      afterB,
    );
    expect(afterB).toBe(events + 1);
    expect(await db.notification.count({ where: { userId: b.id } })).toBe(notes);
    const seen = await everythingSeenBy(b);
    expect(seen).not.toContain("not-now");
    // Everything B can read is exactly as it was before A's "not now" (but the export's own time).
    const unstamped = (text: string) => text.replace(/"exportedAt":"[^"]*"/, "");
    expect(unstamped(seen)).toBe(unstamped(before));
    // B's view of the hike is as if A had never marked it.
    const bIdeas = await as(b).qualityTime.ideas();
    expect(bIdeas.ideas.find((i) => i.key === HIKE)?.mine).toBe("yes");
    expect(bIdeas.bothWant.map((w) => [w.key, w.strength])).toEqual([
      [PICNIC, "both-yes"],
      [WALK, "yes-maybe"],
    ]);
    expect(JSON.stringify(bIdeas)).not.toMatch(/"partner(Choice|Mark)"/);
    // A sees her own marks, "not now" too, and the same two ideas both want.
    const aIdeas = await as(a).qualityTime.ideas();
    expect(aIdeas.ideas.find((i) => i.key === HIKE)?.mine).toBe("not-now");
    expect(aIdeas.bothWant.map((w) => w.key)).toEqual([PICNIC, WALK]);
    // Taking a yes back takes the idea off the list for both.
    await as(b).qualityTime.mark({ ideaKey: WALK, choice: null });
    expect((await as(a).qualityTime.ideas()).bothWant.map((w) => w.key)).toEqual([PICNIC]);
    // Nothing holds the mark itself but the marker's own rows.
    expect(JSON.stringify(await db.notification.findMany())).not.toContain("not-now");
  });

  it("tells the partner once when a new idea is wanted by both, and lists the couple's own ideas", async () => {
    const { a, b } = await linkedPair(db);
    const { id } = await as(a).qualityTime.addIdea({
      title: "Paddle on the lake",
      kind: "outdoors",
      effort: "medium",
    });
    const bIdeas = await as(b).qualityTime.ideas();
    expect(bIdeas.ideas.find((i) => i.key === id)).toMatchObject({
      title: "Paddle on the lake",
      by: "partner",
      mine: null,
    });
    await as(b).qualityTime.mark({ ideaKey: id, choice: "yes" });
    expect((await as(a).notification.list()).map((n) => n.kind)).toContain("quality-time-wanted");
    expect((await as(a).qualityTime.ideas()).bothWant.map((w) => w.title)).toEqual(["Paddle on the lake"]);
    expect(
      await failure(as(b).qualityTime.mark({ ideaKey: "builtin:nonsense", choice: "yes" })),
    ).toMatchObject({
      code: "NOT_FOUND",
    });
    // Another couple's idea doesn't exist for them.
    const other = await linkedPair(db, ["Sam", "Tess"]);
    expect(await failure(as(other.a).qualityTime.mark({ ideaKey: id, choice: "yes" }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("puts an idea both want on a day as one shared one-off commitment, once even when both do it at once", async () => {
    const { a, b } = await linkedPair(db);
    expect(await failure(as(a).qualityTime.schedule({ ideaKey: PICNIC, day: today() }))).toMatchObject({
      code: "CONFLICT",
    });
    await as(a).qualityTime.mark({ ideaKey: PICNIC, choice: "yes" });
    await as(b).qualityTime.mark({ ideaKey: PICNIC, choice: "maybe" });
    const day = addDays(today(), 3);
    expect(
      await failure(as(a).qualityTime.schedule({ ideaKey: PICNIC, day: addDays(today(), -1) })),
    ).toMatchObject({
      code: "BAD_REQUEST",
    });
    const results = await Promise.all([
      failure(as(a).qualityTime.schedule({ ideaKey: PICNIC, day })),
      failure(as(b).qualityTime.schedule({ ideaKey: PICNIC, day })),
    ]);
    expect(results.map((r) => r.code).sort()).toEqual(["CONFLICT", "OK"]);
    const rows = await db.qualityTime.findMany({ where: { ideaKey: PICNIC, day } });
    expect(rows).toHaveLength(1);
    const commitment = await db.commitment.findUniqueOrThrow({
      where: { id: rows[0]?.commitmentId ?? "" },
      include: { cadences: true },
    });
    expect(commitment).toMatchObject({ ownerId: null, kind: "once", title: "A picnic in a park" });
    expect(JSON.parse(commitment.cadences[0]?.cadence ?? "{}")).toEqual({ kind: "once", due: day });
    const coupleCommitments = await db.commitment.count({ where: { coupleId: commitment.coupleId } });
    expect(coupleCommitments).toBe(1);
    for (const u of [a, b]) {
      const list = await as(u).commitment.list({ view: "active" });
      expect(JSON.stringify(list)).toContain("A picnic in a park");
      expect((await as(u).qualityTime.list()).upcoming).toMatchObject([
        { title: "A picnic in a park", day, status: "upcoming" },
      ]);
    }
    const scheduler = rows[0]?.scheduledById === a.id ? b : a;
    expect((await as(scheduler).notification.list()).map((n) => n.kind)).toContain("quality-time-scheduled");
    // The questions open on the day itself.
    expect(
      await failure(as(a).qualityTime.reflect({ id: rows[0]?.id ?? "", moment: "Early", closeness: 3 })),
    ).toMatchObject({ code: "BAD_REQUEST" });
  });

  it("keeps each one's answers private until both answered, then reveals them to both, once, in the journey", async () => {
    const { a, b } = await linkedPair(db);
    await as(a).qualityTime.mark({ ideaKey: WALK, choice: "yes" });
    await as(b).qualityTime.mark({ ideaKey: WALK, choice: "yes" });
    const { id } = await as(b).qualityTime.schedule({ ideaKey: WALK, day: today() });
    await as(a).qualityTime.reflect({ id, moment: "AVA-MOMENT the heron by the river", closeness: 4 });
    const bSees = await everythingSeenBy(b);
    expect(bSees).not.toContain("AVA-MOMENT");
    expect(await as(b).qualityTime.get({ id })).toMatchObject({
      status: "partner-answered",
      partner: null,
      mine: null,
    });
    expect((await as(a).qualityTime.get({ id })).status).toBe("waiting-for-partner");
    expect(JSON.stringify(await db.notification.findMany())).not.toContain("AVA-MOMENT");
    expect(JSON.stringify(await db.liveEvent.findMany())).not.toContain("AVA-MOMENT");
    expect((await as(b).notification.list()).map((n) => n.kind)).toContain("quality-time-answered");
    expect(await failure(as(a).qualityTime.reflect({ id, moment: "again", closeness: 2 }))).toMatchObject({
      code: "CONFLICT",
    });
    await as(b).qualityTime.reflect({ id, moment: "BEN-MOMENT your laugh", closeness: 5 });
    for (const [u, mine, theirs] of [
      [a, "AVA-MOMENT", "BEN-MOMENT"],
      [b, "BEN-MOMENT", "AVA-MOMENT"],
    ] as const) {
      const got = await as(u).qualityTime.get({ id });
      expect(got.status).toBe("revealed");
      expect(got.mine?.moment).toContain(mine);
      expect(got.partner?.moment).toContain(theirs);
      const journey = await as(u).journey.get({ filter: "time" });
      expect(journey.months.flatMap((m) => m.events)).toMatchObject([
        {
          kind: "quality-time",
          title: "An evening walk, no destination",
          day: today(),
          href: `/quality-time/${id}`,
        },
      ]);
    }
    expect((await as(a).notification.list()).filter((n) => n.kind === "quality-time-revealed")).toHaveLength(
      1,
    );
    // The counselor summary counts it; a moment's words only of the one who includes their notes.
    const section = (s: Awaited<ReturnType<ReturnType<typeof as>["counselor"]["summary"]>>) =>
      s.sections.find((x) => x.kind === "quality-time");
    const plain = section(await as(a).counselor.summary());
    expect(plain).toMatchObject({ scheduled: 1, bothAnswered: 1 });
    expect(JSON.stringify(plain)).not.toMatch(/AVA-MOMENT|BEN-MOMENT/);
    const withMine = JSON.stringify(section(await as(a).counselor.summary({ includeMyNotes: true })));
    expect(withMine).toContain("AVA-MOMENT");
    expect(withMine).not.toContain("BEN-MOMENT");
  });

  it("reveals exactly once when both answer at the same moment", async () => {
    const { a, b } = await linkedPair(db);
    await as(a).qualityTime.mark({ ideaKey: WALK, choice: "yes" });
    await as(b).qualityTime.mark({ ideaKey: WALK, choice: "yes" });
    const { id } = await as(a).qualityTime.schedule({ ideaKey: WALK, day: today() });
    const answers = await Promise.all([
      as(a).qualityTime.reflect({ id, moment: "A", closeness: 3 }),
      as(b).qualityTime.reflect({ id, moment: "B", closeness: 3 }),
    ]);
    expect(answers.filter((r) => r.revealed)).toHaveLength(1);
    expect((await db.qualityTime.findUniqueOrThrow({ where: { id } })).revealedOn).toBe(today());
    const revealedNotes = await db.notification.count({
      where: { kind: "quality-time-revealed", objectId: id },
    });
    expect(revealedNotes).toBe(1);
  });

  it("exports the person's own marks, ideas and answers; deleting the account takes them; an unlink closes it", async () => {
    const { a, b } = await linkedPair(db);
    const { id: idea } = await as(a).qualityTime.addIdea({
      title: "AVA-IDEA kayak",
      kind: "outdoors",
      effort: "big",
    });
    await as(a).qualityTime.mark({ ideaKey: HIKE, choice: "not-now" });
    await as(a).qualityTime.mark({ ideaKey: WALK, choice: "yes" });
    await as(b).qualityTime.mark({ ideaKey: WALK, choice: "yes" });
    await as(b).qualityTime.mark({ ideaKey: idea, choice: "maybe" });
    const { id } = await as(a).qualityTime.schedule({ ideaKey: WALK, day: today() });
    await as(a).qualityTime.reflect({ id, moment: "AVA-WORDS", closeness: 4 });
    await as(b).qualityTime.reflect({ id, moment: "BEN-WORDS", closeness: 2 });
    const ax = (await as(a).account.export()).qualityTime;
    expect(ax.marks.map((m) => [m.ideaKey, m.choice]).sort()).toEqual(
      [
        [HIKE, "not-now"],
        [WALK, "yes"],
        [idea, "yes"],
      ].sort(),
    );
    expect(ax.ideasAdded).toMatchObject([{ title: "AVA-IDEA kayak", kind: "outdoors", effort: "big" }]);
    expect(ax.answers).toMatchObject([{ moment: "AVA-WORDS", closeness: 4, day: today() }]);
    expect(JSON.stringify(ax)).not.toContain("BEN-WORDS");
    const bx = JSON.stringify((await as(b).account.export()).qualityTime);
    expect(bx).not.toMatch(/AVA-WORDS|not-now|AVA-IDEA/);

    await as(a).couple.unlink();
    for (const u of [a, b]) {
      expect(await failure(as(u).qualityTime.ideas())).toMatchObject({ code: "NOT_FOUND" });
      expect(await failure(as(u).qualityTime.get({ id }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await failure(as(u).qualityTime.mark({ ideaKey: WALK, choice: "maybe" }))).toMatchObject({
        code: "NOT_FOUND",
      });
    }
    // Still each one's own in their export after the end.
    expect(JSON.stringify((await as(a).account.export()).qualityTime)).toContain("AVA-WORDS");

    await as(a).account.delete({ password: a.password });
    expect(await db.qualityTimeVote.count({ where: { userId: a.id } })).toBe(0);
    expect(await db.qualityTimeVote.count({ where: { ideaKey: idea } })).toBe(0);
    expect(await db.qualityTimeIdea.count({ where: { createdById: a.id } })).toBe(0);
    expect(await db.qualityTimeReflection.count({ where: { userId: a.id } })).toBe(0);
    // The time itself stays, with Ben's own answer (his words), as the shared commitment does.
    expect(await db.qualityTime.count({ where: { id } })).toBe(1);
    expect(JSON.stringify((await as(b).account.export()).qualityTime)).toContain("BEN-WORDS");
  });
});
