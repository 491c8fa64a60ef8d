// Where notifications are read: only the caller's own (`userId` in every where clause), with the
// actor's name and the object's title looked up now, scoped to couples the reader belongs to.
// Read as an inbox that settles (src/domain/notification/inbox.ts): what no longer waits on the
// reader stops asking, a burst is one entry, and the bell counts what is new or waiting.
import { TRPCError } from "@trpc/server";
import { localDate } from "@/domain/commitment/schedule";
import { type InboxRow, inboxEntries, newEntries } from "@/domain/notification/inbox";
import { linkFor, linkForMany, retentionCutoff } from "@/domain/notification/kinds";
import type { CoupleCtx } from "@/server/commitment/access";
import type { ActiveCouple } from "@/server/couple";
import { MEMBER_NAMES_SELECT, memberNames } from "@/server/couple";
import { recordLiveEvent } from "@/server/live/bus";
import { liveCursor } from "@/server/live/stream";
import { waitingFor, waitsOn } from "@/server/notification/waiting";

type ReadCtx = Omit<CoupleCtx, "couple"> & { activeCouple: ActiveCouple | null };

const PAGE = 100;

/**
 * The person's notifications, newest first. Those past the 90 days are deleted here, on read: one
 * indexed statement for this person only, so nothing has to run on a schedule.
 */
export async function listNotifications(ctx: ReadCtx, now = new Date()) {
  const me = ctx.user.id;
  const cutoff = retentionCutoff(now);
  await ctx.db.notification.deleteMany({ where: { userId: me, createdAt: { lt: cutoff } } });
  const couple = ctx.activeCouple;
  const [rows, waiting] = await Promise.all([
    readRows(ctx, cutoff),
    couple ? waitingFor({ ...ctx, couple }) : [],
  ]);
  const waits = waitsOn(waiting);
  // A request of an ended couple waits on nobody any more.
  const entries = inboxEntries(rows, (type, id) => waits(type, id));

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

  return entries.map(({ head: row, ids, count, asking, settled, read }) => {
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
    // A burst leads to the list its objects are on; its one title would stand for only one.
    if (count > 1) {
      title = null;
      href = linkForMany(row.objectType, row.kind);
    }
    return {
      id: row.id,
      /** Every notification the entry stands for (marking it read marks them all). */
      ids,
      count,
      kind: row.kind,
      actorName,
      title,
      href,
      fromEndedCouple: ended,
      // The day, never the time: a notification dates what the partner did (docs/security.md).
      createdOn: row.day,
      asking,
      settled,
      read,
    };
  });
}

/** A person's rows within the 90 days, newest first, with the reader's day of each. */
async function readRows(ctx: ReadCtx, cutoff: Date, where: { readAt?: null } = {}) {
  const rows = await ctx.db.notification.findMany({
    where: { userId: ctx.user.id, createdAt: { gte: cutoff }, ...where },
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
  return rows.map((r): InboxRow & { createdAt: Date } => ({
    ...r,
    day: localDate(r.createdAt, ctx.user.timeZone),
    read: r.readAt !== null,
  }));
}

/**
 * Unread entries still within the 90 days that don't ask for an answer: a burst counts once, and
 * a request counts as waiting instead (it asks) or not at all (it settled).
 */
export async function countUnread(ctx: ReadCtx, now = new Date()) {
  const rows = await readRows(ctx, retentionCutoff(now), { readAt: null });
  return newEntries(inboxEntries(rows, () => false));
}

/**
 * The bell: what the person would call new or waiting. Everything waiting on them counts until
 * it is answered, read or not; unread notifications count once per inbox entry (countUnread).
 */
export async function bellCount(ctx: ReadCtx) {
  const couple = ctx.activeCouple;
  // Read first: whatever the counts (and the page rendered with them) miss comes after it.
  const since = await liveCursor(ctx.db, { userId: ctx.user.id, coupleId: couple?.id ?? null });
  const [unread, waiting] = await Promise.all([
    countUnread(ctx),
    couple ? waitingFor({ ...ctx, couple }) : [],
  ]);
  return { unread, waiting: waiting.length, total: unread + waiting.length, since };
}

/**
 * Marks one inbox entry read: its notification and the others of its burst (`sameEntry`). Someone
 * else's notification doesn't exist for you; marking twice is fine. The person's open pages hear
 * of it, so the bell of every tab agrees.
 */
export async function markRead(ctx: ReadCtx, id: string, sameEntry: readonly string[] = []) {
  const found = await ctx.db.notification.findFirst({
    where: { id, userId: ctx.user.id },
    select: { id: true },
  });
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that notification." });
  await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { id: { in: [id, ...sameEntry] }, userId: ctx.user.id, readAt: null },
      data: { readAt: new Date() },
    });
    if (count > 0) await recordLiveEvent(tx, { userId: ctx.user.id });
  });
  return { id };
}

export async function markAllRead(ctx: ReadCtx) {
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: ctx.user.id, readAt: null },
      data: { readAt: new Date() },
    });
    if (count > 0) await recordLiveEvent(tx, { userId: ctx.user.id });
    return { marked: count };
  });
}
