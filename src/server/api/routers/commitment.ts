import { TRPCError } from "@trpc/server";
import { type BoundaryStatus, isArchived } from "@/domain/boundary/boundary";
import {
  type CheckInValues,
  cadenceChangeFrom,
  checkInProblem,
  describeCadence,
  kindOf,
  outcomesOn,
  sameValues,
  visibleValues,
} from "@/domain/commitment/commitment";
import {
  addDays,
  BACKFILL_DAYS,
  type CadencePeriod,
  cadenceOn,
  checkInDateProblem,
  daysBetween,
  earlierDate,
  isOffered,
  localDate,
  type Pause,
  weeklyTarget,
  weekStartOf,
} from "@/domain/commitment/schedule";
import {
  PAUSE_MAX_DAYS,
  type TCadence,
  ZAck,
  ZArchive,
  ZCadence,
  ZCheckIn,
  ZCreate,
  ZEdit,
  ZIdInput,
  ZList,
  ZPause,
  ZToday,
} from "@/domain/commitment/schemas";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import { coupleProcedure, createTRPCRouter, NO_INPUT, protectedProcedure } from "@/server/api/trpc";
import { refreshCheckInMonth } from "@/server/check-in-months";
import { type ActiveCouple, bumpCoupleVersion, dashboardWrite } from "@/server/couple";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/db-errors";

const NOT_FOUND_MESSAGE = "We couldn't find that commitment.";
const CHECK_IN_NOT_FOUND = "We couldn't find that check-in.";
export const CHECK_IN_STALE =
  "This check-in changed in another window while you were saving. Here is the latest.";

type Viewer = { id: string; name: string; timeZone: string; weekStartsOn: number };
type Ctx = { db: Db; user: Viewer; couple: ActiveCouple };

/** Cadences are stored as JSON of the validated Cadence type; parsing again keeps them typed. */
const parseCadence = (json: string): TCadence => ZCadence.parse(JSON.parse(json));
const periodsOf = (rows: { from: string; cadence: string }[]): CadencePeriod[] =>
  rows.map((r) => ({ from: r.from, cadence: parseCadence(r.cadence) }));

const todayOf = (user: Viewer) => localDate(new Date(), user.timeZone);

/** Whose promise it is, from the viewer's point of view. */
function whoOf(ownerId: string | null, viewerId: string) {
  if (ownerId === null) return "both" as const;
  return ownerId === viewerId ? ("me" as const) : ("partner" as const);
}

/** The promiser checks in on their own commitment; on a shared one, each partner on their own. */
const participates = (ownerId: string | null, userId: string) => ownerId === null || ownerId === userId;

async function findInCouple(ctx: Ctx, id: string) {
  const commitment = await ctx.db.commitment.findFirst({
    where: { id, coupleId: ctx.couple.id },
    select: {
      id: true,
      ownerId: true,
      kind: true,
      archivedAt: true,
      cadences: { select: { from: true, cadence: true }, orderBy: { from: "asc" } },
    },
  });
  if (!commitment) throw new TRPCError({ code: "NOT_FOUND", message: NOT_FOUND_MESSAGE });
  return commitment;
}

/** Edit, archive: the promiser, or either partner for a shared commitment. */
function assertCanManage(ctx: Ctx, ownerId: string | null) {
  if (!participates(ownerId, ctx.user.id)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: `Only ${ctx.couple.partner.name} can change their own commitment.`,
    });
  }
}

async function assertBoundaryServes(ctx: Ctx, boundaryId: string | null | undefined) {
  if (!boundaryId) return;
  const boundary = await ctx.db.boundary.findFirst({
    where: { id: boundaryId, coupleId: ctx.couple.id },
    select: { status: true, activeNumber: true },
  });
  if (!boundary || boundary.activeNumber === null || isArchived(boundary.status as BoundaryStatus)) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "A commitment can only serve a boundary you both agreed to and that is still active.",
    });
  }
}

function assertDueDate(cadence: TCadence, today: string) {
  if (cadence.kind !== "once") return;
  if (cadence.due < today) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "That due date has passed. Pick today or a later day.",
    });
  }
  if (daysBetween(today, cadence.due) > 366 * 2) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Pick a due date within the next two years." });
  }
}

const CHECK_IN_SELECT = {
  id: true,
  userId: true,
  day: true,
  timeZone: true,
  outcome: true,
  note: true,
  noteShared: true,
  excused: true,
  excuseNote: true,
  rev: true,
  amendedAt: true,
  createdAt: true,
  updatedAt: true,
  revisions: {
    select: { outcome: true, note: true, noteShared: true, excused: true, excuseNote: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
  acks: { select: { userId: true, kind: true, note: true, updatedAt: true } },
} as const;

type CheckInRow = CheckInValues & {
  id: string;
  userId: string;
  day: string;
  timeZone: string;
  rev: number;
  amendedAt: Date | null;
  updatedAt: Date;
  revisions: (CheckInValues & { createdAt: Date })[];
  acks: { userId: string; kind: string; note: string | null; updatedAt: Date }[];
};

/** The one place check-ins are shaped for a viewer: private notes (also in revisions) stay with their author. */
function checkInFor(row: CheckInRow, viewerId: string, names: Map<string, string>) {
  const own = row.userId === viewerId;
  const values = visibleValues(
    {
      outcome: row.outcome,
      note: row.note,
      noteShared: row.noteShared,
      excused: row.excused,
      excuseNote: row.excuseNote,
    },
    row.userId,
    viewerId,
  );
  return {
    id: row.id,
    rev: row.rev,
    day: row.day,
    timeZone: row.timeZone,
    mine: own,
    authorName: own ? "You" : (names.get(row.userId) ?? "Your partner"),
    ...values,
    amendedAt: row.amendedAt,
    savedAt: row.updatedAt,
    revisions: row.revisions.map((r) => ({
      ...visibleValues(
        {
          outcome: r.outcome,
          note: r.note,
          // Un-sharing a note takes the earlier shared versions back from the partner too.
          noteShared: r.noteShared && row.noteShared,
          excused: r.excused,
          excuseNote: r.excuseNote,
        },
        row.userId,
        viewerId,
      ),
      savedAt: r.createdAt,
    })),
    acks: row.acks.map((a) => ({
      kind: a.kind as "noticed" | "differ",
      note: a.note,
      byMe: a.userId === viewerId,
      byName: a.userId === viewerId ? "You" : (names.get(a.userId) ?? "Your partner"),
      at: a.updatedAt,
    })),
  };
}

type SaveResult = { id: string; status: "created" | "unchanged" | "amended" };

/**
 * Saves the person's check-in for a day: creates it, or corrects it (keeping the earlier values as
 * a revision). Idempotent: the same values again change nothing. Concurrent submits meet the
 * unique (commitment, person, day) constraint or the `rev` guard and are retried as a correction.
 */
async function saveCheckIn(
  db: Db,
  coupleId: string,
  key: { commitmentId: string; userId: string; day: string },
  timeZone: string,
  values: CheckInValues,
): Promise<SaveResult> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const existing = await db.checkIn.findUnique({
      where: { commitmentId_userId_day: key },
      select: {
        id: true,
        rev: true,
        outcome: true,
        note: true,
        noteShared: true,
        excused: true,
        excuseNote: true,
        updatedAt: true,
      },
    });
    if (!existing) {
      try {
        const created = await dashboardWrite(() =>
          db.$transaction(async (tx) => {
            const row = await tx.checkIn.create({
              data: { ...key, timeZone, ...values },
              select: { id: true },
            });
            await refreshCheckInMonth(tx, key);
            await bumpCoupleVersion(tx, coupleId);
            return row;
          }),
        );
        return { id: created.id, status: "created" };
      } catch (error) {
        if (isUniqueViolation(error)) continue;
        throw error;
      }
    }
    if (sameValues(existing, values)) return { id: existing.id, status: "unchanged" };
    const now = new Date();
    const landed = await dashboardWrite(() =>
      db.$transaction(async (tx) => {
        const { count } = await tx.checkIn.updateMany({
          where: { id: existing.id, rev: existing.rev },
          data: { ...values, rev: { increment: 1 }, amendedAt: now, updatedAt: now },
        });
        if (count !== 1) return false;
        await tx.checkInRevision.create({
          data: {
            checkInId: existing.id,
            outcome: existing.outcome,
            note: existing.note,
            noteShared: existing.noteShared,
            excused: existing.excused,
            excuseNote: existing.excuseNote,
            createdAt: existing.updatedAt,
          },
        });
        await refreshCheckInMonth(tx, key);
        await bumpCoupleVersion(tx, coupleId);
        return true;
      }),
    );
    if (landed) return { id: existing.id, status: "amended" };
  }
  throw new TRPCError({ code: "CONFLICT", message: CHECK_IN_STALE });
}

export const commitmentRouter = createTRPCRouter({
  /** The couple's commitments: mine, my partner's and our shared ones. */
  list: coupleProcedure.input(ZList).query(async ({ ctx, input }) => {
    const today = todayOf(ctx.user);
    const rows = await ctx.db.commitment.findMany({
      where: { coupleId: ctx.couple.id, archivedAt: input.view === "archived" ? { not: null } : null },
      select: {
        id: true,
        ownerId: true,
        title: true,
        description: true,
        kind: true,
        boundaryId: true,
        archivedAt: true,
        createdAt: true,
        cadences: { select: { from: true, cadence: true }, orderBy: { from: "asc" } },
      },
      orderBy: { createdAt: "desc" },
      take: 500,
    });
    const boundaryTitles = await activeBoundaryTitles(ctx);
    return {
      partnerName: ctx.couple.partner.name,
      today,
      items: rows.map((row) => {
        const periods = periodsOf(row.cadences);
        const current = cadenceOn(periods, today) ?? periods[0]?.cadence ?? null;
        return {
          id: row.id,
          title: row.title,
          description: row.description,
          kind: row.kind,
          who: whoOf(row.ownerId, ctx.user.id),
          cadenceLabel: current ? describeCadence(current) : "",
          boundary: row.boundaryId
            ? { id: row.boundaryId, title: boundaryTitles.get(row.boundaryId) ?? null }
            : null,
          archivedAt: row.archivedAt,
        };
      }),
    };
  }),

  /** Boundaries a commitment can serve (the couple's active ones), for the form. */
  boundaryOptions: coupleProcedure.input(NO_INPUT).query(async ({ ctx }) => {
    const titles = await activeBoundaryTitles(ctx);
    return [...titles].map(([id, title]) => ({ id, title }));
  }),

  /** What is due for me on a day (today by default, or one of the 7 days before) in my time zone. */
  today: coupleProcedure.input(ZToday).query(async ({ ctx, input }) => {
    const today = todayOf(ctx.user);
    const day = input.day ?? today;
    const problem = checkInDateProblem(day, today);
    if (problem === "future") {
      throw new TRPCError({ code: "BAD_REQUEST", message: "That day hasn't happened yet where you are." });
    }
    if (problem === "locked") {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Only the last 7 days can be checked in or corrected.",
      });
    }
    const weekStart = weekStartOf(day, ctx.user.weekStartsOn);
    const weekEnd = addDays(weekStart, 6);
    const rows = await ctx.db.commitment.findMany({
      where: {
        coupleId: ctx.couple.id,
        archivedAt: null,
        OR: [{ ownerId: ctx.user.id }, { ownerId: null }],
      },
      select: {
        id: true,
        ownerId: true,
        title: true,
        description: true,
        kind: true,
        cadences: { select: { from: true, cadence: true }, orderBy: { from: "asc" } },
        pauses: { where: { userId: ctx.user.id }, select: { from: true, to: true } },
        checkIns: {
          // My check-ins this week (for "2 of 3 this week") and, for one-offs, whenever they were.
          where: {
            userId: ctx.user.id,
            OR: [{ day: { gte: weekStart, lte: weekEnd } }, { commitment: { kind: "once" } }],
          },
          select: CHECK_IN_SELECT,
        },
      },
      orderBy: { createdAt: "asc" },
      take: 500,
    });
    const names = new Map([[ctx.couple.partner.id, ctx.couple.partner.name]]);
    const items = rows.flatMap((row) => {
      const periods = periodsOf(row.cadences);
      const pauses: Pause[] = row.pauses;
      const mine = row.checkIns.find((c) => c.day === day) ?? null;
      const cadence = cadenceOn(periods, day);
      const doneElsewhere = row.kind === "once" && row.checkIns.some((c) => c.day !== day);
      const shown =
        mine !== null || (cadence !== null && !doneElsewhere && isOfferedOrOverdue(periods, pauses, day));
      if (!shown || !cadence) return [];
      const thisWeek = row.checkIns.filter((c) => c.day >= weekStart && c.day <= weekEnd);
      return [
        {
          id: row.id,
          title: row.title,
          description: row.description,
          kind: kindOf(cadence),
          shared: row.ownerId === null,
          cadenceLabel: describeCadence(cadence),
          outcomes: outcomesOn(cadence, day),
          week:
            cadence.kind === "timesPerWeek"
              ? {
                  done: thisWeek.reduce(
                    (n, c) => n + (c.outcome === "kept" ? 1 : c.outcome === "partly" ? 0.5 : 0),
                    0,
                  ),
                  target: weeklyTarget(periods, pauses, weekStart) ?? 0,
                }
              : null,
          checkIn: mine ? checkInFor(mine, ctx.user.id, names) : null,
        },
      ];
    });
    return {
      today,
      day,
      timeZone: ctx.user.timeZone,
      partnerName: ctx.couple.partner.name,
      days: Array.from({ length: BACKFILL_DAYS + 1 }, (_, i) => addDays(today, -i)),
      items,
    };
  }),

  /**
   * One commitment with its check-ins. In the active couple both partners see it (never each
   * other's private notes); after an unlink, each former partner keeps read access to their own
   * part: their own or shared commitments, their own check-ins only. Anyone else gets NOT_FOUND.
   */
  get: protectedProcedure.input(ZIdInput).query(async ({ ctx, input }) => {
    const row = await ctx.db.commitment.findFirst({
      where: { id: input.id, couple: { members: { some: { userId: ctx.user.id } } } },
      select: {
        id: true,
        ownerId: true,
        title: true,
        description: true,
        kind: true,
        boundaryId: true,
        archivedAt: true,
        createdAt: true,
        couple: {
          select: {
            id: true,
            endedAt: true,
            members: { select: { user: { select: { id: true, name: true } } } },
          },
        },
        cadences: { select: { from: true, cadence: true }, orderBy: { from: "asc" } },
        pauses: {
          where: { userId: ctx.user.id },
          select: { id: true, from: true, to: true },
          orderBy: { from: "desc" },
        },
      },
    });
    const linked = row?.couple.endedAt === null;
    if (!row || (!linked && !participates(row.ownerId, ctx.user.id))) {
      throw new TRPCError({ code: "NOT_FOUND", message: NOT_FOUND_MESSAGE });
    }
    const names = new Map(row.couple.members.map((m) => [m.user.id, m.user.name]));
    const partner = row.couple.members.find((m) => m.user.id !== ctx.user.id)?.user;
    const today = todayOf(ctx.user);
    const checkIns = await ctx.db.checkIn.findMany({
      where: { commitmentId: row.id, ...(linked ? {} : { userId: ctx.user.id }) },
      select: CHECK_IN_SELECT,
      orderBy: [{ day: "desc" }, { userId: "asc" }],
      take: 200,
    });
    const periods = periodsOf(row.cadences);
    const current = cadenceOn(periods, today) ?? periods[0]?.cadence ?? null;
    const active = linked && row.archivedAt === null;
    const boundaryTitle =
      row.boundaryId && linked
        ? (await activeBoundaryTitlesFor(ctx.db, row.couple.id)).get(row.boundaryId)
        : null;
    return {
      id: row.id,
      title: row.title,
      description: row.description,
      kind: row.kind,
      who: whoOf(row.ownerId, ctx.user.id),
      ownerName:
        row.ownerId === null
          ? "Both of you"
          : row.ownerId === ctx.user.id
            ? "You"
            : (names.get(row.ownerId) ?? "—"),
      partnerName: partner?.name ?? "Your partner",
      linked,
      archivedAt: row.archivedAt,
      createdAt: row.createdAt,
      today,
      cadence: current,
      cadenceLabel: current ? describeCadence(current) : "",
      cadences: periods.map((p) => ({
        from: p.from,
        label: describeCadence(p.cadence),
        future: p.from > today,
      })),
      boundary: row.boundaryId ? { id: row.boundaryId, title: boundaryTitle ?? null } : null,
      pauses: row.pauses,
      // Managing includes bringing an archived commitment back; editing and pausing need it current.
      canManage: linked && participates(row.ownerId, ctx.user.id),
      canCheckIn: active && participates(row.ownerId, ctx.user.id),
      canAcknowledge: active,
      checkIns: checkIns.map((c) => checkInFor(c, ctx.user.id, names)),
    };
  }),

  create: coupleProcedure.input(ZCreate).mutation(async ({ ctx, input }) => {
    const today = todayOf(ctx.user);
    // "From today" for a shared commitment means each partner's today: the earlier of the two dates.
    const partnerToday = localDate(new Date(), ctx.couple.partner.timeZone);
    const startsOn = input.startsOn ?? (input.who === "both" ? earlierDate(partnerToday, today) : today);
    if (daysBetween(startsOn, today) > BACKFILL_DAYS) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "A commitment can start at most 7 days ago." });
    }
    if (daysBetween(today, startsOn) > 366) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "Pick a start within the next year." });
    }
    assertDueDate(input.cadence, today);
    if (input.cadence.kind === "once" && input.cadence.due < startsOn) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "The due date can't be before the start." });
    }
    await assertBoundaryServes(ctx, input.boundaryId);
    const [created] = await dashboardWrite(() =>
      ctx.db.$transaction([
        ctx.db.commitment.create({
          data: {
            coupleId: ctx.couple.id,
            createdById: ctx.user.id,
            ownerId: input.who === "me" ? ctx.user.id : null,
            title: input.title,
            description: input.description ?? "",
            kind: kindOf(input.cadence),
            boundaryId: input.boundaryId ?? null,
            cadences: { create: { from: startsOn, cadence: JSON.stringify(input.cadence) } },
          },
          select: { id: true },
        }),
        bumpCoupleVersion(ctx.db, ctx.couple.id),
      ]),
    );
    return created;
  }),

  /**
   * Title, description, linked boundary and cadence. Once check-ins exist, a new cadence applies
   * from the start of the next week (the editor's week), so past weeks keep their targets.
   */
  edit: coupleProcedure.input(ZEdit).mutation(async ({ ctx, input }) => {
    const commitment = await findInCouple(ctx, input.id);
    assertCanManage(ctx, commitment.ownerId);
    if (commitment.archivedAt) {
      throw new TRPCError({
        code: "CONFLICT",
        message: "This commitment is archived. Bring it back to change it.",
      });
    }
    if (kindOf(input.cadence) !== commitment.kind) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "A commitment keeps its kind. To change it, archive this one and make a new one.",
      });
    }
    if (input.boundaryId !== undefined) await assertBoundaryServes(ctx, input.boundaryId);
    const today = todayOf(ctx.user);
    const periods = periodsOf(commitment.cadences);
    const latest = periods.at(-1);
    const cadenceChanged = JSON.stringify(latest?.cadence) !== JSON.stringify(input.cadence);
    let cadenceFrom: string | null = null;
    const writes: Prisma.PrismaPromise<unknown>[] = [];
    if (cadenceChanged) {
      const hasCheckIns = (await ctx.db.checkIn.count({ where: { commitmentId: commitment.id } })) > 0;
      if (input.cadence.kind === "once") {
        if (hasCheckIns) {
          throw new TRPCError({
            code: "CONFLICT",
            message: "This one-off already has a check-in, so its due date stays as it is.",
          });
        }
        assertDueDate(input.cadence, today);
      }
      cadenceFrom = cadenceChangeFrom({
        today,
        weekStartsOn: ctx.user.weekStartsOn,
        hasCheckIns,
        firstFrom: periods[0]?.from ?? today,
      });
      const from = cadenceFrom;
      writes.push(
        ctx.db.commitmentCadence.deleteMany({ where: { commitmentId: commitment.id, from: { gte: from } } }),
        ctx.db.commitmentCadence.create({
          data: { commitmentId: commitment.id, from, cadence: JSON.stringify(input.cadence) },
        }),
      );
    }
    await dashboardWrite(() =>
      ctx.db.$transaction([
        ...writes,
        ctx.db.commitment.update({
          where: { id: commitment.id },
          data: {
            title: input.title,
            description: input.description ?? "",
            ...(input.boundaryId !== undefined ? { boundaryId: input.boundaryId } : {}),
          },
        }),
        bumpCoupleVersion(ctx.db, ctx.couple.id),
      ]),
    );
    return { id: commitment.id, cadenceFrom };
  }),

  /** Archive (history kept) or bring back. */
  archive: coupleProcedure.input(ZArchive).mutation(async ({ ctx, input }) => {
    const commitment = await findInCouple(ctx, input.id);
    assertCanManage(ctx, commitment.ownerId);
    await dashboardWrite(() =>
      ctx.db.$transaction([
        ctx.db.commitment.update({
          where: { id: commitment.id },
          data: { archivedAt: input.archived ? (commitment.archivedAt ?? new Date()) : null },
        }),
        bumpCoupleVersion(ctx.db, ctx.couple.id),
      ]),
    );
    return { id: commitment.id, archived: input.archived };
  }),

  /** Pause my part of a commitment for a range of my local days (up to 7 days back). */
  pause: coupleProcedure.input(ZPause).mutation(async ({ ctx, input }) => {
    const commitment = await findInCouple(ctx, input.commitmentId);
    assertCanManage(ctx, commitment.ownerId);
    const today = todayOf(ctx.user);
    if (daysBetween(input.from, today) > BACKFILL_DAYS) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "A pause can start at most 7 days ago." });
    }
    if (daysBetween(input.from, input.to) + 1 > PAUSE_MAX_DAYS) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "A pause can last a year at most." });
    }
    const overlapping = await ctx.db.commitmentPause.findFirst({
      where: {
        commitmentId: commitment.id,
        userId: ctx.user.id,
        from: { lte: input.to },
        to: { gte: input.from },
      },
      select: { id: true },
    });
    if (overlapping) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Some of these days are already paused. Remove that pause first, or pick other days.",
      });
    }
    const [pause] = await dashboardWrite(() =>
      ctx.db.$transaction([
        ctx.db.commitmentPause.create({
          data: { commitmentId: commitment.id, userId: ctx.user.id, from: input.from, to: input.to },
          select: { id: true, from: true, to: true },
        }),
        bumpCoupleVersion(ctx.db, ctx.couple.id),
      ]),
    );
    return pause;
  }),

  unpause: coupleProcedure.input(ZIdInput).mutation(async ({ ctx, input }) => {
    const [{ count }] = await dashboardWrite(() =>
      ctx.db.$transaction([
        ctx.db.commitmentPause.deleteMany({
          where: { id: input.id, userId: ctx.user.id, commitment: { coupleId: ctx.couple.id } },
        }),
        bumpCoupleVersion(ctx.db, ctx.couple.id),
      ]),
    );
    if (count !== 1) throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that pause." });
    return { id: input.id };
  }),

  /** Kept / partly / missed / didn't come up for one of my local days; corrections are kept as history. */
  checkIn: coupleProcedure.input(ZCheckIn).mutation(async ({ ctx, input }) => {
    const commitment = await findInCouple(ctx, input.commitmentId);
    if (!participates(commitment.ownerId, ctx.user.id)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `This is ${ctx.couple.partner.name}'s commitment; only they can check in on it.`,
      });
    }
    if (commitment.archivedAt) {
      throw new TRPCError({
        code: "CONFLICT",
        message: "This commitment is archived. Bring it back to check in.",
      });
    }
    const [pauses, onceCheckIn] = await Promise.all([
      ctx.db.commitmentPause.findMany({
        where: { commitmentId: commitment.id, userId: ctx.user.id },
        select: { from: true, to: true },
      }),
      commitment.kind === "once"
        ? ctx.db.checkIn.findFirst({
            where: { commitmentId: commitment.id, userId: ctx.user.id },
            select: { day: true },
          })
        : null,
    ]);
    const problem = checkInProblem({
      periods: periodsOf(commitment.cadences),
      pauses,
      day: input.day,
      today: todayOf(ctx.user),
      outcome: input.outcome,
      onceCheckedOn: onceCheckIn?.day ?? null,
    });
    if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: problem });
    const saved = await saveCheckIn(
      ctx.db,
      ctx.couple.id,
      { commitmentId: commitment.id, userId: ctx.user.id, day: input.day },
      ctx.user.timeZone,
      {
        outcome: input.outcome,
        note: input.note ?? null,
        noteShared: input.noteShared,
        excused: input.excused,
        excuseNote: input.excuseNote ?? null,
      },
    );
    return { ...saved, day: input.day };
  }),

  /** The partner's response to a check-in: "I noticed" or "I see it differently" with a note. */
  acknowledge: coupleProcedure.input(ZAck).mutation(async ({ ctx, input }) => {
    const checkIn = await findPartnerCheckIn(ctx, input.checkInId);
    const data = { kind: input.kind, note: input.note ?? null };
    await ctx.db.checkInAck.upsert({
      where: { checkInId_userId: { checkInId: checkIn.id, userId: ctx.user.id } },
      create: { checkInId: checkIn.id, userId: ctx.user.id, ...data },
      update: data,
    });
    return { checkInId: checkIn.id, ...data };
  }),

  /** Undo an acknowledgement. */
  unacknowledge: coupleProcedure.input(ZIdInput).mutation(async ({ ctx, input }) => {
    const checkIn = await findPartnerCheckIn(ctx, input.id);
    await ctx.db.checkInAck.deleteMany({ where: { checkInId: checkIn.id, userId: ctx.user.id } });
    return { checkInId: checkIn.id };
  }),
});

/** Offered on the day, or a one-off's due date inside the window (to record it as missed). */
function isOfferedOrOverdue(periods: CadencePeriod[], pauses: Pause[], day: string) {
  const cadence = cadenceOn(periods, day);
  if (cadence?.kind === "once") return cadence.due === day || isOffered(periods, pauses, day);
  return isOffered(periods, pauses, day);
}

async function findPartnerCheckIn(ctx: Ctx, checkInId: string) {
  const checkIn = await ctx.db.checkIn.findFirst({
    where: { id: checkInId, commitment: { coupleId: ctx.couple.id } },
    select: { id: true, userId: true },
  });
  if (!checkIn) throw new TRPCError({ code: "NOT_FOUND", message: CHECK_IN_NOT_FOUND });
  if (checkIn.userId === ctx.user.id) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Acknowledgements are for your partner's check-ins.",
    });
  }
  return checkIn;
}

function activeBoundaryTitles(ctx: Ctx) {
  return activeBoundaryTitlesFor(ctx.db, ctx.couple.id);
}

/** The couple's boundaries that have an agreed version and aren't retired: id → agreed title. */
async function activeBoundaryTitlesFor(db: Db, coupleId: string) {
  const rows = await db.boundary.findMany({
    where: { coupleId, activeNumber: { not: null }, status: { in: ["active", "revising", "retiring"] } },
    select: { id: true, activeNumber: true, versions: { select: { number: true, title: true } } },
    take: 500,
  });
  return new Map(rows.map((b) => [b.id, b.versions.find((v) => v.number === b.activeNumber)?.title ?? ""]));
}
