import type { Db } from "@/server/db";

export type ActiveCouple = {
  id: string;
  linkedAt: Date;
  partner: { id: string; name: string; timeZone: string; weekStartsOn: number };
};

/**
 * The one authorization helper for couple data: the signed-in user's *active* couple, read from
 * the database on every request (the session cookie can't know about an unlink), or null.
 */
export async function findActiveCouple(db: Db, userId: string): Promise<ActiveCouple | null> {
  const membership = await db.coupleMember.findUnique({
    where: { activeUserId: userId },
    select: {
      couple: {
        select: {
          id: true,
          createdAt: true,
          members: {
            select: { user: { select: { id: true, name: true, timeZone: true, weekStartsOn: true } } },
          },
        },
      },
    },
  });
  if (!membership) return null;
  const { couple } = membership;
  const partner = couple.members.map((m) => m.user).find((u) => u.id !== userId);
  if (!partner) return null;
  return { id: couple.id, linkedAt: couple.createdAt, partner };
}
