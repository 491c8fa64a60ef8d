// Where notifications are read: only the caller's own (`userId` in every where clause), with the
// actor's name and the object's title looked up now, scoped to couples the reader belongs to.
import { TRPCError } from "@trpc/server";
import { localDate } from "@/domain/commitment/schedule";
import { linkFor, retentionCutoff } from "@/domain/notification/kinds";
import { MEMBER_NAMES_SELECT, memberNames } from "@/server/couple";
import type { Db } from "@/server/db";

type ReadCtx = { db: Db; user: { id: string; timeZone: string } };

const PAGE = 100;

/**
 * The person's notifications, newest first. Those past the 90 days are deleted here, on read: one
 * indexed statement for this person only, so nothing has to run on a schedule.
 */
export async function listNotifications(ctx: ReadCtx, now = new Date()) {
  const me = ctx.user.id;
  const cutoff = retentionCutoff(now);
  await ctx.db.notification.deleteMany({ where: { userId: me, createdAt: { lt: cutoff } } });
  const rows = await ctx.db.notification.findMany({
    where: { userId: me, createdAt: { gte: cutoff } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE,
    select: {
      id: true,
      kind: true,
      actorId: true,
      objectType: true,
      objectId: true,
      coupleId: true,
      createdAt: true,
      readAt: true,
    },
  });
  const idsOf = (type: string) => [
    ...new Set(rows.flatMap((r) => (r.objectType === type && r.objectId ? [r.objectId] : []))),
  ];
  const inMyCouples = { members: { some: { userId: me } } };
  const coupleIds = [...new Set(rows.flatMap((r) => (r.coupleId ? [r.coupleId] : [])))];
  const [couples, boundaries, commitments, loneActors] = await Promise.all([
    ctx.db.couple.findMany({
      where: { id: { in: coupleIds }, ...inMyCouples },
      select: { id: true, ...MEMBER_NAMES_SELECT },
    }),
    ctx.db.boundary.findMany({
      where: { id: { in: idsOf("boundary") }, couple: inMyCouples },
      select: {
        id: true,
        activeNumber: true,
        versions: { select: { number: true, title: true }, orderBy: { number: "desc" }, take: 50 },
      },
    }),
    ctx.db.commitment.findMany({
      where: { id: { in: idsOf("commitment") }, couple: inMyCouples },
      select: { id: true, title: true, ownerId: true },
    }),
    // An invitation's answer comes from someone the reader shares no couple with (a decline).
    ctx.db.user.findMany({
      where: { id: { in: [...new Set(rows.flatMap((r) => (!r.coupleId && r.actorId ? [r.actorId] : [])))] } },
      select: { id: true, name: true },
    }),
  ]);
  const coupleById = new Map(
    couples.map((c) => [c.id, { ended: c.endedAt !== null, names: memberNames(c) }]),
  );
  const boundaryById = new Map(boundaries.map((b) => [b.id, b]));
  const commitmentById = new Map(commitments.map((c) => [c.id, c]));
  const loneNames = new Map(loneActors.map((u) => [u.id, u.name]));

  return rows.map((row) => {
    const couple = row.coupleId ? coupleById.get(row.coupleId) : undefined;
    const ended = couple?.ended ?? false;
    const actorName = row.actorId
      ? (couple?.names.get(row.actorId) ?? loneNames.get(row.actorId) ?? "Your partner")
      : null;
    let title: string | null = null;
    let href = linkFor(row.objectType, row.objectId, row.kind);
    if (row.objectType === "boundary" && row.objectId) {
      const b = boundaryById.get(row.objectId);
      // The archive of an ended couple holds only what both agreed, under the agreed text.
      const version = ended ? b?.versions.find((v) => v.number === b.activeNumber) : b?.versions[0];
      title = version?.title ?? null;
      if (!version) href = "/boundaries";
    } else if (row.objectType === "commitment" && row.objectId) {
      const c = commitmentById.get(row.objectId);
      // After an unlink a person keeps their own and shared commitments, not the former partner's.
      const visible = c && (!ended || c.ownerId === null || c.ownerId === me);
      title = visible ? c.title : null;
      if (!visible) href = "/commitments";
    } else if (row.objectType === "talk" && ended) {
      // A week's page is the active couple's; an ended couple's talks are in the archive.
      href = "/talk/past";
    }
    return {
      id: row.id,
      kind: row.kind,
      actorName,
      title,
      href,
      fromEndedCouple: ended,
      // The day, never the time: a notification dates what the partner did (docs/security.md).
      createdOn: localDate(row.createdAt, ctx.user.timeZone),
      read: row.readAt !== null,
    };
  });
}

/** Unread notifications still within the 90 days. */
export function countUnread(ctx: ReadCtx, now = new Date()) {
  return ctx.db.notification.count({
    where: { userId: ctx.user.id, readAt: null, createdAt: { gte: retentionCutoff(now) } },
  });
}

/** Someone else's notification doesn't exist for you; marking twice is fine. */
export async function markRead(ctx: ReadCtx, id: string) {
  const found = await ctx.db.notification.findFirst({
    where: { id, userId: ctx.user.id },
    select: { id: true, readAt: true },
  });
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that notification." });
  if (!found.readAt) {
    await ctx.db.notification.updateMany({
      where: { id, userId: ctx.user.id, readAt: null },
      data: { readAt: new Date() },
    });
  }
  return { id };
}

export async function markAllRead(ctx: ReadCtx) {
  const { count } = await ctx.db.notification.updateMany({
    where: { userId: ctx.user.id, readAt: null },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
