// "Days, not minutes" (docs/security.md): what a partner did reaches the other only as a day.
// Every query of the router (the list comes from the router itself, so a new query without a row
// fails this file) is walked for an instant finer than a day (a Date, or an ISO timestamp with a
// time) and for an id that holds its creation time (a cuid v1), after the other did one of
// everything; so are the live events the partner's stream sends. Every mail kind is walked in
// days-not-minutes-mail.test.ts, every page's HTML and RSC payload in e2e/days-not-minutes.spec.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { summaryPdf } from "@/server/counselor/pdf";
import type { Db } from "@/server/db";
import { decodeLiveEventId } from "@/server/live/event-id";
import { callerFor, randomIp } from "../support/callers";
import { instantsIn, timeBearingIds } from "../support/instants";
import { pdfText } from "../support/pdf-text";
import { createTestDb } from "../support/test-db";
import { type World, world } from "../support/world";

let db: Db;
let w: World;
let counselorToken = "";
/** Where Ben's live stream stood before Ava's activity below (the bell's cursor). */
let since = "";
beforeAll(async () => {
  ({ db } = await createTestDb());
  w = await world(db);
  const ava = callerFor(db, w.users.self?.claims ?? null);
  const ben = callerFor(db, w.users.partner?.claims ?? null);
  since = (await ben.notification.count()).since;
  // A correction (an earlier version), a response to Ben's check-in and a shared note: Ava's
  // activity in every form Ben can read.
  await ava.commitment.checkIn({
    commitmentId: w.avasOwn,
    day: w.today,
    outcome: "partly",
    note: "shared now",
    noteShared: true,
  });
  await ava.commitment.acknowledge({ checkInId: w.bensCheckIn, kind: "differ", note: "I remember it so" });
  // Amends: a follow-up by Ava, "we talked" by Ben; a counselor link Ava proposed and Ben
  // confirmed; a break Ava took and ended.
  await ava.amends.followUp({ id: w.avasAmends, note: "A follow-up" });
  await ben.amends.markTalked({ id: w.avasAmends });
  const { id: shareId } = await ava.counselor.propose({});
  const { url } = await ben.counselor.approve({ id: shareId, includeMyNotes: false });
  counselorToken = url.split("/c/")[1] ?? "";
  await ava.sharingBreak.start({ days: 2 });
  await ava.sharingBreak.end();
  // Last, something Ben's stream surely gets: the newest event of all is his.
  await ava.commitment.checkIn({ commitmentId: w.shared, day: w.today, outcome: "kept", noteShared: false });
}, 120_000);

type Caller = ReturnType<typeof callerFor>;
/** Every query, as Ben reads Ava's activity. */
const QUERIES: Record<string, (c: Caller, w: World) => Promise<unknown>> = {
  "user.me": (c) => c.user.me(),
  "session.list": (c) => c.session.list(),
  "account.export": (c) => c.account.export(),
  "invite.current": (c) => c.invite.current(),
  "invite.preview": (c, w) => c.invite.preview({ token: w.inviteToken }),
  "couple.get": (c) => c.couple.get(),
  "notification.list": (c) => c.notification.list(),
  "notification.count": (c) => c.notification.count(),
  "notification.listWaiting": (c) => c.notification.listWaiting(),
  "notification.settings": (c) => c.notification.settings(),
  "mail.settings": (c) => c.mail.settings(),
  "boundary.list": (c) => c.boundary.list(),
  "boundary.get": async (c, w) => [
    await c.boundary.get({ id: w.active.id }),
    await c.boundary.get({ id: w.pending.id }),
  ],
  "boundary.archive": (c) => c.boundary.archive(),
  "commitment.list": async (c) => [await c.commitment.list(), await c.commitment.list({ view: "archived" })],
  "commitment.boundaryOptions": (c) => c.commitment.boundaryOptions(),
  "commitment.get": async (c, w) => [
    await c.commitment.get({ id: w.avasOwn }),
    await c.commitment.get({ id: w.shared }),
  ],
  "commitment.today": (c) => c.commitment.today(),
  "consistency.dashboard": (c) => c.consistency.dashboard({ range: "4w", person: "both" }),
  "amends.list": (c) => c.amends.list(),
  "amends.get": (c, w) => c.amends.get({ id: w.avasAmends }),
  "amends.archive": (c) => c.amends.archive(),
  "talk.get": async (c, w) => [await c.talk.get({}), await c.talk.get({ week: w.lastWeek })],
  "talk.list": (c) => c.talk.list(),
  "talk.archive": (c) => c.talk.archive(),
  "journey.get": (c) => c.journey.get({}),
  "sharingBreak.get": (c) => c.sharingBreak.get(),
  "counselor.summary": (c) => c.counselor.summary({ includeMyNotes: true }),
  "counselor.shares": (c) => c.counselor.shares(),
  "counselor.view": (c) => c.counselor.view({ token: counselorToken }),
  "timeOut.get": (c) => c.timeOut.get(),
  "qualityTime.ideas": (c) => c.qualityTime.ideas(),
  "qualityTime.list": (c) => c.qualityTime.list(),
  "qualityTime.get": (c, w) => c.qualityTime.get({ id: w.qualityTime }),
  "repairTalk.list": (c) => c.repairTalk.list(),
  "repairTalk.archive": (c) => c.repairTalk.archive(),
  "repairTalk.linkOptions": (c) => c.repairTalk.linkOptions(),
  "repairTalk.get": async (c, w) => [
    await c.repairTalk.get({ id: w.repairTalk }),
    await c.repairTalk.get({ id: w.finishedRepairTalk }),
  ],
};

/**
 * The one time of day a partner is shown: a time-out's return time, which its taker chose to share
 * (the form says so).
 */
const SHARED_TIMES = [/^timeOut\.get\.partner\.returnAt$/];

/**
 * What may carry a time, and why: the reader's own account and check-ins (their own data, as
 * saved; only they can read it), when the export was made, and when a counselor link was opened
 * (the counselor's act, not a partner's: docs/security.md). Nothing a partner did.
 */
const OWN_TIMES = [
  /^user\.me\.createdAt$/,
  /^invite\.current\.(createdAt|expiresAt)$/,
  /^account\.export\.profile\.createdAt$/,
  /^account\.export\.exportedAt$/,
  /^account\.export\.checkIns\[\d+\]\.(createdAt|amendedAt)$/,
  /^account\.export\.checkIns\[\d+\]\.earlierVersions\[\d+\]\.createdAt$/,
  /^counselor\.shares\[\d+\]\.views\[\d+\]\.at$/,
  /^timeOut\.get\.mine\.returnAt$/,
  /^account\.export\.timeOuts\[\d+\]\.(startedAt|returnAt|returnedAt|endedAt)$/,
];

const queries = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
)
  .filter(([, p]) => p._def.type === "query")
  .map(([name]) => name)
  .sort();

describe("the partner's view carries days, never times", () => {
  it("finds an instant or a time-bearing id when there is one (the walkers work)", () => {
    expect(instantsIn({ a: [{ b: new Date() }], c: "2026-12-01T10:00:00Z", d: "2026-12-01" })).toEqual([
      "$.a[0].b",
      "$.c",
    ]);
    const v1 = `c${Date.now().toString(36)}0000abcdefghijkl`;
    expect(timeBearingIds({ id: v1, url: `/x/${v1}?y`, other: "ctk1z8yqe3x0w2v9u8t7s6r5q" })).toEqual([
      `$.id (${v1})`,
      `$.url (${v1})`,
    ]);
    // The shared return time is the only exception, and only on the partner's side.
    expect(
      ["timeOut.get.partner.returnAt", "timeOut.get.mine.returnAt"].filter((path) =>
        SHARED_TIMES.some((shared) => shared.test(path)),
      ),
    ).toEqual(["timeOut.get.partner.returnAt"]);
  });

  it("lists every query of the router", () => {
    expect(queries.filter((q) => !(q in QUERIES))).toEqual([]);
    expect(Object.keys(QUERIES).filter((q) => !queries.includes(q))).toEqual([]);
  });

  it("in every query Ben can make of what Ava did: no time of day, no time-bearing id", async () => {
    const ben = callerFor(db, w.users.partner?.claims ?? null);
    const reads: Record<string, unknown> = {};
    for (const [name, read] of Object.entries(QUERIES)) reads[name] = await read(ben, w);
    // The reads really hold Ava's activity (so an empty answer can't pass).
    const avas = await ben.commitment.get({ id: w.avasOwn });
    expect(avas.checkIns[0]?.revisions.length).toBe(1);
    expect(avas.checkIns[0]?.savedOn).toBe(w.today);
    expect((await ben.notification.list()).length).toBeGreaterThan(2);
    expect((await ben.amends.get({ id: w.avasAmends })).history.length).toBeGreaterThanOrEqual(3);
    // Ava is on a time-out: Ben is shown her return time and nothing else of it.
    expect(Object.keys((await ben.timeOut.get()).partner ?? {})).toEqual(["name", "returnAt"]);
    const found = Object.entries(reads)
      .flatMap(([name, value]) => instantsIn(value, name))
      .filter((path) => !OWN_TIMES.some((own) => own.test(path)))
      .filter((path) => !SHARED_TIMES.some((shared) => shared.test(path)));
    expect(found).toEqual([]);
    expect(Object.entries(reads).flatMap(([name, value]) => timeBearingIds(value, name))).toEqual([]);
  });

  it("in what Ava's check-ins and Ben's responses show Ava (the other way round)", async () => {
    const ava = callerFor(db, w.users.self?.claims ?? null);
    for (const [name, read] of Object.entries(QUERIES)) {
      const value = await read(ava, w);
      const found = instantsIn(value, name).filter((path) => !OWN_TIMES.some((own) => own.test(path)));
      expect(found, name).toEqual([]);
    }
    expect(instantsIn(await ava.commitment.get({ id: w.shared }), "commitment.get")).toEqual([]);
  });
});

describe("the counselor summary's PDF", () => {
  it("as either of them makes it, with their notes: days, never a clock time or a time-bearing id", async () => {
    for (const who of [w.users.partner, w.users.self]) {
      const summary = await callerFor(db, who?.claims ?? null).counselor.summary({ includeMyNotes: true });
      const text = (await pdfText(await summaryPdf(summary))).replace(/\s+/g, " ");
      expect(text).toMatch(/Week of /);
      expect(text.match(/\b\d{1,2}:\d{2}\b|\d{4}-\d{2}-\d{2}T\d{2}/g)).toBeNull();
      expect(timeBearingIds(text)).toEqual([]);
    }
  });
});

describe("the partner's live events carry nothing of when", () => {
  it("sends each of Ava's changes as an opaque id and a bare 'changed', nothing else", async () => {
    const ben = w.users.partner;
    if (!ben) throw new Error("no Ben");
    const newest = (await db.liveEvent.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } }))
      .id;
    const abort = new AbortController();
    const caller = createCaller(createTRPCContext({ db, claims: ben.claims, ip: randomIp() }), {
      signal: abort.signal,
    });
    const events: unknown[] = [];
    // Replays from the bell's cursor: every event since, up to the newest (which is Ben's).
    for await (const event of (await caller.notification.onChange({
      lastEventId: since,
    })) as AsyncIterable<unknown>) {
      events.push(event);
      const [id] = event as [string];
      if ((decodeLiveEventId(ben.id, id) ?? 0) >= newest) break;
    }
    abort.abort();
    expect(events.length).toBeGreaterThan(3);
    for (const event of events) {
      const [id, message] = event as [string, unknown];
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(message).toEqual({ kind: "changed" });
    }
    expect(events.flatMap((e, i) => instantsIn(e, `event[${i}]`))).toEqual([]);
    expect(events.flatMap((e, i) => timeBearingIds(e, `event[${i}]`))).toEqual([]);
  });
});
