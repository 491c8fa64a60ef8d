// Issue #18 item 4: live updates. The stream (notification.onChange) through the real router: a
// partner's action reaches it, a reconnect with the last id gets exactly what it missed, nobody
// outside the couple hears of it, and an ended session ends the stream. On PostgreSQL, two
// instances (two clients, each with its own listener) on one database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDate } from "@/domain/commitment/schedule";
import { createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { endCouple } from "@/server/couple";
import { createDb, type Db } from "@/server/db";
import { closeLiveListener, liveListenerReady, onLiveEvent, recordLiveEvent } from "@/server/live/bus";
import { decodeLiveEventId, encodeLiveEventId } from "@/server/live/event-id";
import { LIVE_EVENT_TTL_MS, MAX_STREAMS_PER_PERSON, pruneLiveEvents } from "@/server/live/stream";
import { callerFor, failure, randomIp, signIn, signUp, type TestUser } from "../support/callers";
import { linkedPair, tokenOf } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
let url: string;
const postgres = !!process.env.TEST_DATABASE_URL;
beforeAll(async () => {
  ({ db, url } = await createTestDb());
});
afterAll(() => closeLiveListener(db));

const as = (u: TestUser, on: Db = db) => callerFor(on, u.claims);
const text = {
  title: "Phones away at dinner",
  description: "Both",
  category: "communication",
  owner: "ours",
} as const;

type Stream = {
  /** The next event id, "ended" when the stream ended, or "quiet" when nothing came within `ms`. */
  next: (ms?: number) => Promise<string | "ended" | "quiet">;
  /** Every id that arrives within `ms` of quiet. */
  drain: (ms?: number) => Promise<string[]>;
  close: () => void;
};

/** A stream's event id: opaque, the same length whatever the counter behind it. */
const EVENT_ID = /^[A-Za-z0-9_-]{22}$/;

const idOf = (value: unknown) =>
  Array.isArray(value) ? String(value[0]) : String((value as { id: string }).id);

async function open(u: TestUser, opts: { lastEventId?: string; on?: Db } = {}): Promise<Stream> {
  const abort = new AbortController();
  // The signal is what a closed page's request hands the procedure.
  const caller = createCaller(createTRPCContext({ db: opts.on ?? db, claims: u.claims, ip: randomIp() }), {
    signal: abort.signal,
  });
  const iterable = (await caller.notification.onChange(
    opts.lastEventId ? { lastEventId: opts.lastEventId } : undefined,
  )) as AsyncIterable<unknown>;
  const iterator = iterable[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<unknown>> | null = null;
  const next = async (ms = 2000) => {
    pending ??= iterator.next();
    const result = await Promise.race([
      pending,
      new Promise<"quiet">((r) => setTimeout(() => r("quiet"), ms)),
    ]);
    if (result === "quiet") return "quiet";
    pending = null;
    return result.done ? "ended" : idOf(result.value);
  };
  const drain = async (ms = 400) => {
    const ids: string[] = [];
    for (;;) {
      const got = await next(ms);
      if (got === "quiet" || got === "ended") return ids;
      ids.push(got);
    }
  };
  // A new stream: let the generator start (it listens before anything is written).
  if (!opts.lastEventId) {
    const started = await next(50);
    if (started !== "quiet") throw new Error(`unexpected first event ${started}`);
  }
  return { next, drain, close: () => abort.abort() };
}

describe("notification.onChange", () => {
  it("a partner's proposal and check-in reach the other partner's open stream", async () => {
    const { a, b } = await linkedPair(db);
    const stream = await open(b);
    await as(a).boundary.propose(text);
    expect(await stream.next()).toMatch(EVENT_ID);
    await stream.drain();
    // A partner check-in: no notification for b by default, still a live event.
    const { id } = await as(a).commitment.create({ title: "Walk", who: "me", cadence: { kind: "daily" } });
    await stream.drain();
    const before = await db.notification.count({ where: { userId: b.id } });
    await as(a).commitment.checkIn({
      commitmentId: id,
      day: localDate(new Date(), "Europe/Berlin"),
      outcome: "kept",
      noteShared: false,
    });
    expect(await stream.next()).toMatch(EVENT_ID);
    expect(await db.notification.count({ where: { userId: b.id } })).toBe(before);
    stream.close();
  });

  it("records one live event for a check-in, its notification's, and still wakes both partners", async () => {
    const { a, b } = await linkedPair(db);
    const { id } = await as(a).commitment.create({ title: "Walk", who: "me", cadence: { kind: "daily" } });
    const streamA = await open(a);
    const streamB = await open(b);
    const before = await db.liveEvent.count();
    await as(a).commitment.checkIn({
      commitmentId: id,
      day: localDate(new Date(), "Europe/Berlin"),
      outcome: "kept",
      noteShared: false,
    });
    // The couple write around the check-in adds none of its own: its notification's covers both.
    expect(await db.liveEvent.count()).toBe(before + 1);
    expect(await streamA.next()).toMatch(EVENT_ID);
    expect(await streamB.next()).toMatch(EVENT_ID);
    streamA.close();
    streamB.close();
  });

  it("resumes after the last id it saw: exactly the missed events, none repeated", async () => {
    const { a, b } = await linkedPair(db);
    const first = await open(b);
    await as(a).boundary.propose(text);
    const seen = [await first.next(), ...(await first.drain())];
    first.close();
    const last = seen.at(-1) as string;
    // While b is away: three proposals.
    for (let i = 0; i < 3; i++) await as(a).boundary.propose({ ...text, title: `Away ${i}` });
    const { coupleId } = await db.coupleMember.findFirstOrThrow({ where: { userId: b.id } });
    const missed = await db.liveEvent.findMany({
      where: { id: { gt: decodeLiveEventId(b.id, last) ?? -1 }, OR: [{ userId: b.id }, { coupleId }] },
      orderBy: { id: "asc" },
    });
    const again = await open(b, { lastEventId: last });
    const got = await again.drain();
    expect(got).toEqual(missed.map((e) => encodeLiveEventId(b.id, e.id)));
    expect(got.length).toBeGreaterThanOrEqual(3);
    expect(got.filter((id) => seen.includes(id))).toEqual([]);
    expect(new Set(got).size).toBe(got.length);
    again.close();
  });

  it("sends ids of the person's own that reveal no counter: no number, each partner's differ", async () => {
    const { a, b } = await linkedPair(db);
    const fromA = await open(a);
    const fromB = await open(b);
    await as(a).boundary.propose(text);
    const [idA, idB] = [await fromA.next(), await fromB.next()];
    expect(idA).toMatch(EVENT_ID);
    expect(idB).toMatch(EVENT_ID);
    expect(idA).not.toBe(idB);
    expect(decodeLiveEventId(a.id, idA)).toBe(decodeLiveEventId(b.id, idB));
    // One person's id means nothing on another's stream.
    expect(decodeLiveEventId(b.id, idA)).toBeNull();
    fromA.close();
    fromB.close();
  });

  it("a page opened after an event its render missed still hears it (the bell's `since`)", async () => {
    const { a, b } = await linkedPair(db);
    // b's page renders: the layout reads the bell, with where its stream should start.
    const { since } = await as(b).notification.count();
    // Before b's page has loaded and opened its stream, a proposes.
    await as(a).boundary.propose(text);
    const stream = await open(b, { lastEventId: since });
    expect(await stream.next()).toMatch(EVENT_ID);
    stream.close();
    // Rendered now: nothing new, so nothing arrives.
    const later = await open(b, { lastEventId: (await as(b).notification.count()).since });
    expect(await later.next(600)).toBe("quiet");
    later.close();
  });

  it("a stranger and an ex-partner hear nothing of the couple", async () => {
    const { a, b } = await linkedPair(db);
    const stranger = await signUp(db);
    const { a: ex, b: exPartner } = await linkedPair(db, ["Eli", "Fay"]);
    await as(ex).couple.unlink();
    const fromStranger = await open(stranger);
    const fromEx = await open(ex);
    const fromB = await open(b);
    await as(a).boundary.propose(text);
    await as(exPartner).invite.create();
    expect(await fromB.next()).toMatch(EVENT_ID);
    expect(await fromStranger.drain(600)).toEqual([]);
    expect(await fromEx.drain(600)).toEqual([]);
    // Even resuming from 0, nothing of anyone else's couple.
    const replay = await open(stranger, { lastEventId: "0" });
    expect(await replay.drain(600)).toEqual([]);
    for (const s of [fromStranger, fromEx, fromB, replay]) s.close();
  });

  it("an unlink reaches both people's open pages", async () => {
    const { a, b } = await linkedPair(db);
    const fromB = await open(b);
    const fromA = await open(a);
    await as(a).couple.unlink();
    expect(await fromB.next()).toMatch(EVENT_ID);
    expect(await fromA.next()).toMatch(EVENT_ID);
    // Rolled back with its unlink: an action that fails after ending the couple wakes nobody.
    const { a: c, b: d } = await linkedPair(db, ["Cal", "Dee"]);
    const fromD = await open(d);
    const couple = await db.coupleMember.findFirstOrThrow({ where: { userId: c.id } });
    await db
      .$transaction(async (tx) => {
        await endCouple(
          tx,
          { id: couple.coupleId, partner: { id: d.id, name: "Dee" } } as never,
          {
            id: c.id,
            name: "Cal",
          },
          new Date(),
        );
        throw new Error("rollback");
      })
      .catch(() => {});
    expect(await fromD.drain(500)).toEqual([]);
    for (const s of [fromA, fromB, fromD]) s.close();
  });

  it("a person who accepts an invitation hears the new couple at once on a page opened before", async () => {
    const a = await signUp(db, { name: "Ari" });
    const b = await signUp(db, { name: "Bo" });
    const fromB = await open(b);
    const invite = await as(a).invite.create();
    await as(b).invite.accept({ token: tokenOf(invite.url) });
    expect(await fromB.next()).toMatch(EVENT_ID);
    await fromB.drain();
    // A couple-wide event (a check-in nobody is notified of) reaches it, not 60 s later.
    const { id } = await as(a).commitment.create({ title: "Walk", who: "me", cadence: { kind: "daily" } });
    await fromB.drain();
    await as(a).commitment.checkIn({
      commitmentId: id,
      day: localDate(new Date(), "Europe/Berlin"),
      outcome: "kept",
      noteShared: false,
    });
    expect(await fromB.next(2000)).toMatch(EVENT_ID);
    fromB.close();
  });

  it("anonymous callers are refused", async () => {
    const iterate = async () => {
      const it = (await callerFor(db, null).notification.onChange()) as AsyncIterable<unknown>;
      for await (const _ of it) break;
    };
    expect((await failure(iterate())).code).toBe("UNAUTHORIZED");
  });

  it("an ended session (sign-out, password change) ends the stream at the next event", async () => {
    const { a, b } = await linkedPair(db);
    const stream = await open(b);
    await db.session.deleteMany({ where: { userId: b.id } });
    await as(a).boundary.propose(text);
    expect(await stream.next()).toBe("ended");
  });

  it("a password change ends the person's open streams", async () => {
    const { a, b } = await linkedPair(db);
    const stream = await open(b);
    await as(b).user.changePassword({ currentPassword: b.password, newPassword: "another long passphrase" });
    await as(a).boundary.propose(text);
    expect(await stream.next()).toBe("ended");
  });

  it(`refuses a person's stream past ${MAX_STREAMS_PER_PERSON}`, async () => {
    const { b } = await linkedPair(db);
    const streams = [];
    for (let i = 0; i < MAX_STREAMS_PER_PERSON; i++) streams.push(await open(b));
    const over = (async () => {
      const it = (await as(b).notification.onChange()) as AsyncIterable<unknown>;
      for await (const _ of it) break;
    })();
    expect((await failure(over)).code).toBe("TOO_MANY_REQUESTS");
    for (const s of streams) s.close();
    // Closed streams free their places.
    await new Promise((r) => setTimeout(r, 50));
    const again = await open(b);
    again.close();
  });

  it("wakes only the streams of the person and the couple an event concerns", async () => {
    const woken: string[] = [];
    const ours = onLiveEvent(db, { userId: "u-ours", coupleId: "c-ours" }, () => woken.push("ours"));
    const theirs = onLiveEvent(db, { userId: "u-theirs", coupleId: "c-theirs" }, () => woken.push("theirs"));
    const settle = async () => {
      const deadline = Date.now() + 2000;
      while (!woken.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      // Anything else it set off arrives within a moment (SQLite wakes twice, 20 and 500 ms after).
      await new Promise((r) => setTimeout(r, 700));
      return woken.splice(0).filter((w, i, all) => all.indexOf(w) === i);
    };
    try {
      // Let a PostgreSQL listener connect (it wakes everyone once, when it does).
      await liveListenerReady(db);
      await settle();
      await db.$transaction((tx) => recordLiveEvent(tx, { coupleId: "c-ours" }));
      expect(await settle()).toEqual(["ours"]);
      await db.$transaction((tx) => recordLiveEvent(tx, { userId: "u-theirs" }));
      expect(await settle()).toEqual(["theirs"]);
      // A stream that moves to another couple (linked anew) follows it.
      ours.watch({ userId: "u-ours", coupleId: "c-new" });
      await db.$transaction((tx) => recordLiveEvent(tx, { coupleId: "c-ours" }));
      expect(await settle()).toEqual([]);
      await db.$transaction((tx) => recordLiveEvent(tx, { coupleId: "c-new" }));
      expect(await settle()).toEqual(["ours"]);
      ours.close();
      await db.$transaction((tx) => recordLiveEvent(tx, { coupleId: "c-new", userId: "u-ours" }));
      expect(await settle()).toEqual([]);
    } finally {
      ours.close();
      theirs.close();
    }
  });

  it("keeps events a day, then prunes them", async () => {
    const old = await db.liveEvent.create({
      data: { coupleId: "old", createdAt: new Date(Date.now() - LIVE_EVENT_TTL_MS - 1000) },
    });
    const recent = await db.liveEvent.create({ data: { coupleId: "recent" } });
    await pruneLiveEvents(db);
    expect(await db.liveEvent.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.liveEvent.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });

  it.skipIf(!postgres)(
    "PostgreSQL: an event that commits after a later one still reaches the stream, once",
    async () => {
      const { a, b } = await linkedPair(db);
      const { coupleId } = await db.coupleMember.findFirstOrThrow({ where: { userId: b.id } });
      const stream = await open(b);
      let commit: () => void = () => {};
      const held = new Promise<void>((r) => {
        commit = r;
      });
      let inserted: () => void = () => {};
      const insertedFirst = new Promise<void>((r) => {
        inserted = r;
      });
      // The first transaction takes its id, then waits; a second one takes a larger id and commits.
      const slow = db.$transaction(
        async (tx) => {
          await recordLiveEvent(tx, { coupleId });
          inserted();
          await held;
        },
        { timeout: 20_000 },
      );
      await insertedFirst;
      await as(a).boundary.propose(text);
      const first = await stream.next();
      expect(first).toMatch(EVENT_ID);
      await stream.drain(300);
      commit();
      await slow;
      // The slow one arrives now (under the highest id sent), and only once.
      expect(await stream.next(3000)).toMatch(EVENT_ID);
      expect(await stream.drain(1200)).toEqual([]);
      stream.close();
    },
  );

  it.skipIf(!postgres)(
    "PostgreSQL, two instances: an action through instance 1 reaches a stream on instance 2",
    async () => {
      const second = createDb(url);
      try {
        const { a, b } = await linkedPair(db);
        const other = { ...b, claims: await signIn(second, b.id) };
        const stream = await open(other, { on: second });
        await as(a).boundary.propose(text);
        expect(await stream.next(2000)).toMatch(EVENT_ID);
        await stream.drain(300);
        // Now surely through the listener's LISTEN (it is connected), not its first read.
        await as(a).boundary.propose({ ...text, title: "Another" });
        expect(await stream.next(2000)).toMatch(EVENT_ID);
        // A rolled-back change wakes nobody with anything to read.
        await second
          .$transaction(async (tx) => {
            await tx.liveEvent.create({ data: { coupleId: "nothing" } });
            throw new Error("rollback");
          })
          .catch(() => {});
        expect(await stream.drain(500)).toEqual([]);
        stream.close();

        // The subscriber's instance dies (its listener goes with it) while the partner keeps
        // acting through instance 1; a page reconnecting to a fresh instance with its last id
        // gets exactly the events it missed, none twice.
        const seen = [await (await open(other, { on: second, lastEventId: "0" })).drain(300)].flat();
        await closeLiveListener(second);
        const last = seen.at(-1) as string;
        for (let i = 0; i < 3; i++) await as(a).boundary.propose({ ...text, title: `Away ${i}` });
        const third = createDb(url);
        try {
          const again = await open(other, { on: third, lastEventId: last });
          const got = await again.drain(500);
          const { coupleId } = await db.coupleMember.findFirstOrThrow({ where: { userId: b.id } });
          const missed = await db.liveEvent.findMany({
            where: { id: { gt: decodeLiveEventId(b.id, last) ?? -1 }, OR: [{ userId: b.id }, { coupleId }] },
            orderBy: { id: "asc" },
          });
          expect(got).toEqual(missed.map((e) => encodeLiveEventId(b.id, e.id)));
          expect(got.length).toBeGreaterThanOrEqual(3);
          expect(got.filter((id) => seen.includes(id))).toEqual([]);
          // …and it then hears the next one live, through the new instance's listener.
          await as(a).boundary.propose({ ...text, title: "After the restart" });
          expect(await again.next(2000)).toMatch(EVENT_ID);
          again.close();
        } finally {
          await closeLiveListener(third);
          await third.$disconnect();
        }
      } finally {
        await closeLiveListener(second);
        await second.$disconnect();
      }
    },
  );
});
