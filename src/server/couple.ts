import type { Db } from "@/server/db";

export type ActiveCouple = {
  id: string;
  linkedAt: Date;
  partner: { id: string; name: string; timeZone: string; weekStartsOn: number };
};

/**
 * The one authorization helper for couple data: the signed-in user's *active* couple, read from
 * the database on every request (the session cookie can't know about an unlink), or null.
 * Two statements: both memberships of the couple in which the user is active, and their people.
 */
export async function findActiveCouple(db: Db, userId: string): Promise<ActiveCouple | null> {
  const members = await db.coupleMember.findMany({
    where: { couple: { endedAt: null, members: { some: { activeUserId: userId } } } },
    select: {
      coupleId: true,
      joinedAt: true,
      user: { select: { id: true, name: true, timeZone: true, weekStartsOn: true } },
    },
    take: 2,
  });
  const mine = members.find((m) => m.user.id === userId);
  const partner = members.find((m) => m.user.id !== userId);
  if (!mine || !partner) return null;
  // Both memberships are written in the transaction that links the couple.
  return { id: mine.coupleId, linkedAt: mine.joinedAt, partner: partner.user };
}
