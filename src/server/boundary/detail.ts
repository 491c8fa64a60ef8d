// One boundary with its full history, as the viewer may see it.
import { TRPCError } from "@trpc/server";
import { type BoundaryStatus, viewFor } from "@/domain/boundary/boundary";
import { isReviewDue } from "@/domain/boundary/review";
import { coversDay } from "@/domain/break/break";
import { localDate } from "@/domain/commitment/schedule";
import { localWeekStart } from "@/domain/user/week";
import { BOUNDARY_NOT_FOUND, ROW_SELECT, stateOf } from "@/server/boundary/act";
import { breakWindows } from "@/server/break/break";
import { MEMBER_NAMES_SELECT, memberNames } from "@/server/couple";
import type { Db } from "@/server/db";

/**
 * Partners of the active couple can act on it; after an unlink, both former partners can still
 * read what they agreed together (read-only archive).
 */
export async function boundaryDetail(
  ctx: { db: Db; user: { id: string; timeZone: string; weekStartsOn: number } },
  input: { id: string },
) {
  const boundary = await ctx.db.boundary.findFirst({
    // Membership in the boundary's couple is part of the query: anyone else gets NOT_FOUND.
    where: { id: input.id, couple: { members: { some: { userId: ctx.user.id } } } },
    select: {
      ...ROW_SELECT,
      createdAt: true,
      couple: { select: MEMBER_NAMES_SELECT },
      versions: { orderBy: { number: "asc" } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      coupleId: true,
      reviewOn: true,
      reviews: { select: { userId: true, reviewOn: true, answer: true } },
      respects: {
        orderBy: [{ weekStart: "desc" }, { userId: "asc" }],
        take: 52,
        include: { user: { select: { timeZone: true } } },
      },
    },
  });
  const archived = boundary?.couple.endedAt !== null;
  // The archive holds only what both agreed: a proposal never agreed doesn't exist there.
  if (!boundary || (archived && boundary.activeNumber === null)) {
    throw new TRPCError({ code: "NOT_FOUND", message: BOUNDARY_NOT_FOUND });
  }
  const names = memberNames(boundary.couple);
  const nameOf = (id: string | null) =>
    id === null ? null : id === ctx.user.id ? "You" : (names.get(id) ?? "—");
  const partnerId = boundary.couple.members.find((m) => m.user.id !== ctx.user.id)?.user.id;
  const live = stateOf(boundary, boundary.versions.at(-1)?.number ?? 0);
  // After an unlink, a change that was still waiting for an answer was never agreed: it is left out.
  const state =
    archived && live.pending ? { ...live, pending: null, status: settledStatus(live.status) } : live;
  const agreed = new Set(boundary.versions.filter((v) => v.agreedAt !== null).map((v) => v.number));
  const shown = (n: number | null) => !archived || (n !== null && agreed.has(n));
  const version = (n: number | null) => {
    const v = shown(n) ? boundary.versions.find((x) => x.number === n) : undefined;
    return v
      ? {
          number: v.number,
          title: v.title,
          description: v.description,
          category: v.category,
          owner:
            v.ownerId === null
              ? ("both" as const)
              : v.ownerId === ctx.user.id
                ? ("me" as const)
                : ("partner" as const),
          ownerName: v.ownerId === null ? "Ours" : nameOf(v.ownerId),
          ownerIsMe: v.ownerId === ctx.user.id,
          proposedBy: nameOf(v.proposedById),
          note: v.note,
          // Days, never times: docs/security.md, "Days, not minutes".
          createdOn: localDate(v.createdAt, ctx.user.timeZone),
          agreedBy: nameOf(v.agreedById),
          agreedOn: v.agreedAt ? localDate(v.agreedAt, ctx.user.timeZone) : null,
        }
      : null;
  };
  // A respect check-in written on a day of its author's break is not the partner's to see (a break
  // hides the person's check-ins and notes: docs/security.md, "A break").
  const partnerBreaks = partnerId ? await breakWindows(ctx.db, boundary.coupleId, partnerId) : [];
  const respects = boundary.respects.filter(
    (r) => r.userId === ctx.user.id || !coversDay(partnerBreaks, localDate(r.updatedAt, r.user.timeZone)),
  );
  const thisWeek = localWeekStart(new Date(), ctx.user.timeZone, ctx.user.weekStartsOn);
  const mine = boundary.respects.find((r) => r.userId === ctx.user.id && r.weekStart === thisWeek);
  return {
    id: boundary.id,
    rev: boundary.rev,
    status: state.status,
    archived,
    view: viewFor(state, ctx.user.id),
    partnerName: (partnerId && names.get(partnerId)) || "Your partner",
    active: version(state.activeNumber),
    pending: state.pending
      ? {
          kind: state.pending.kind,
          byMe: state.pending.byId === ctx.user.id,
          startedByMe: state.pending.startedById === ctx.user.id,
          version: version(state.pending.number),
        }
      : null,
    versions: boundary.versions.map((v) => version(v.number)).filter((v) => v !== null),
    history: boundary.events
      .filter((e) => !archived || (e.versionNumber !== null && agreed.has(e.versionNumber)))
      .map((e) => ({
        id: e.id,
        kind: e.kind,
        actor: nameOf(e.actorId),
        versionNumber: e.versionNumber,
        note: e.note,
        on: localDate(e.createdAt, ctx.user.timeZone),
      })),
    review: reviewOf(boundary, ctx.user.id, localDate(new Date(), ctx.user.timeZone), archived),
    respect: {
      thisWeek,
      mine: mine ? { respected: mine.respected, note: mine.note } : null,
      entries: respects.map((r) => ({
        who: nameOf(r.userId),
        weekStart: r.weekStart,
        respected: r.respected,
        note: r.note,
      })),
    },
  };
}

/** What an ended couple's boundary was, its unanswered change left out. */
function settledStatus(status: BoundaryStatus): BoundaryStatus {
  return status === "revising" || status === "retiring" ? "active" : status;
}

/**
 * The review date and, once it has come, each one's answer to it. The partner's "keep" is shown
 * (it asks for an answer); a "loosen" or "retire" is visible as the proposal it made.
 */
function reviewOf(
  b: {
    status: string;
    reviewOn: string | null;
    reviews: { userId: string; reviewOn: string; answer: string }[];
  },
  viewerId: string,
  today: string,
  archived: boolean,
) {
  if (archived || b.reviewOn === null) return null;
  const answers = b.reviews.filter((r) => r.reviewOn === b.reviewOn);
  return {
    reviewOn: b.reviewOn,
    due: isReviewDue(b.status, b.reviewOn, today),
    mine: answers.find((r) => r.userId === viewerId)?.answer ?? null,
    partner: answers.find((r) => r.userId !== viewerId)?.answer ?? null,
  };
}
