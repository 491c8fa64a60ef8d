// "Waiting on you": what needs this person's answer right now. Nothing is stored: it is read from
// the boundaries waiting for them and from their Today.
import { type RequestReads, readOnce } from "@/server/api/request-reads";
import type { CoupleCtx } from "@/server/commitment/access";
import { todayFor } from "@/server/commitment/today";
import type { ActiveCouple } from "@/server/couple";
import { liveCursor } from "@/server/live/stream";
import { countUnread } from "@/server/notification/read";
import { repairWaiting } from "@/server/talk/waiting";

export type WaitingItem =
  | { type: "boundary"; id: string; title: string; pendingKind: string; href: string }
  | { type: "check-in"; id: string; title: string; href: string }
  | { type: "amends" | "talk"; id: string; title: string; href: string };

/** Once per render: the bell and Home's "Waiting on you" both read it. */
export function waitingFor(ctx: CoupleCtx & { reads?: RequestReads }): Promise<WaitingItem[]> {
  return readOnce(ctx, "waiting", () => computeWaiting(ctx));
}

async function computeWaiting(ctx: CoupleCtx & { reads?: RequestReads }): Promise<WaitingItem[]> {
  const [boundaries, today, repair] = await Promise.all([
    ctx.db.boundary.findMany({
      where: { coupleId: ctx.couple.id, pendingNumber: { not: null }, pendingById: { not: ctx.user.id } },
      select: {
        id: true,
        pendingKind: true,
        pendingNumber: true,
        versions: { select: { number: true, title: true }, orderBy: { number: "desc" }, take: 50 },
      },
      orderBy: { updatedAt: "asc" },
      take: 200,
    }),
    todayFor(ctx, {}),
    repairWaiting(ctx),
  ]);
  return [
    ...boundaries.map((b) => ({
      type: "boundary" as const,
      id: b.id,
      title: (b.versions.find((v) => v.number === b.pendingNumber) ?? b.versions[0])?.title ?? "",
      pendingKind: b.pendingKind ?? "create",
      href: `/boundaries/${encodeURIComponent(b.id)}`,
    })),
    // "When it comes up" commitments are answered when they do, not every day.
    ...today.items
      .filter((item) => item.checkIn === null && item.kind !== "conditional")
      .map((item) => ({ type: "check-in" as const, id: item.id, title: item.title, href: "/today" })),
    ...repair,
  ];
}

/**
 * The bell: unread notifications, plus what waits on this person that no notification of theirs
 * already stands for. A waiting proposal counts once, through its notification (always written,
 * answers needed can't be turned off), so marking it read takes it off the bell but not off Home's
 * "Waiting on you"; today's unlogged check-ins count until they are logged.
 */
export async function bellCount(ctx: Omit<CoupleCtx, "couple"> & { activeCouple: ActiveCouple | null }) {
  const couple = ctx.activeCouple;
  // Read first: whatever the counts (and the page rendered with them) miss comes after it.
  const since = await liveCursor(ctx.db, { userId: ctx.user.id, coupleId: couple?.id ?? null });
  const [unread, waiting] = await Promise.all([
    countUnread(ctx),
    couple ? waitingFor({ ...ctx, couple }) : [],
  ]);
  // Proposals and shared amends always come with a notification (answers needed can't be off).
  const notified = (w: WaitingItem) => w.type === "boundary" || w.type === "amends";
  const objectIds = waiting.flatMap((w) => (notified(w) ? [w.id] : []));
  const told =
    objectIds.length === 0
      ? []
      : await ctx.db.notification.findMany({
          where: {
            userId: ctx.user.id,
            objectType: { in: ["boundary", "amends"] },
            objectId: { in: objectIds },
          },
          select: { objectId: true },
        });
  const toldIds = new Set(told.map((n) => n.objectId));
  const untold = waiting.filter((w) => !notified(w) || !toldIds.has(w.id)).length;
  return { unread, waiting: waiting.length, total: unread + untold, since };
}
