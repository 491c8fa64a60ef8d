// Counselor links: proposed by one partner, made (token and clock) only by the other's
// confirmation, revocable by either at once. Only the token's SHA-256 hash is stored.
import { TRPCError } from "@trpc/server";
import { deviceLabel } from "@/domain/auth/session";
import { localDate } from "@/domain/commitment/schedule";
import { resolvePeriod, shareStatus, type TProposeShare } from "@/domain/counselor/summary";
import { generateInviteToken, hashInviteToken } from "@/domain/invite/invite";
import { env } from "@/env";
import { type CoupleCtx, todayOf } from "@/server/commitment/access";
import type { Db } from "@/server/db";
import { notify, notifyPartner } from "@/server/notification/write";
import { buildSummary } from "./summary";

const DAY_MS = 24 * 60 * 60 * 1000;
const SHARE_NOT_FOUND = "We couldn't find that counselor link.";
const SHARE_GONE = "This link isn't available: it was revoked, it expired, or it never existed.";

export async function proposeShare(ctx: CoupleCtx, input: TProposeShare) {
  const period = resolvePeriod(input, todayOf(ctx.user));
  if ("problem" in period) throw new TRPCError({ code: "BAD_REQUEST", message: period.problem });
  return ctx.db.$transaction(async (tx) => {
    const row = await tx.counselorShare.create({
      data: {
        coupleId: ctx.couple.id,
        proposedById: ctx.user.id,
        ...period,
        days: input.days,
        proposerNotes: input.includeMyNotes,
      },
      select: { id: true },
    });
    await notifyPartner(tx, ctx, "counselor-share-proposed", { type: "counselor-share", id: row.id });
    return row;
  });
}

/**
 * The partner's confirmation makes the link. The update is guarded (not yet approved, not revoked,
 * not proposed by the approver), so a revocation racing it wins either way: it lands first and
 * this changes nothing, or it lands after and the link is dead.
 */
export async function approveShare(ctx: CoupleCtx, input: { id: string; includeMyNotes: boolean }) {
  const token = generateInviteToken();
  const now = new Date();
  const share = await ctx.db.counselorShare.findFirst({
    where: { id: input.id, coupleId: ctx.couple.id },
    select: { id: true, proposedById: true, days: true },
  });
  if (!share) throw new TRPCError({ code: "NOT_FOUND", message: SHARE_NOT_FOUND });
  if (share.proposedById === ctx.user.id) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: `You proposed this link; it is waiting for ${ctx.couple.partner.name} to confirm it.`,
    });
  }
  const done = await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.counselorShare.updateMany({
      where: {
        id: share.id,
        coupleId: ctx.couple.id,
        approvedAt: null,
        revokedAt: null,
        proposedById: { not: ctx.user.id },
      },
      data: {
        tokenHash: hashInviteToken(token),
        approvedById: ctx.user.id,
        approvedAt: now,
        expiresAt: new Date(now.getTime() + share.days * DAY_MS),
        approverNotes: input.includeMyNotes,
      },
    });
    if (count !== 1) return false;
    await notify(tx, {
      userId: share.proposedById,
      actorId: ctx.user.id,
      kind: "counselor-share-approved",
      object: { type: "counselor-share", id: share.id },
      coupleId: ctx.couple.id,
    });
    return true;
  });
  if (!done) {
    throw new TRPCError({ code: "CONFLICT", message: "This proposal was already answered or withdrawn." });
  }
  return { url: `${env.APP_URL}/c/${token}` };
}

/** Either partner, at once: a proposal is withdrawn, a link stops working. */
export async function revokeShare(ctx: CoupleCtx, input: { id: string }) {
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.counselorShare.updateMany({
      where: { id: input.id, coupleId: ctx.couple.id, revokedAt: null },
      data: { revokedAt: new Date(), revokedById: ctx.user.id },
    });
    if (count !== 1) throw new TRPCError({ code: "NOT_FOUND", message: SHARE_NOT_FOUND });
    await notifyPartner(tx, ctx, "counselor-share-revoked", { type: "counselor-share", id: input.id });
    return { ok: true as const };
  });
}

/** The couple's links with their state and every view (when, and a coarse browser). */
export async function listShares(ctx: CoupleCtx) {
  const now = new Date();
  const rows = await ctx.db.counselorShare.findMany({
    where: { coupleId: ctx.couple.id },
    select: {
      id: true,
      proposedById: true,
      from: true,
      to: true,
      days: true,
      approvedAt: true,
      expiresAt: true,
      revokedAt: true,
      createdAt: true,
      views: { select: { at: true, agent: true }, orderBy: { at: "desc" }, take: 100 },
    },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  const name = (id: string) => (id === ctx.user.id ? "You" : ctx.couple.partner.name);
  return rows.map((r) => {
    const status = shareStatus(r, now);
    return {
      id: r.id,
      status,
      from: r.from,
      to: r.to,
      days: r.days,
      proposedBy: name(r.proposedById),
      proposedByMe: r.proposedById === ctx.user.id,
      // Days, as everything a partner did ("days, not minutes").
      proposedOn: localDate(r.createdAt, ctx.user.timeZone),
      expiresOn: r.expiresAt ? localDate(r.expiresAt, ctx.user.timeZone) : null,
      // The counselor's views are not partner activity: their time is shown.
      views: r.views,
    };
  });
}

/** What the counselor's link opens: its own summary and nothing else; the view is logged. */
export async function viewShare(db: Db, token: string, userAgent: string | undefined) {
  const now = new Date();
  const share = await db.counselorShare.findFirst({
    where: {
      tokenHash: hashInviteToken(token),
      revokedAt: null,
      expiresAt: { gt: now },
      couple: { endedAt: null },
    },
    select: {
      id: true,
      coupleId: true,
      from: true,
      to: true,
      expiresAt: true,
      proposedById: true,
      proposerNotes: true,
      approverNotes: true,
      couple: {
        select: {
          members: {
            select: { user: { select: { id: true, name: true, timeZone: true, weekStartsOn: true } } },
            orderBy: { joinedAt: "asc" },
          },
        },
      },
    },
  });
  if (!share) throw new TRPCError({ code: "NOT_FOUND", message: SHARE_GONE });
  await db.counselorShareView.create({ data: { shareId: share.id, at: now, agent: deviceLabel(userAgent) } });
  const people = share.couple.members
    .map((m) => m.user)
    .sort((a, b) => Number(b.id === share.proposedById) - Number(a.id === share.proposedById))
    .map((u) => ({
      ...u,
      includeNotes: u.id === share.proposedById ? share.proposerNotes : share.approverNotes,
    }));
  const summary = await buildSummary(db, {
    coupleId: share.coupleId,
    from: share.from,
    to: share.to,
    people,
  });
  // A day, not an instant: the expiry is the confirmation's moment plus whole days.
  return { ...summary, expiresOn: localDate(share.expiresAt ?? now, "UTC") };
}
