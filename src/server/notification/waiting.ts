// "Waiting on you": what needs this person's answer right now. Nothing is stored: it is read from
// the boundaries, counselor links and conversations waiting for them, and from their Today.

import { isReviewDue } from "@/domain/boundary/review";
import { type RequestReads, readOnce } from "@/server/api/request-reads";
import { type CoupleCtx, todayOf } from "@/server/commitment/access";
import { todayFor } from "@/server/commitment/today";
import { repairWaiting } from "@/server/talk/waiting";

export type WaitingItem =
  | { type: "boundary"; id: string; title: string; pendingKind: string; href: string }
  | { type: "check-in"; id: string; title: string; href: string }
  | { type: "amends" | "talk" | "counselor-share" | "repair-talk"; id: string; title: string; href: string };

/** Once per render: the bell and Home's "Waiting on you" both read it. */
export function waitingFor(ctx: CoupleCtx & { reads?: RequestReads }): Promise<WaitingItem[]> {
  return readOnce(ctx, "waiting", () => computeWaiting(ctx));
}

async function computeWaiting(ctx: CoupleCtx & { reads?: RequestReads }): Promise<WaitingItem[]> {
  const day = todayOf(ctx.user);
  const [boundaries, today, repair, shares, conversations, reviews] = await Promise.all([
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
    // A counselor link the partner proposed needs this person's confirmation (or decline).
    ctx.db.counselorShare.findMany({
      where: {
        coupleId: ctx.couple.id,
        proposedById: { not: ctx.user.id },
        approvedAt: null,
        revokedAt: null,
      },
      select: { id: true },
      orderBy: { createdAt: "asc" },
      take: 20,
    }),
    // A conversation about what happened the partner started, before this person shared anything.
    ctx.db.repairTalk.findMany({
      where: {
        coupleId: ctx.couple.id,
        startedById: { not: ctx.user.id },
        status: "open",
        answers: { none: { userId: ctx.user.id, sharedAt: { not: null } } },
      },
      select: { id: true, about: true },
      orderBy: { createdAt: "asc" },
      take: 20,
    }),
    // A boundary whose review day has come, until this person answered "keep, loosen or retire?".
    ctx.db.boundary.findMany({
      where: { coupleId: ctx.couple.id, reviewOn: { not: null, lte: day } },
      select: {
        id: true,
        status: true,
        reviewOn: true,
        activeNumber: true,
        versions: { select: { number: true, title: true }, orderBy: { number: "desc" }, take: 50 },
        reviews: { where: { userId: ctx.user.id }, select: { reviewOn: true } },
      },
      orderBy: { reviewOn: "asc" },
      take: 50,
    }),
  ]);
  const proposalWaits = new Set(boundaries.map((b) => b.id));
  return [
    ...boundaries.map((b) => ({
      type: "boundary" as const,
      id: b.id,
      title: (b.versions.find((v) => v.number === b.pendingNumber) ?? b.versions[0])?.title ?? "",
      pendingKind: b.pendingKind ?? "create",
      href: `/boundaries/${encodeURIComponent(b.id)}`,
    })),
    ...reviews
      .filter(
        (b) =>
          isReviewDue(b.status, b.reviewOn, day) &&
          !proposalWaits.has(b.id) &&
          !b.reviews.some((r) => r.reviewOn === b.reviewOn),
      )
      .map((b) => ({
        type: "boundary" as const,
        id: b.id,
        title: (b.versions.find((v) => v.number === b.activeNumber) ?? b.versions[0])?.title ?? "",
        pendingKind: "review",
        href: `/boundaries/${encodeURIComponent(b.id)}`,
      })),
    // "When it comes up" commitments are answered when they do, not every day.
    ...today.items
      .filter((item) => item.checkIn === null && item.kind !== "conditional")
      .map((item) => ({ type: "check-in" as const, id: item.id, title: item.title, href: "/today" })),
    ...repair,
    ...shares.map((share) => ({
      type: "counselor-share" as const,
      id: share.id,
      title: "Sharing your summary with a counselor",
      href: "/counselor",
    })),
    ...conversations.map((talk) => ({
      type: "repair-talk" as const,
      id: talk.id,
      title: talk.about,
      href: `/repair/${encodeURIComponent(talk.id)}`,
    })),
  ];
}

/** The waiting item a notification about this object stands for, if it still waits. */
export function waitsOn(waiting: readonly WaitingItem[]) {
  const keys = new Set(waiting.map((w) => `${w.type}:${w.id}`));
  return (objectType: string, objectId: string) => keys.has(`${objectType}:${objectId}`);
}
