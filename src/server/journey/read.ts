// The couple's journey since they linked: agreed boundaries, commitments started and ended, amends
// shared and received, talks held, time together both answered about. Only what both can see: no drafts, no unrevealed talks, no
// proposal that was never agreed. Each month's consistency comes from the dashboard (the page).
import { localDate } from "@/domain/commitment/schedule";
import { groupByMonth, type JourneyEvent, type JourneyFilter, weeksSince } from "@/domain/journey/journey";
import type { ActiveCouple } from "@/server/couple";
import type { Db } from "@/server/db";
import { revealedQualityTimes } from "@/server/quality-time/read";

type Ctx = { db: Db; user: { id: string; timeZone: string }; couple: ActiveCouple };

const BOUNDARY_KINDS = {
  agreed: "boundary-agreed",
  "revision-agreed": "boundary-revised",
  retired: "boundary-retired",
} as const;

export async function journey(ctx: Ctx, input: { filter: JourneyFilter }) {
  const coupleId = ctx.couple.id;
  const zone = ctx.user.timeZone;
  const day = (at: Date) => localDate(at, zone);
  const by = (id: string | null) =>
    id === null ? null : id === ctx.user.id ? "You" : ctx.couple.partner.name;
  const [couple, boundaryEvents, commitments, amends, received, talks, together] = await Promise.all([
    ctx.db.couple.findFirstOrThrow({ where: { id: coupleId }, select: { createdAt: true } }),
    ctx.db.boundaryEvent.findMany({
      where: { boundary: { coupleId }, kind: { in: Object.keys(BOUNDARY_KINDS) } },
      select: {
        kind: true,
        actorId: true,
        versionNumber: true,
        createdAt: true,
        boundary: { select: { id: true, versions: { select: { number: true, title: true } } } },
      },
    }),
    ctx.db.commitment.findMany({
      where: { coupleId },
      select: { id: true, title: true, createdById: true, createdAt: true, archivedAt: true },
    }),
    ctx.db.amends.findMany({
      where: { coupleId, sharedAt: { not: null } },
      select: { id: true, authorId: true, sharedAt: true },
    }),
    ctx.db.amendsEntry.findMany({
      where: { amends: { coupleId, sharedAt: { not: null } }, kind: "answer", answer: "received" },
      select: { authorId: true, createdAt: true, amendsId: true },
    }),
    ctx.db.talk.findMany({
      where: { coupleId, revealedAt: { not: null } },
      select: { week: true, revealedAt: true },
    }),
    revealedQualityTimes(ctx.db, coupleId),
  ]);
  const events: JourneyEvent[] = [];
  for (const e of boundaryEvents) {
    const kind = BOUNDARY_KINDS[e.kind as keyof typeof BOUNDARY_KINDS];
    const title = e.boundary.versions.find((v) => v.number === e.versionNumber)?.title ?? null;
    events.push({
      key: `b${events.length}`,
      kind,
      day: day(e.createdAt),
      title,
      by: by(e.actorId),
      href: `/boundaries/${e.boundary.id}`,
    });
  }
  for (const c of commitments) {
    const href = `/commitments/${c.id}`;
    events.push({
      key: `e${events.length}`,
      kind: "commitment-started",
      day: day(c.createdAt),
      title: c.title,
      by: by(c.createdById),
      href,
    });
    if (c.archivedAt)
      events.push({
        key: `e${events.length}`,
        kind: "commitment-ended",
        day: day(c.archivedAt),
        title: c.title,
        by: null,
        href,
      });
  }
  for (const a of amends) {
    if (!a.sharedAt) continue;
    events.push({
      key: `e${events.length}`,
      kind: "amends-shared",
      day: day(a.sharedAt),
      title: null,
      by: by(a.authorId),
      href: `/amends/${a.id}`,
    });
  }
  for (const r of received) {
    events.push({
      key: `e${events.length}`,
      kind: "amends-received",
      day: day(r.createdAt),
      title: null,
      by: by(r.authorId),
      href: `/amends/${r.amendsId}`,
    });
  }
  for (const t of talks) {
    if (!t.revealedAt) continue;
    events.push({
      key: `e${events.length}`,
      kind: "talk-held",
      day: day(t.revealedAt),
      title: null,
      by: null,
      href: `/talk/${t.week}`,
    });
  }
  // Time together is on the day it was (both answered about it), with the idea's title.
  for (const q of together) {
    events.push({
      key: `e${events.length}`,
      kind: "quality-time",
      day: q.day,
      title: q.title,
      by: null,
      href: `/quality-time/${q.id}`,
    });
  }
  const linkedOn = day(couple.createdAt);
  const today = day(new Date());
  return {
    linkedOn,
    today,
    weeks: weeksSince(linkedOn, today),
    partnerName: ctx.couple.partner.name,
    filter: input.filter,
    months: groupByMonth(events, linkedOn, today, input.filter),
  };
}
