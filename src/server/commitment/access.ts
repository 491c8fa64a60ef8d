// Who may do what with a commitment, and the lookups every commitment procedure starts from.
import { TRPCError } from "@trpc/server";
import { describeCadence } from "@/domain/commitment/commitment";
import { type CadencePeriod, cadenceOn, localDate } from "@/domain/commitment/schedule";
import { type TCadence, ZCadence } from "@/domain/commitment/schemas";
import type { ActiveCouple } from "@/server/couple";
import type { Db } from "@/server/db";

export const COMMITMENT_NOT_FOUND = "We couldn't find that commitment.";
const CHECK_IN_NOT_FOUND = "We couldn't find that check-in.";

export type Viewer = { id: string; name: string; timeZone: string; weekStartsOn: number };
/** What a couple procedure's context holds (`coupleProcedure`). */
export type CoupleCtx = { db: Db; user: Viewer; couple: ActiveCouple };

/** Cadences are stored as JSON of the validated Cadence type; parsing again keeps them typed. */
const parseCadence = (json: string): TCadence => ZCadence.parse(JSON.parse(json));
export const periodsOf = (rows: { from: string; cadence: string }[]): CadencePeriod[] =>
  rows.map((r) => ({ from: r.from, cadence: parseCadence(r.cadence) }));

/** What every view of a commitment shows, with its cadence periods in order. */
export const COMMITMENT_SELECT = {
  id: true,
  ownerId: true,
  title: true,
  description: true,
  kind: true,
  cadences: { select: { from: true, cadence: true }, orderBy: { from: "asc" } },
} as const;

export const todayOf = (user: Pick<Viewer, "timeZone">) => localDate(new Date(), user.timeZone);

/** Whose promise it is, from the viewer's point of view. */
function whoOf(ownerId: string | null, viewerId: string) {
  if (ownerId === null) return "both" as const;
  return ownerId === viewerId ? ("me" as const) : ("partner" as const);
}

type CommitmentRow = {
  id: string;
  ownerId: string | null;
  title: string;
  description: string;
  kind: string;
  cadences: { from: string; cadence: string }[];
};

/** What the list and the detail both show of a commitment (`COMMITMENT_SELECT`), from the viewer's side. */
export function summaryOf(row: CommitmentRow, viewerId: string, today: string) {
  const periods = periodsOf(row.cadences);
  const cadence = cadenceOn(periods, today) ?? periods[0]?.cadence ?? null;
  return {
    periods,
    cadence,
    summary: {
      id: row.id,
      title: row.title,
      description: row.description,
      kind: row.kind,
      who: whoOf(row.ownerId, viewerId),
      cadenceLabel: cadence ? describeCadence(cadence) : "",
    },
  };
}

/** The promiser checks in on their own commitment; on a shared one, each partner on their own. */
export const participates = (ownerId: string | null, userId: string) =>
  ownerId === null || ownerId === userId;

/** A commitment of the caller's active couple, with its cadences; NOT_FOUND otherwise. */
export async function findInCouple(ctx: CoupleCtx, id: string) {
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
  if (!commitment) throw new TRPCError({ code: "NOT_FOUND", message: COMMITMENT_NOT_FOUND });
  return commitment;
}

/** Edit, archive, pause: the promiser, or either partner for a shared commitment. */
export function assertCanManage(ctx: CoupleCtx, ownerId: string | null) {
  if (!participates(ownerId, ctx.user.id)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: `Only ${ctx.couple.partner.name} can change their own commitment.`,
    });
  }
}

/** A check-in of the partner's in the active couple: the only kind a person can respond to. */
export async function findPartnerCheckIn(ctx: CoupleCtx, checkInId: string) {
  const checkIn = await ctx.db.checkIn.findFirst({
    where: { id: checkInId, commitment: { coupleId: ctx.couple.id } },
    select: { id: true, userId: true, commitmentId: true },
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
