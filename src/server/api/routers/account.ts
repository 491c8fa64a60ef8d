import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { ZDeleteAccount } from "@/domain/account/export";
import { localDate } from "@/domain/commitment/schedule";
import { deleteRepairData, repairExport } from "@/server/amends/personal-data";
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
    // What the partner did (or both did together) is dated by its day, never its time: "days, not
    // minutes" (docs/security.md). Only the caller's own check-ins keep their times.
    const day = (at: Date) => localDate(at, ctx.user.timeZone);
    const user = await ctx.db.user.findUniqueOrThrow({
      where: { id: me },
      select: {
        name: true,
        email: true,
        timeZone: true,
        weekStartsOn: true,
        showStreaks: true,
        theme: true,
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
        reviewOn: true,
        reviews: {
          where: { userId: me },
          select: { reviewOn: true, answer: true, answeredOn: true },
          orderBy: { reviewOn: "asc" },
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
    const repair = await repairExport(ctx.db, me, ctx.user.timeZone, coupleIds);
    return {
      exportedAt: new Date(),
      profile: user,
      couples: memberships.map((m) => ({
        id: m.couple.id,
        partnerName: m.couple.members[0]?.user.name ?? null,
        linkedOn: day(m.joinedAt),
        endedOn: m.couple.endedAt ? day(m.couple.endedAt) : null,
        boundaries: boundaries
          .filter((b) => b.coupleId === m.couple.id)
          .map((b) => ({
            status: b.status,
            createdOn: day(b.createdAt),
            versions: b.versions.map(({ ownerId, proposedById, createdAt, agreedAt, ...v }) => ({
              ...v,
              createdOn: day(createdAt),
              agreedOn: agreedAt ? day(agreedAt) : null,
              owner: ownerId === null ? "ours" : you(ownerId),
              proposedBy: you(proposedById),
            })),
            history: b.events.map(({ actorId, createdAt, ...e }) => ({
              ...e,
              on: day(createdAt),
              by: you(actorId),
            })),
            myRespectCheckIns: b.respects,
            reviewOn: b.reviewOn,
            myReviewAnswers: b.reviews,
          })),
      })),
      commitments: commitments.map(({ ownerId, cadences, createdAt, archivedAt, ...c }) => ({
        ...c,
        createdOn: day(createdAt),
        archivedOn: archivedAt ? day(archivedAt) : null,
        who: ownerId === null ? "both of us" : "me",
        cadences: cadences.map((x) => ({ from: x.from, cadence: JSON.parse(x.cadence) as unknown })),
      })),
      checkIns: checkIns.map(({ commitmentId, revisions, acks, ...c }) => ({
        ...c,
        commitment: titles.get(commitmentId) ?? null,
        earlierVersions: revisions,
        responsesFromPartner: acks.map(({ updatedAt, ...a }) => ({ ...a, on: day(updatedAt) })),
      })),
      responsesGiven: given.map((a) => ({
        kind: a.kind,
        note: a.note,
        on: day(a.updatedAt),
        to: { day: a.checkIn.day, commitment: a.checkIn.commitment.title },
      })),
      ...repair,
    };
  }),

  /**
   * Deletes the caller's account after checking their password: ends their couple (the partner
   * gets the usual neutral notification), removes everything that is theirs alone (check-ins with their
   * history and the responses on them, notes, pauses, their own commitments, proposals the partner
   * never agreed to, invitations, notifications), ends every session, and leaves the former partner's
   * own data: shared commitments with the partner's check-ins, the partner's own proposals, and
   * what the two agreed, in the partner's archive. The row stays, without name, email or a
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
      const unusable = await hashPassword(randomBytes(32).toString("base64url"));
      const now = new Date();
      await dashboardWrite(() =>
        ctx.db.$transaction(async (tx) => {
          // First close every open invitation, then read the couple: an acceptance racing this
          // either claimed its invitation before (its couple is seen here and ended) or finds it
          // revoked.
          await tx.invite.updateMany({
            where: { inviterId: me, revokedAt: null, acceptedAt: null, declinedAt: null },
            data: { revokedAt: now },
          });
          const couple = await findActiveCouple(tx, me);
          if (couple) await endCouple(tx, couple, ctx.user, now);
          // Former partners' archives no longer show this person's name, from any couple.
          await tx.coupleMember.updateMany({
            where: { userId: me, nameAtEnd: { not: null } },
            data: { nameAtEnd: DELETED_NAME },
          });
          // Proposals the partner never agreed to, and the notes this person wrote, go too.
          const unagreed = await tx.boundary.findMany({
            where: { activeNumber: null, versions: { some: { number: 1, proposedById: me } } },
            select: { id: true },
          });
          const unagreedIds = unagreed.map((b) => b.id);
          await tx.boundaryEvent.deleteMany({ where: { boundaryId: { in: unagreedIds } } });
          await tx.boundaryRespect.deleteMany({
            where: { OR: [{ boundaryId: { in: unagreedIds } }, { userId: me }] },
          });
          await tx.boundaryReview.deleteMany({ where: { userId: me } });
          await tx.boundaryVersion.deleteMany({ where: { boundaryId: { in: unagreedIds } } });
          await tx.boundary.deleteMany({ where: { id: { in: unagreedIds } } });
          await tx.boundaryVersion.updateMany({ where: { proposedById: me }, data: { note: null } });
          await tx.boundaryEvent.updateMany({ where: { actorId: me }, data: { note: null } });
          // Check-ins with their history and the responses on them, pauses, own commitments.
          await tx.checkInAck.deleteMany({ where: { OR: [{ userId: me }, { checkIn: { userId: me } }] } });
          await tx.checkInRevision.deleteMany({ where: { checkIn: { userId: me } } });
          await tx.checkIn.deleteMany({ where: { userId: me } });
          await tx.checkInMonth.deleteMany({ where: { userId: me } });
          await tx.commitmentPause.deleteMany({ where: { userId: me } });
          await tx.sharingBreak.deleteMany({ where: { userId: me } });
          await tx.commitmentCadence.deleteMany({ where: { commitment: { ownerId: me } } });
          await tx.commitment.deleteMany({ where: { ownerId: me } });
          await tx.notification.deleteMany({ where: { userId: me } });
          await deleteRepairData(tx, me);
          // Every token it ever had ends: reset links go, confirmation and unsubscribe links check
          // deletedAt, invitations were revoked above; queued and sent mails to it, and the
          // invitations it sent, go too. The placeholder address is random, not made of the id
          // that every confirmation and unsubscribe link holds.
          await tx.passwordReset.deleteMany({ where: { userId: me } });
          const invites = await tx.invite.findMany({ where: { inviterId: me }, select: { id: true } });
          await tx.mailOutbox.deleteMany({
            where: {
              OR: [
                { userId: me },
                { to: ctx.user.email },
                ...invites.map((i) => ({ key: { startsWith: `invite|invite:${i.id}|` } })),
              ],
            },
          });
          await tx.user.update({
            where: { id: me },
            data: {
              name: DELETED_NAME,
              email: `deleted-${randomBytes(16).toString("hex")}@deleted.invalid`,
              emailVerifiedAt: null,
              passwordHash: unusable,
              deletedAt: now,
            },
          });
          await tx.session.deleteMany({ where: { userId: me } });
          if (couple) await bumpCoupleVersion(tx, couple.id);
        }),
      );
      return { ok: true as const };
    }),
});
