// Breaks (src/domain/break): started and ended here, and read by every path that shows one
// partner the other's check-ins, notes or figures (commitment pages, the dashboard, the counselor
// summary, notifications of check-ins, live events).
import { TRPCError } from "@trpc/server";
import {
  type BreakWindow,
  breakWindow,
  coversDay,
  currentBreak,
  endedEarly,
  type TStartBreak,
} from "@/domain/break/break";
import { type CoupleCtx, todayOf } from "@/server/commitment/access";
import { writeCoupleData } from "@/server/couple";
import type { Db } from "@/server/db";
import { notifyPartner } from "@/server/notification/write";

const SELECT = { id: true, userId: true, from: true, to: true, note: true } as const;

/** The break windows of `userId` in `coupleId` (every one, past ones too: those days stay private). */
export async function breakWindows(db: Pick<Db, "sharingBreak">, coupleId: string, userId: string) {
  const rows = await db.sharingBreak.findMany({
    where: { coupleId, userId },
    select: { from: true, to: true },
  });
  return rows.filter((r) => r.from <= r.to);
}

/**
 * Whether `userId` is on a break on their local `day` in their active couple. Plain, for anything
 * that must stay quiet during a break (the check-in notification here; reminders).
 */
export async function isOnBreak(db: Pick<Db, "sharingBreak">, userId: string, day: string): Promise<boolean> {
  const found = await db.sharingBreak.findFirst({
    where: {
      userId,
      from: { lte: day },
      to: { gte: day },
      couple: { endedAt: null, members: { some: { activeUserId: userId } } },
    },
    select: { id: true },
  });
  return found !== null;
}

/** Drops what `authorId` did on days of their breaks, for a viewer who isn't them. */
export function withoutBreakDays<T extends { day: string }>(
  items: T[],
  authorOf: (item: T) => string,
  viewerId: string,
  windowsOf: Map<string, BreakWindow[]>,
): T[] {
  return items.filter((item) => {
    const author = authorOf(item);
    return author === viewerId || !coversDay(windowsOf.get(author) ?? [], item.day);
  });
}

/** Both partners' current breaks as each sees them: the partner's note, never their days' data. */
export async function breakStatus(ctx: CoupleCtx) {
  const rows = await ctx.db.sharingBreak.findMany({
    where: { coupleId: ctx.couple.id, endedAt: null },
    select: SELECT,
    orderBy: { from: "desc" },
  });
  const mine = currentBreak(
    rows.filter((r) => r.userId === ctx.user.id),
    todayOf(ctx.user),
  );
  const partners = currentBreak(
    rows.filter((r) => r.userId === ctx.couple.partner.id),
    todayOf(ctx.couple.partner),
  );
  return {
    mine: mine ? { from: mine.from, until: mine.to, note: mine.note } : null,
    partner: partners ? { name: ctx.couple.partner.name, until: partners.to, note: partners.note } : null,
  };
}

export async function startBreak(ctx: CoupleCtx, input: TStartBreak) {
  const today = todayOf(ctx.user);
  const window = breakWindow(today, input.days);
  return writeCoupleData(ctx.db, ctx.couple.id, async (tx) => {
    const running = await tx.sharingBreak.findMany({
      where: { coupleId: ctx.couple.id, userId: ctx.user.id, endedAt: null, to: { gte: today } },
      select: { from: true, to: true },
    });
    if (currentBreak(running, today)) {
      throw new TRPCError({
        code: "CONFLICT",
        message: "You're already taking a break. End it first to change it.",
      });
    }
    const row = await tx.sharingBreak.create({
      data: { coupleId: ctx.couple.id, userId: ctx.user.id, ...window, note: input.note ?? null },
      select: { id: true },
    });
    await notifyPartner(tx, ctx, "break-started", { type: "couple", id: ctx.couple.id });
    return { id: row.id, until: window.to };
  });
}

/** Only the person who started a break can end it (the where clause has their id). */
export async function endBreak(ctx: CoupleCtx) {
  const today = todayOf(ctx.user);
  return writeCoupleData(ctx.db, ctx.couple.id, async (tx) => {
    const rows = await tx.sharingBreak.findMany({
      where: { coupleId: ctx.couple.id, userId: ctx.user.id, endedAt: null },
      select: SELECT,
    });
    const running = currentBreak(rows, today);
    if (!running) {
      throw new TRPCError({ code: "NOT_FOUND", message: "You're not taking a break right now." });
    }
    const { count } = await tx.sharingBreak.updateMany({
      where: { id: running.id, userId: ctx.user.id, endedAt: null },
      data: { to: endedEarly(running, today).to, endedAt: new Date() },
    });
    if (count !== 1) throw new TRPCError({ code: "CONFLICT", message: "This break already ended." });
    await notifyPartner(tx, ctx, "break-ended", { type: "couple", id: ctx.couple.id });
    return { ok: true as const };
  });
}
