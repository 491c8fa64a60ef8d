// CheckInMonth: each person's answers to a commitment, one row per calendar month and one
// character per day (prisma/models.prisma). Derived from CheckIn and always rebuilt from it,
// never patched: a month's row is recomputed from that month's check-ins in the transaction of
// the write, so it can't drift from them.
import { Prisma } from "@/generated/prisma-sqlite/client";
import { REBUILD_HEAD, REBUILD_TAIL } from "@/server/check-in-months-sql";
import type { Db } from "@/server/db";

const rebuild = (where: Prisma.Sql) =>
  Prisma.sql`${Prisma.raw(REBUILD_HEAD)}${where}${Prisma.raw(REBUILD_TAIL)}`;

/**
 * Rebuilds the month of one person's check-in to one commitment: one statement, read through the
 * (commitment, person, day) index. Run it in the transaction that wrote the check-in.
 */
export function refreshCheckInMonth(
  db: Pick<Db, "$executeRaw">,
  key: { commitmentId: string; userId: string; day: string },
) {
  const month = key.day.slice(0, 7);
  return db.$executeRaw(
    rebuild(
      Prisma.sql`"commitmentId" = ${key.commitmentId} AND "userId" = ${key.userId} AND "day" >= ${`${month}-01`} AND "day" <= ${`${month}-31`}`,
    ),
  );
}

/** Rebuilds every month of the given commitments, for code that wrote check-ins in bulk (seeders). */
export function rebuildCheckInMonths(db: Pick<Db, "$executeRaw">, commitmentIds: string[]) {
  if (commitmentIds.length === 0) return Promise.resolve(0);
  return db.$executeRaw(rebuild(Prisma.sql`"commitmentId" IN (${Prisma.join(commitmentIds)})`));
}
