import { addDays, localDate } from "@/domain/commitment/schedule";
import { hashPassword } from "@/server/auth/password";
import { rebuildCheckInMonths } from "@/server/check-in-months";
import { bumpCoupleVersion } from "@/server/couple";
import type { Db } from "@/server/db";

/** A small deterministic PRNG (mulberry32): the same seed gives the same history every run. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTCOME_CDF: [number, string][] = [
  [0.8, "kept"],
  [0.9, "partly"],
  [0.97, "missed"],
];

/**
 * Gives each person `perPerson` daily commitments that started `days` ago, with a check-in on most
 * days (80 % kept, 10 % partly, 7 % missed, 3 % not logged). Rows go in with batched inserts.
 */
export async function seedDailyHistory(
  db: Db,
  couple: { coupleId: string; people: { id: string; timeZone: string }[] },
  opts: { days: number; perPerson: number; seed?: number },
) {
  const random = prng(opts.seed ?? 42);
  let checkIns = 0;
  const commitmentIds: string[] = [];
  for (const person of couple.people) {
    const today = localDate(new Date(), person.timeZone);
    const from = addDays(today, -(opts.days - 1));
    for (let n = 0; n < opts.perPerson; n++) {
      const commitment = await db.commitment.create({
        data: {
          coupleId: couple.coupleId,
          createdById: person.id,
          ownerId: person.id,
          title: `Daily promise ${n + 1}`,
          description: "",
          kind: "recurring",
          cadences: { create: { from, cadence: JSON.stringify({ kind: "daily" }) } },
        },
        select: { id: true },
      });
      commitmentIds.push(commitment.id);
      let batch: { commitmentId: string; userId: string; day: string; timeZone: string; outcome: string }[] =
        [];
      const flush = async () => {
        if (batch.length) await db.checkIn.createMany({ data: batch });
        checkIns += batch.length;
        batch = [];
      };
      for (let i = 0; i < opts.days; i++) {
        const r = random();
        const outcome = OUTCOME_CDF.find(([p]) => r < p)?.[1];
        if (!outcome) continue;
        batch.push({
          commitmentId: commitment.id,
          userId: person.id,
          day: addDays(from, i),
          timeZone: person.timeZone,
          outcome,
        });
        if (batch.length >= 2000) await flush();
      }
      await flush();
    }
  }
  // As the app's writes do: the answers' months the dashboard reads, and a new version so a
  // cached dashboard is no longer current.
  await rebuildCheckInMonths(db, commitmentIds);
  await bumpCoupleVersion(db, couple.coupleId);
  return { checkIns };
}

const ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kathmandu", "Australia/Sydney", "UTC"];
type CheckInRow = [
  id: string,
  commitmentId: string,
  userId: string,
  day: string,
  timeZone: string,
  outcome: string,
];
const CHECK_IN_BATCH = 20_000;

/**
 * One INSERT per batch, its rows sent as one JSON parameter that the database unpacks itself.
 * Prisma's `createMany` went through its query engine at about 2,400 check-ins/s into SQLite here,
 * a multi-row VALUES list with 8 parameters a row at 33,000/s (see docs/performance.md).
 */
async function insertCheckIns(db: Db, engine: Engine, rows: CheckInRow[], at: Date) {
  const columns = `"id", "commitmentId", "userId", "day", "timeZone", "outcome", "createdAt", "updatedAt"`;
  const json = JSON.stringify(rows);
  if (engine === "postgresql") {
    await db.$executeRawUnsafe(
      `INSERT INTO "CheckIn" (${columns}) SELECT r->>0, r->>1, r->>2, r->>3, r->>4, r->>5, $1, $1 FROM jsonb_array_elements($2::jsonb) AS r`,
      at,
      json,
    );
    return;
  }
  await db.$executeRawUnsafe(
    `INSERT INTO "CheckIn" (${columns}) SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, ?, ? FROM json_each(?)`,
    at,
    at,
    json,
  );
}

export type Engine = "sqlite" | "postgresql";

export type SeedOptions = {
  /** Which engine `db` talks to (the batched INSERT is written for it). */
  engine: Engine;
  couples: number;
  years: number;
  /** Daily commitments per partner. */
  perPerson?: number;
  /** The PRNG seed: the same seed gives the same people, commitments and answers. */
  seed?: number;
  /** Every seeded person's password (hashed once with the app's own hasher). */
  password?: string;
  /** Prefix of emails and ids, so that a second seed can go into the same database. */
  prefix?: string;
};

export type SeededPerson = { id: string; email: string; timeZone: string; commitmentIds: string[] };
export type SeededCouple = { id: string; people: [SeededPerson, SeededPerson] };

export const SEED_PASSWORD = "seeded calm passphrase";

/**
 * `couples` linked pairs, each partner with `perPerson` daily commitments and `years` of history
 * ending today in their own zone (80 % kept, 10 % partly, 7 % missed, 3 % not logged), written with
 * batched inserts: what `npm run db:seed` and the HTTP bench use. Deterministic for a seed
 * (ids, emails, zones, answers); the days move with the date it runs on.
 */
export async function seedCouples(db: Db, opts: SeedOptions) {
  const random = prng(opts.seed ?? 42);
  const perPerson = opts.perPerson ?? 3;
  const days = Math.max(1, Math.round(365.25 * opts.years));
  const p = opts.prefix ?? "seed";
  const passwordHash = await hashPassword(opts.password ?? SEED_PASSWORD);
  const started = performance.now();
  const now = new Date();
  const hex = () => Math.floor(random() * 2 ** 32).toString(16);

  const couples: SeededCouple[] = [];
  const users: { id: string; email: string; name: string; passwordHash: string; timeZone: string }[] = [];
  const invites: {
    id: string;
    inviterId: string;
    tokenHash: string;
    codeHash: string;
    expiresAt: Date;
    acceptedAt: Date;
    respondedById: string;
  }[] = [];
  const members: { coupleId: string; userId: string; activeUserId: string }[] = [];
  const commitments: {
    id: string;
    coupleId: string;
    createdById: string;
    ownerId: string;
    title: string;
    description: string;
    kind: string;
  }[] = [];
  const cadences: { commitmentId: string; from: string; cadence: string }[] = [];
  for (let c = 0; c < opts.couples; c++) {
    const timeZone = ZONES[Math.floor(random() * ZONES.length)] ?? "UTC";
    const coupleId = `${p}-couple-${c}`;
    const people = (["a", "b"] as const).map((side): SeededPerson => {
      const id = `${p}-user-${c}-${side}`;
      const email = `${p}-${c}-${side}@example.test`;
      users.push({ id, email, name: `${side === "a" ? "Ava" : "Ben"} ${c}`, passwordHash, timeZone });
      return { id, email, timeZone, commitmentIds: [] };
    }) as [SeededPerson, SeededPerson];
    // Their secrets were never handed out: random hashes, already accepted.
    invites.push({
      id: `${p}-invite-${c}`,
      inviterId: people[0].id,
      tokenHash: `${p}-${c}-${hex()}${hex()}`,
      codeHash: `${p}-${c}-${hex()}${hex()}`,
      expiresAt: now,
      acceptedAt: now,
      respondedById: people[1].id,
    });
    for (const person of people) {
      members.push({ coupleId, userId: person.id, activeUserId: person.id });
      const from = addDays(localDate(now, timeZone), -(days - 1));
      for (let n = 0; n < perPerson; n++) {
        const id = `${person.id}-commitment-${n}`;
        person.commitmentIds.push(id);
        commitments.push({
          id,
          coupleId,
          createdById: person.id,
          ownerId: person.id,
          title: `Daily promise ${n + 1}`,
          description: "",
          kind: "recurring",
        });
        cadences.push({ commitmentId: id, from, cadence: JSON.stringify({ kind: "daily" }) });
      }
    }
    couples.push({ id: coupleId, people });
  }
  await db.user.createMany({ data: users });
  await db.invite.createMany({ data: invites });
  await db.couple.createMany({
    data: couples.map((c, i) => ({ id: c.id, inviteId: `${p}-invite-${i}`, version: `seeded-${i}` })),
  });
  await db.coupleMember.createMany({ data: members });
  await db.commitment.createMany({ data: commitments });
  await db.commitmentCadence.createMany({ data: cadences });

  const checkInsStarted = performance.now();
  let checkIns = 0;
  let batch: CheckInRow[] = [];
  const flush = async () => {
    if (batch.length) await insertCheckIns(db, opts.engine, batch, now);
    checkIns += batch.length;
    batch = [];
  };
  for (const couple of couples) {
    for (const person of couple.people) {
      const from = addDays(localDate(now, person.timeZone), -(days - 1));
      for (const commitmentId of person.commitmentIds) {
        for (let i = 0; i < days; i++) {
          const r = random();
          const outcome = OUTCOME_CDF.find(([q]) => r < q)?.[1];
          if (!outcome) continue;
          batch.push([
            `${commitmentId}-${i}`,
            commitmentId,
            person.id,
            addDays(from, i),
            person.timeZone,
            outcome,
          ]);
          if (batch.length >= CHECK_IN_BATCH) await flush();
        }
      }
    }
  }
  await flush();
  // The months the dashboard reads, as the app's check-in writes keep them (timed with the rows).
  const ids = commitments.map((c) => c.id);
  for (let i = 0; i < ids.length; i += 1000) await rebuildCheckInMonths(db, ids.slice(i, i + 1000));
  const checkInSeconds = (performance.now() - checkInsStarted) / 1000;
  return {
    couples,
    users: users.length,
    checkIns,
    seconds: (performance.now() - started) / 1000,
    checkInsPerSecond: checkIns / checkInSeconds,
  };
}
