// The consistency dashboard: both partners side by side, each in their own time zone and week,
// read in one statement and computed here; served from the per-process cache while current.
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { currentBreak } from "@/domain/break/break";
import {
  addDays,
  type CadencePeriod,
  earlierDate,
  localDate,
  weekStartOf,
} from "@/domain/commitment/schedule";
import { ZCadence } from "@/domain/commitment/schemas";
import {
  addTally,
  emptyTally,
  heatmap,
  keptRate,
  strength,
  tallyTrack,
  weeklySummaries,
  weekStreaks,
} from "@/domain/consistency/metrics";
import { HEATMAP_MAX_DAYS, HEATMAP_MIN_DAYS, RANGES, type ZDashboard } from "@/domain/consistency/schemas";
import { strengthInWords } from "@/domain/consistency/strength-words";
import { answersOf, type Track } from "@/domain/consistency/track-days";
import { Prisma } from "@/generated/prisma-sqlite/client";
import type { CoupleCtx } from "@/server/commitment/access";
import { cachedDashboard } from "@/server/consistency/dashboard-cache";
import type { ActiveCouple } from "@/server/couple";
import type { Db } from "@/server/db";

/** One row of the dashboard's statement; what each column holds depends on the kind. */
type RawRow = {
  kind: "commitment" | "cadence" | "pause" | "break" | "month";
  commitmentId: string;
  /** A commitment's place in creation order, a cadence's or pause's first day, or a month ("YYYY-MM"). */
  from: string;
  /** A commitment's title, a cadence (JSON) or a month's day codes. */
  text: string | null;
  /** A commitment's owner (null when shared), or the person a pause or month belongs to. */
  userId: string | null;
  /** A pause's last day; "archived" for an archived commitment. */
  to: string | null;
};

/** The dashboard shows a couple's first 200 commitments (far more than a couple keeps up with). */
const MAX_COMMITMENTS = 200;

type Person = { id: string; name: string; timeZone: string; weekStartsOn: number; isMe: boolean };

export type Dashboard = Awaited<ReturnType<typeof computeDashboard>>;

/**
 * Both partners side by side, each in their own time zone and week. Reads are bounded by the
 * window (never all history unless "all" is asked for) and take a fixed number of statements.
 */
export async function readDashboard(ctx: CoupleCtx, input: z.infer<typeof ZDashboard>) {
  const now = new Date();
  const people: Person[] = [
    { ...ctx.user, isMe: true },
    { ...ctx.couple.partner, isMe: false },
  ].filter((p) => input.person === "both" || (input.person === "me") === p.isMe);
  const todays = new Map(people.map((p) => [p.id, localDate(now, p.timeZone)]));
  const key = JSON.stringify([
    ctx.couple.id,
    ctx.user.id,
    input.range,
    input.person,
    input.commitmentId ?? null,
  ]);
  const stamp = JSON.stringify([
    ctx.couple.version,
    people.map((p) => [p.id, p.name, p.timeZone, p.weekStartsOn, p.isMe, todays.get(p.id)]),
  ]);
  return cachedDashboard(key, stamp, () => computeDashboard(ctx, input, people, todays, now));
}

/** The break running on `today` as the dashboard shows it, or null. */
function breakOn(windows: { from: string; to: string; note: string | null }[], today: string) {
  const running = currentBreak(windows, today);
  return running ? { until: running.to, note: running.note } : null;
}

async function computeDashboard(
  ctx: { db: Db; couple: ActiveCouple; user: { timeZone: string } },
  input: z.infer<typeof ZDashboard>,
  people: Person[],
  todays: Map<string, string>,
  now: Date,
) {
  const rangeDays = RANGES[input.range];
  // Each person's window: their own today back over the range (the heatmap may reach further);
  // "all" starts at the earliest cadence, known once the schedule is read.
  const windowOf = (p: Person, earliest?: string) => {
    const today = todays.get(p.id) ?? localDate(now, p.timeZone);
    const rangeFrom =
      rangeDays === null
        ? (earliest ?? today)
        : addDays(weekStartOf(today, p.weekStartsOn), 7 - Math.ceil(rangeDays / 7) * 7);
    const heatDays = Math.min(HEATMAP_MAX_DAYS, Math.max(HEATMAP_MIN_DAYS, rangeDays ?? HEATMAP_MAX_DAYS));
    const heatFrom = addDays(today, -(heatDays - 1));
    const loadFrom = earlierDate(heatFrom, rangeFrom);
    return { today, rangeFrom, heatFrom, loadFrom };
  };
  // One statement reads everything: the couple's commitments (in a CTE that scopes the rest), their
  // cadences and pauses, and the answers as one row per commitment, person and month
  // (CheckInMonth, rebuilt by every check-in write), so a few rows per commitment are read instead
  // of every check-in of the window. The months are bounded by the window, known before reading:
  // "all" (the only range that needs the earliest cadence) reads every month.
  const firstMonth =
    rangeDays === null
      ? null
      : (people
          .map((p) => windowOf(p).loadFrom)
          .sort()[0]
          ?.slice(0, 7) ?? null);
  const rows = await ctx.db.$queryRaw<RawRow[]>(Prisma.sql`
      WITH c AS (
        SELECT "id", "title", "ownerId", "archivedAt", "createdAt" FROM "Commitment"
          WHERE "coupleId" = ${ctx.couple.id}
            ${input.commitmentId ? Prisma.sql`AND "id" = ${input.commitmentId}` : Prisma.empty}
          ORDER BY "createdAt", "id"
          LIMIT ${Prisma.raw(String(MAX_COMMITMENTS))}
      )
      SELECT 'commitment' AS "kind", c."id" AS "commitmentId",
             CAST(ROW_NUMBER() OVER (ORDER BY c."createdAt", c."id") AS TEXT) AS "from",
             c."title" AS "text", c."ownerId" AS "userId",
             CASE WHEN c."archivedAt" IS NULL THEN NULL ELSE 'archived' END AS "to"
        FROM c
      UNION ALL
      SELECT 'cadence', s."commitmentId", s."from", s."cadence", NULL, NULL
        FROM "CommitmentCadence" s JOIN c ON c."id" = s."commitmentId"
      UNION ALL
      SELECT 'pause', s."commitmentId", s."from", NULL, s."userId", s."to"
        FROM "CommitmentPause" s JOIN c ON c."id" = s."commitmentId"
      UNION ALL
      SELECT 'break', '', b."from", b."note", b."userId", b."to"
        FROM "SharingBreak" b WHERE b."coupleId" = ${ctx.couple.id} AND b."from" <= b."to"
      UNION ALL
      SELECT 'month', s."commitmentId", s."month", s."codes", s."userId", NULL
        FROM "CheckInMonth" s JOIN c ON c."id" = s."commitmentId"
        WHERE s."userId" IN (${Prisma.join(people.map((p) => p.id))})
          ${firstMonth === null ? Prisma.empty : Prisma.sql`AND s."month" >= ${firstMonth}`}`);
  const commitments = rows
    .filter((r) => r.kind === "commitment")
    .sort((a, b) => Number(a.from) - Number(b.from))
    .map((r) => ({ id: r.commitmentId, title: r.text ?? "", ownerId: r.userId, archived: r.to !== null }));
  if (input.commitmentId && commitments.length === 0) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that commitment." });
  }
  const periods = new Map<string, CadencePeriod[]>(commitments.map((c) => [c.id, []]));
  const pauses = new Map<string, { userId: string; from: string; to: string }[]>(
    commitments.map((c) => [c.id, []]),
  );
  const months = new Map<string, { month: string; codes: string }[]>();
  // A break's days count for neither partner, like a pause of everything (src/domain/break).
  const breaks = new Map<string, { from: string; to: string; note: string | null }[]>();
  for (const row of rows) {
    if (row.kind === "break" && row.userId !== null && row.to !== null) {
      const window = { from: row.from, to: row.to, note: row.text };
      breaks.set(row.userId, [...(breaks.get(row.userId) ?? []), window]);
    }
    if (row.kind === "cadence" && row.text !== null) {
      periods.get(row.commitmentId)?.push({ from: row.from, cadence: ZCadence.parse(JSON.parse(row.text)) });
    } else if (row.kind === "pause" && row.userId !== null && row.to !== null) {
      pauses.get(row.commitmentId)?.push({ userId: row.userId, from: row.from, to: row.to });
    } else if (row.kind === "month" && row.userId !== null && row.text !== null) {
      const key = `${row.commitmentId}:${row.userId}`;
      const list = months.get(key) ?? [];
      list.push({ month: row.from, codes: row.text });
      months.set(key, list);
    }
  }
  for (const list of periods.values()) list.sort((a, b) => (a.from < b.from ? -1 : 1));
  const earliest = commitments.flatMap((c) => periods.get(c.id)?.map((p) => p.from) ?? []).sort()[0];
  const windows = new Map(people.map((p) => [p.id, windowOf(p, earliest)]));
  const answers = new Map([...months].map(([key, list]) => [key, answersOf(list)]));

  return {
    range: input.range,
    person: input.person,
    commitment: input.commitmentId ? { id: input.commitmentId, title: commitments[0]?.title ?? "" } : null,
    options: commitments.map((c) => ({ id: c.id, title: c.title })),
    people: people.map((p) => {
      const w = windows.get(p.id) ?? windowOf(p, earliest);
      const mine = commitments.filter((c) => c.ownerId === null || c.ownerId === p.id);
      const tracks: (Track & { title: string; archived: boolean })[] = mine.map((c) => ({
        id: c.id,
        title: c.title,
        archived: c.archived,
        periods: periods.get(c.id) ?? [],
        pauses: [
          ...(pauses.get(c.id) ?? []).filter((x) => x.userId === p.id).map(({ from, to }) => ({ from, to })),
          ...(breaks.get(p.id) ?? []).map(({ from, to }) => ({ from, to })),
        ],
        answers: answers.get(`${c.id}:${p.id}`),
      }));
      const weeks = weeklySummaries(tracks, w.rangeFrom, w.today, p.weekStartsOn);
      const thisWeek = weeks.at(-1) ?? null;
      const rangeTally = weeks.reduce((t, x) => addTally(t, x.tally), emptyTally());
      return {
        // "Taking a break until …" (src/domain/break): those days count for neither of them.
        onBreak: breakOn(breaks.get(p.id) ?? [], w.today),
        id: p.isMe ? "me" : "partner",
        name: p.isMe ? "You" : p.name,
        isMe: p.isMe,
        today: w.today,
        weekStartsOn: p.weekStartsOn,
        hasCommitments: tracks.length > 0,
        thisWeek: thisWeek
          ? {
              weekStart: thisWeek.weekStart,
              keptScore: thisWeek.keptScore,
              target: thisWeek.target,
              rate: thisWeek.rate,
              tally: thisWeek.tally,
            }
          : null,
        range: { tally: rangeTally, rate: keptRate(rangeTally) },
        weeks: weeks.map((x) => ({
          weekStart: x.weekStart,
          rate: x.rate,
          keptScore: x.keptScore,
          target: x.target,
          tally: x.tally,
        })),
        streak: weekStreaks(weeks),
        // What the calendar shows: each day's status, from the first day on. (The days' counts
        // stay on the server, every answer is counted in the weeks above; a list of statuses is
        // a fraction of the size, docs/performance.md.)
        heatmap: {
          from: w.heatFrom,
          days: heatmap(tracks, w.heatFrom, w.today).map((c) => c.status),
        },
        commitments: tracks.map((t) => {
          const tally = tallyTrack(t, w.rangeFrom, w.today, w.today, p.weekStartsOn);
          const habit = strength(t, w.rangeFrom, w.today, p.weekStartsOn);
          return {
            id: t.id,
            title: t.title,
            archived: t.archived,
            strength: habit,
            strengthWords: strengthInWords({
              strength: habit,
              answeredDays: tally.kept + tally.partly + tally.missed,
              oneOff: t.periods.some((period) => period.cadence.kind === "once"),
            }),
            rate: keptRate(tally),
            tally,
          };
        }),
      };
    }),
  };
}
