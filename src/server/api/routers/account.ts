import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { ZDeleteAccount } from "@/domain/account/export";
import { createTRPCRouter, NO_INPUT, protectedProcedure, rateLimit } from "@/server/api/trpc";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { bumpCoupleVersion, dashboardWrite, endCouple, findActiveCouple } from "@/server/couple";

/** The fields of one answer, as a check-in and each of its earlier versions hold them. */
const ANSWER = { outcome: true, note: true, noteShared: true, excused: true, excuseNote: true } as const;

/** What a deleted account is called in the former partner's archive. */
export const DELETED_NAME = "Former partner";

export const accountRouter = createTRPCRouter({
  /**
   * Everything that is the caller's own: their profile, their couples (partner's name and dates),
   * the boundaries agreed in them, the commitments they make (their own and shared ones), their
   * own check-ins with all their notes and earlier versions, the responses they gave and got.
   * Never the partner's check-ins, notes or pauses.
   */
  export: protectedProcedure.input(NO_INPUT).query(async ({ ctx }) => {
    const me = ctx.user.id;
    const you = (id: string | null) => (id === null ? null : id === me ? "you" : "partner");
    const user = await ctx.db.user.findUniqueOrThrow({
      where: { id: me },
      select: {
        name: true,
        email: true,
        timeZone: true,
        weekStartsOn: true,
        showStreaks: true,
        createdAt: true,
      },
    });
    const memberships = await ctx.db.coupleMember.findMany({
      where: { userId: me },
      select: {
        joinedAt: true,
        couple: {
          select: {
            id: true,
            createdAt: true,
            endedAt: true,
            members: { where: { userId: { not: me } }, select: { user: { select: { name: true } } } },
          },
        },
      },
      orderBy: { joinedAt: "asc" },
    });
    const coupleIds = memberships.map((m) => m.couple.id);
    const boundaries = await ctx.db.boundary.findMany({
      where: { coupleId: { in: coupleIds } },
      select: {
        coupleId: true,
        status: true,
        createdAt: true,
        versions: {
          select: {
            number: true,
            title: true,
            description: true,
            category: true,
            ownerId: true,
            proposedById: true,
            note: true,
            createdAt: true,
            agreedAt: true,
          },
          orderBy: { number: "asc" },
        },
        events: {
          select: { kind: true, actorId: true, versionNumber: true, note: true, createdAt: true },
          orderBy: { createdAt: "asc" },
        },
        respects: {
          where: { userId: me },
          select: { weekStart: true, respected: true, note: true },
          orderBy: { weekStart: "asc" },
        },
      },
      orderBy: { createdAt: "asc" },
    });
    const commitments = await ctx.db.commitment.findMany({
      where: { coupleId: { in: coupleIds }, OR: [{ ownerId: me }, { ownerId: null }] },
      select: {
        id: true,
        coupleId: true,
        title: true,
        description: true,
        kind: true,
        ownerId: true,
        createdAt: true,
        archivedAt: true,
        cadences: { select: { from: true, cadence: true }, orderBy: { from: "asc" } },
        pauses: { where: { userId: me }, select: { from: true, to: true } },
      },
      orderBy: { createdAt: "asc" },
    });
    const checkIns = await ctx.db.checkIn.findMany({
      where: { userId: me },
      select: {
        commitmentId: true,
        day: true,
        timeZone: true,
        ...ANSWER,
        createdAt: true,
        amendedAt: true,
        revisions: {
          select: { ...ANSWER, createdAt: true },
          orderBy: { createdAt: "asc" },
        },
        acks: { select: { kind: true, note: true, updatedAt: true } },
      },
      orderBy: [{ day: "asc" }],
    });
    const given = await ctx.db.checkInAck.findMany({
      where: { userId: me },
      select: {
        kind: true,
        note: true,
        updatedAt: true,
        checkIn: { select: { day: true, commitment: { select: { title: true } } } },
      },
    });
    const titles = new Map(commitments.map((c) => [c.id, c.title]));
    return {
      exportedAt: new Date(),
      profile: user,
      couples: memberships.map((m) => ({
        id: m.couple.id,
        partnerName: m.couple.members[0]?.user.name ?? null,
        linkedAt: m.joinedAt,
        endedAt: m.couple.endedAt,
        boundaries: boundaries
          .filter((b) => b.coupleId === m.couple.id)
          .map((b) => ({
            status: b.status,
            createdAt: b.createdAt,
            versions: b.versions.map(({ ownerId, proposedById, ...v }) => ({
              ...v,
              owner: ownerId === null ? "ours" : you(ownerId),
              proposedBy: you(proposedById),
            })),
            history: b.events.map(({ actorId, ...e }) => ({ ...e, by: you(actorId) })),
            myRespectCheckIns: b.respects,
          })),
      })),
      commitments: commitments.map(({ ownerId, cadences, ...c }) => ({
        ...c,
        who: ownerId === null ? "both of us" : "me",
        cadences: cadences.map((x) => ({ from: x.from, cadence: JSON.parse(x.cadence) as unknown })),
      })),
      checkIns: checkIns.map(({ commitmentId, revisions, acks, ...c }) => ({
        ...c,
        commitment: titles.get(commitmentId) ?? null,
        earlierVersions: revisions,
        responsesFromPartner: acks,
      })),
      responsesGiven: given.map((a) => ({
        kind: a.kind,
        note: a.note,
        at: a.updatedAt,
        to: { day: a.checkIn.day, commitment: a.checkIn.commitment.title },
      })),
    };
  }),

  /**
   * Deletes the caller's account after checking their password: ends their couple (the partner
   * gets the usual neutral notice), removes everything that is theirs alone (check-ins, notes,
   * responses, pauses, their own commitments, invitations, notices), ends every session, and
   * leaves the former partner's data as it was: shared commitments with the partner's check-ins,
   * and what the two agreed, in the partner's archive. The row stays, without name, email or a
   * usable password, so that archive still has someone to point at.
   */
  delete: protectedProcedure
    .input(ZDeleteAccount)
    .use(
      rateLimit((ctx) => [
        ["passwordAccount", ctx.claims?.userId ?? ""],
        ["passwordIp", ctx.ip],
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      const me = ctx.user.id;
      const { passwordHash } = await ctx.db.user.findUniqueOrThrow({
        where: { id: me },
        select: { passwordHash: true },
      });
      if (!(await verifyPassword(passwordHash, input.password))) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "That password isn't right, so nothing was deleted.",
        });
      }
      const couple = await findActiveCouple(ctx.db, me);
      const unusable = await hashPassword(randomBytes(32).toString("base64url"));
      const now = new Date();
      const db = ctx.db;
      await dashboardWrite(() =>
        db.$transaction([
          ...(couple ? endCouple(db, couple, me, now) : []),
          db.checkInAck.deleteMany({ where: { OR: [{ userId: me }, { checkIn: { userId: me } }] } }),
          db.checkInRevision.deleteMany({ where: { checkIn: { userId: me } } }),
          db.checkIn.deleteMany({ where: { userId: me } }),
          db.commitmentPause.deleteMany({ where: { userId: me } }),
          db.commitmentCadence.deleteMany({ where: { commitment: { ownerId: me } } }),
          db.commitment.deleteMany({ where: { ownerId: me } }),
          db.boundaryRespect.deleteMany({ where: { userId: me } }),
          db.notice.deleteMany({ where: { userId: me } }),
          db.invite.updateMany({
            where: { inviterId: me, revokedAt: null, acceptedAt: null, declinedAt: null },
            data: { revokedAt: now },
          }),
          db.user.update({
            where: { id: me },
            data: {
              name: DELETED_NAME,
              email: `deleted-${me}@deleted.invalid`,
              passwordHash: unusable,
              sessionVersion: { increment: 1 },
            },
          }),
          ...(couple ? [bumpCoupleVersion(db, couple.id)] : []),
        ]),
      );
      return { ok: true as const };
    }),
});
