import { randomBytes } from "node:crypto";
import { isSessionCurrent } from "@/domain/auth/session";
import { type TTheme, toTheme } from "@/domain/user/theme";
import { Prisma } from "@/generated/prisma-sqlite/client";
import type { Db } from "@/server/db";
import { coupleSignalled, recordLiveEvent } from "@/server/live/bus";
import { type NotifyDb, notify } from "@/server/notification/write";

export type ActiveCouple = {
  id: string;
  linkedAt: Date;
  /** Couple.version: a token replaced by every write the dashboard reads (see bumpCoupleVersion). */
  version: string;
  partner: { id: string; name: string; timeZone: string; weekStartsOn: number };
};

/** The signed-in person, as every procedure sees them (`ctx.user`). */
export type SessionUser = {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  weekStartsOn: number;
  showStreaks: boolean;
  theme: TTheme;
  createdAt: Date;
};

/** The signed-in device's session row, as findSession read it. */
export type SessionRecord = { id: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date };

type SessionRow = {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  weekStartsOn: number | bigint;
  showStreaks: boolean | number | bigint;
  theme: string;
  createdAt: Date | string | number | bigint;
  sessionId: string | null;
  sessionCreatedAt: Date | string | number | bigint | null;
  sessionLastSeenAt: Date | string | number | bigint | null;
  sessionExpiresAt: Date | string | number | bigint | null;
  coupleId: string | null;
  joinedAt: Date | string | number | bigint | null;
  version: string | null;
  partnerId: string | null;
  partnerName: string | null;
  partnerTimeZone: string | null;
  partnerWeekStartsOn: number | bigint | null;
};

// The engines hand raw columns back differently: a DateTime as a Date, an ISO string or epoch ms,
// a Boolean as a boolean or 0/1, an Int as a number or a bigint.
const toDate = (v: Date | string | number | bigint) =>
  v instanceof Date ? v : new Date(typeof v === "bigint" ? Number(v) : v);

/**
 * The one authorization lookup: a person, the session row of the device asking, and their
 * *active* couple, read from the database on every request (a session cookie can't know about a
 * sign-out elsewhere, a password change or an unlink), in one statement. `session.id` is the
 * cookie's session: null is returned when that row is gone or no longer current (signed out,
 * idle, past its lifetime). Only code that already knows who is acting (inside a procedure)
 * passes `{ id: "any" }`. `couple` is null unless the person is in a couple that hasn't ended,
 * with its partner.
 */
export async function findSession(
  db: Pick<Db, "$queryRaw">,
  userId: string,
  session: { id: string | "any" },
  now = new Date(),
): Promise<{ user: SessionUser; session: SessionRecord | null; couple: ActiveCouple | null } | null> {
  const sessionId = session.id === "any" ? null : session.id;
  const [row] = await db.$queryRaw<SessionRow[]>(Prisma.sql`
    SELECT u."id", u."name", u."email", u."timeZone", u."weekStartsOn", u."showStreaks", u."theme", u."createdAt",
           s."id" AS "sessionId", s."createdAt" AS "sessionCreatedAt",
           s."lastSeenAt" AS "sessionLastSeenAt", s."expiresAt" AS "sessionExpiresAt",
           c."id" AS "coupleId", m."joinedAt", c."version",
           p."id" AS "partnerId", p."name" AS "partnerName", p."timeZone" AS "partnerTimeZone",
           p."weekStartsOn" AS "partnerWeekStartsOn"
    FROM "User" u
    LEFT JOIN "Session" s ON s."id" = ${sessionId} AND s."userId" = u."id"
    LEFT JOIN "CoupleMember" m ON m."activeUserId" = u."id" AND m."userId" = u."id"
    LEFT JOIN "Couple" c ON c."id" = m."coupleId" AND c."endedAt" IS NULL
    LEFT JOIN "CoupleMember" pm ON pm."coupleId" = c."id" AND pm."userId" <> u."id"
    LEFT JOIN "User" p ON p."id" = pm."userId"
    WHERE u."id" = ${userId}
    LIMIT 1`);
  if (!row) return null;
  const record =
    row.sessionId !== null &&
    row.sessionCreatedAt !== null &&
    row.sessionLastSeenAt !== null &&
    row.sessionExpiresAt !== null
      ? {
          id: row.sessionId,
          createdAt: toDate(row.sessionCreatedAt),
          lastSeenAt: toDate(row.sessionLastSeenAt),
          expiresAt: toDate(row.sessionExpiresAt),
        }
      : null;
  if (sessionId !== null && (!record || !isSessionCurrent(record, now))) return null;
  const user: SessionUser = {
    id: row.id,
    name: row.name,
    email: row.email,
    timeZone: row.timeZone,
    weekStartsOn: Number(row.weekStartsOn),
    showStreaks: Boolean(Number(row.showStreaks)),
    theme: toTheme(row.theme),
    createdAt: toDate(row.createdAt),
  };
  // Both memberships are written in the transaction that links the couple.
  const couple =
    row.coupleId !== null &&
    row.joinedAt !== null &&
    row.version !== null &&
    row.partnerId !== null &&
    row.partnerName !== null &&
    row.partnerTimeZone !== null &&
    row.partnerWeekStartsOn !== null
      ? {
          id: row.coupleId,
          linkedAt: toDate(row.joinedAt),
          version: String(row.version),
          partner: {
            id: row.partnerId,
            name: row.partnerName,
            timeZone: row.partnerTimeZone,
            weekStartsOn: Number(row.partnerWeekStartsOn),
          },
        }
      : null;
  return { user, session: record, couple };
}

/** The person's active couple (see findSession), or null. */
export async function findActiveCouple(
  db: Pick<Db, "$queryRaw">,
  userId: string,
): Promise<ActiveCouple | null> {
  return (await findSession(db, userId, { id: "any" }))?.couple ?? null;
}

/**
 * Ends a couple inside `tx` (the caller's transaction): the couple is ended (never deleted),
 * neither member is active in it any more, each member's name is kept as it is now (the archive
 * shows these, not a name chosen later), and the partner gets a neutral notification. Both
 * people's open pages are woken (a live event addressed to each), since neither is in the couple
 * any more to hear of it through the couple.
 */
export async function endCouple(
  tx: NotifyDb & Pick<Db, "couple" | "coupleMember">,
  couple: ActiveCouple,
  by: { id: string; name: string },
  now: Date,
): Promise<void> {
  const { count } = await tx.couple.updateMany({
    where: { id: couple.id, endedAt: null },
    data: { endedAt: now, endedById: by.id },
  });
  // Ended meanwhile (both unlinked at once): the first one told the partner.
  if (count === 0) return;
  await tx.coupleMember.updateMany({
    where: { coupleId: couple.id, userId: by.id },
    data: { activeUserId: null, nameAtEnd: by.name },
  });
  await tx.coupleMember.updateMany({
    where: { coupleId: couple.id, userId: couple.partner.id },
    data: { activeUserId: null, nameAtEnd: couple.partner.name },
  });
  await notify(tx, {
    userId: couple.partner.id,
    actorId: by.id,
    kind: "partner-unlinked",
    object: { type: "couple", id: couple.id },
    coupleId: couple.id,
    createdAt: now,
  });
  await recordLiveEvent(tx, { userId: by.id });
}

/** A transaction's client, as `db.$transaction(async (tx) => …)` hands it over. */
export type Tx = Prisma.TransactionClient;

/**
 * The one way to write what the dashboard reads (commitments, their cadences and pauses,
 * check-ins and their months) for a couple: `write` runs in one transaction that then replaces
 * the couple's version as its last statement, so a reader never sees the new version without the
 * new rows, and this process knows a write is under way while it runs (`dashboardWrites`).
 * `tests/integration/dashboard-freshness.test.ts` calls every mutation procedure and fails if the
 * dashboard then serves what it computed before.
 */
export function writeCoupleData<T>(
  db: Db,
  coupleId: string,
  write: (tx: Tx) => Promise<T>,
  // A check-in made during its author's break wakes only the author's own pages: the partner's
  // refreshing would tell them when it happened.
  options: { liveOnlyFor?: string } = {},
): Promise<T> {
  return dashboardWrite(() =>
    db.$transaction(async (tx) => {
      const result = await write(tx);
      // Both partners' open pages re-read (live updates), e.g. a check-in nobody is notified of;
      // a notification of this couple written by `write` has already told them.
      if (options.liveOnlyFor) await recordLiveEvent(tx, { userId: options.liveOnlyFor });
      else if (!coupleSignalled(tx, coupleId)) await recordLiveEvent(tx, { coupleId });
      await bumpCoupleVersion(tx, coupleId);
      return result;
    }),
  );
}

/**
 * Marks the couple's dashboard data as changed with a fresh random token. Procedures write through
 * `writeCoupleData`, which calls this; only code that writes those tables in its own way (account
 * deletion, whose couple is known only inside its transaction; seeders) calls it directly, as the
 * last statement of its transaction and inside `dashboardWrite`.
 */
export function bumpCoupleVersion(db: Pick<Db, "couple">, coupleId: string) {
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

/** What to read of a couple's members for their names: see memberNames. */
export const MEMBER_NAMES_SELECT = {
  endedAt: true,
  members: { select: { nameAtEnd: true, user: { select: { id: true, name: true } } } },
} as const;

/**
 * Each member's name as the viewer should see it: the current one while the couple is active,
 * the one they had when it ended afterwards (a name chosen after a breakup is not the former
 * partner's business). Couples ended before names were kept fall back to the current one.
 */
export function memberNames(couple: {
  endedAt: Date | null;
  members: { nameAtEnd: string | null; user: { id: string; name: string } }[];
}): Map<string, string> {
  return new Map(
    couple.members.map((m) => [m.user.id, couple.endedAt ? (m.nameAtEnd ?? m.user.name) : m.user.name]),
  );
}
