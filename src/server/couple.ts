import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma-sqlite/client";
import type { Db } from "@/server/db";

export type ActiveCouple = {
  id: string;
  linkedAt: Date;
  /** Couple.version: a token replaced by every write the dashboard reads (see bumpCoupleVersion). */
  version: string;
  partner: { id: string; name: string; timeZone: string; weekStartsOn: number };
};

type MemberRow = {
  coupleId: string;
  joinedAt: Date | string | number | bigint;
  version: string;
  id: string;
  name: string;
  timeZone: string;
  weekStartsOn: number | bigint;
};

// The engines hand raw DateTime columns back differently (a Date, an ISO string or epoch ms).
const toDate = (v: MemberRow["joinedAt"]) =>
  v instanceof Date ? v : new Date(typeof v === "bigint" ? Number(v) : v);

/**
 * The one authorization helper for couple data: the signed-in user's *active* couple, read from
 * the database on every request (the session cookie can't know about an unlink), or null.
 * One statement: both memberships of the couple in which the user is active, with their people.
 */
export async function findActiveCouple(
  db: Pick<Db, "$queryRaw">,
  userId: string,
): Promise<ActiveCouple | null> {
  const members = await db.$queryRaw<MemberRow[]>(Prisma.sql`
    SELECT m."coupleId", m."joinedAt", c."version", u."id", u."name", u."timeZone", u."weekStartsOn"
    FROM "CoupleMember" m
    JOIN "Couple" c ON c."id" = m."coupleId"
    JOIN "User" u ON u."id" = m."userId"
    WHERE c."endedAt" IS NULL
      AND m."coupleId" IN (SELECT "coupleId" FROM "CoupleMember" WHERE "activeUserId" = ${userId})
    LIMIT 2`);
  const mine = members.find((m) => m.id === userId);
  const partner = members.find((m) => m.id !== userId);
  if (!mine || !partner) return null;
  // Both memberships are written in the transaction that links the couple.
  return {
    id: mine.coupleId,
    linkedAt: toDate(mine.joinedAt),
    version: String(mine.version),
    partner: {
      id: partner.id,
      name: partner.name,
      timeZone: partner.timeZone,
      weekStartsOn: Number(partner.weekStartsOn),
    },
  };
}

export const PARTNER_UNLINKED = "partner-unlinked";

/**
 * The statements that end a couple, for one transaction: the couple is ended (never deleted),
 * neither member is active in it any more, and the partner gets a neutral notice.
 */
export function endCouple(
  db: Pick<Db, "couple" | "coupleMember" | "notice">,
  couple: ActiveCouple,
  byId: string,
  now: Date,
): Prisma.PrismaPromise<unknown>[] {
  return [
    db.couple.updateMany({
      where: { id: couple.id, endedAt: null },
      data: { endedAt: now, endedById: byId },
    }),
    db.coupleMember.updateMany({ where: { coupleId: couple.id }, data: { activeUserId: null } }),
    db.notice.create({ data: { userId: couple.partner.id, kind: PARTNER_UNLINKED, createdAt: now } }),
  ];
}

type Writer = Pick<Db, "couple">;

/**
 * Marks the couple's dashboard data as changed with a fresh random token. Call it as the last
 * statement of the write's transaction (commitments, cadences, pauses, check-ins), so a reader
 * never sees the new token without the new data, and run the transaction in `dashboardWrite`.
 */
export function bumpCoupleVersion(db: Writer, coupleId: string) {
  return db.couple.update({
    where: { id: coupleId },
    data: { version: randomBytes(12).toString("base64url") },
    select: { id: true },
  });
}

const writes = { seq: 0, inFlight: 0 };

/**
 * Runs a write of dashboard data while this process knows it is under way. On SQLite every
 * request shares one connection, so a read between the statements of a transaction can see rows
 * that aren't committed yet (and may be rolled back): the dashboard doesn't cache what it
 * computed while a write was in flight or began meanwhile (see `dashboardWrites`).
 */
export async function dashboardWrite<T>(write: () => Promise<T>): Promise<T> {
  writes.inFlight++;
  writes.seq++;
  try {
    return await write();
  } finally {
    writes.inFlight--;
    writes.seq++;
  }
}

/** This process's dashboard writes: how many are under way, and a counter of starts and ends. */
export const dashboardWrites = () => ({ seq: writes.seq, inFlight: writes.inFlight });
