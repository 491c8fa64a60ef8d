// A page load calls several procedures in process (the layout's user and bell, then the page's
// own). With the render's shared reads (src/server/api/request-reads.ts) they authorize the
// session once and compute Today once, and answer exactly what separate calls answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDate } from "@/domain/commitment/schedule";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import { PrismaClient } from "@/generated/prisma-sqlite/client";
import { createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { type Db, isPostgresUrl, postgresAdapter, sqliteAdapter } from "@/server/db";
import { callerFor, type TestUser } from "../support/callers";
import { linkedPair } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
const statements: string[] = [];
let a: TestUser;
let b: TestUser;

beforeAll(async () => {
  const { url } = await createTestDb();
  const log = [{ emit: "event", level: "query" }] as const;
  const client = isPostgresUrl(url)
    ? new PgPrismaClient({ adapter: postgresAdapter(url), log: [...log] })
    : new PrismaClient({ adapter: sqliteAdapter(url), log: [...log] });
  client.$on("query", (e) => {
    statements.push(e.query);
  });
  db = client as unknown as Db;
  ({ a, b } = await linkedPair(db));
  for (const title of ["Walk", "Call my sister"])
    await callerFor(db, a.claims).commitment.create({ title, who: "me", cadence: { kind: "daily" } });
  await callerFor(db, b.claims).boundary.propose({
    title: "Phones away at dinner",
    description: "Both of us",
    category: "communication",
    owner: "ours",
  });
});
afterAll(async () => {
  await db.$disconnect();
});

/** What /home asks for: the layout's user and bell, then the page's data. */
async function homeLoad(shared: boolean) {
  const caller = createCaller(
    createTRPCContext({ db, claims: a.claims, ip: "198.51.100.7", ...(shared ? { reads: new Map() } : {}) }),
  );
  const start = statements.length;
  const [me, bell] = await Promise.all([caller.user.me(), caller.notification.count()]);
  const [couple, waiting, today, breaks] = await Promise.all([
    caller.couple.get(),
    caller.notification.listWaiting(),
    caller.commitment.today({}),
    caller.sharingBreak.get(),
  ]);
  const sent = statements.slice(start);
  return { answers: { me, bell, couple, waiting, today, breaks }, sent };
}

const sessionChecks = (sent: string[]) => sent.filter((q) => q.includes('LEFT JOIN "Session" s')).length;

describe("a page load's procedures", () => {
  it("check the session once and read Today once, answering what separate calls answer", async () => {
    const separate = await homeLoad(false);
    const shared = await homeLoad(true);
    expect(shared.answers).toEqual(separate.answers);
    expect(shared.answers.waiting.length).toBe(3);
    expect(sessionChecks(separate.sent)).toBe(6);
    expect(sessionChecks(shared.sent)).toBe(1);
    expect(shared.sent.length).toBeLessThan(separate.sent.length);
    process.stdout.write(
      `/home's procedures: ${separate.sent.length} statements when each reads for itself, ${shared.sent.length} shared\n`,
    );
  });

  it("are not shared between two renders", async () => {
    const first = await homeLoad(true);
    await callerFor(db, a.claims).commitment.create({ title: "Read", who: "me", cadence: { kind: "daily" } });
    const second = await homeLoad(true);
    expect(second.answers.today.items.length).toBe(first.answers.today.items.length + 1);
    expect(sessionChecks(second.sent)).toBe(1);
  });
});

describe("a check-in", () => {
  it("checks the session once and records one live event", async () => {
    const { id } = await callerFor(db, a.claims).commitment.create({
      title: "Stretch",
      who: "me",
      cadence: { kind: "daily" },
    });
    // The partner hasn't asked to hear of check-ins (the default): their pages still re-read.
    const start = statements.length;
    await callerFor(db, a.claims).commitment.checkIn({
      commitmentId: id,
      day: localDate(new Date(), "Europe/Berlin"),
      outcome: "kept",
      noteShared: false,
    });
    const sent = statements.slice(start);
    expect(sessionChecks(sent)).toBe(1);
    expect(sent.filter((q) => /INSERT INTO \S*LiveEvent\b/.test(q)).length).toBe(1);
    process.stdout.write(`a first check-in: ${sent.length} statements\n`);
  });
});
