import { TRPCError } from "@trpc/server";
import {
  hashInviteCode,
  hashInviteToken,
  INVITE_STATUS_MESSAGES,
  inviteProblem,
  inviteStatus,
  isInviteToken,
  normalizeInviteCode,
  OWN_INVITE_MESSAGE,
} from "@/domain/invite/invite";
import { type TInviteRef, ZInviteByEmailInput, ZInviteRef } from "@/domain/invite/schemas";
import { inviteMail } from "@/domain/mail/templates";
import {
  createTRPCRouter,
  NO_INPUT,
  protectedProcedure,
  rateLimit,
  type TRPCContext,
} from "@/server/api/trpc";
import { consume } from "@/server/auth/rate-limit";
import { isUniqueViolation } from "@/server/db-errors";
import { openInvitesOf, replaceInvite } from "@/server/invite/create";
import { recordLiveEvent } from "@/server/live/bus";
import { queueMail } from "@/server/mail/outbox";
import { mailEnabled } from "@/server/mail/transport";
import { notify } from "@/server/notification/write";
import { serverSecret } from "@/server/secrets";

const ALREADY_LINKED = "You're already linked with a partner. Unlink first to link with someone else.";

/**
 * Finds the invitation a token or code names. Codes are short, so every code lookup counts
 * against per-person and per-IP limits; links carry 256 random bits and need none.
 */
async function findInvite(ctx: TRPCContext & { user: { id: string } }, ref: TInviteRef) {
  if ("token" in ref) {
    const invite = isInviteToken(ref.token)
      ? await ctx.db.invite.findUnique({
          where: { tokenHash: hashInviteToken(ref.token) },
          include: { inviter: { select: { name: true } } },
        })
      : null;
    if (!invite) {
      throw new TRPCError({
        code: "NOT_FOUND",
        message: "This invitation link isn't valid. Check that you copied all of it.",
      });
    }
    return invite;
  }
  const limit = await consume(ctx.db, [
    ["inviteCodeUser", ctx.user.id],
    ["inviteCodeIp", ctx.ip],
  ]);
  if (!limit.ok) {
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: "Too many codes tried. Please wait a few minutes, or ask your partner for the link instead.",
    });
  }
  const code = normalizeInviteCode(ref.code);
  if (!code) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Codes are 8 characters, like ABCD-EFGH (letters without I, L or O, and digits 2–9).",
    });
  }
  const invite = await ctx.db.invite.findUnique({
    where: { codeHash: hashInviteCode(code, serverSecret()) },
    include: { inviter: { select: { name: true } } },
  });
  if (!invite) {
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "That code doesn't match an invitation. Check it with your partner.",
    });
  }
  return invite;
}

type FoundInvite = Awaited<ReturnType<typeof findInvite>>;

function assertAnswerable(invite: FoundInvite, userId: string, now: Date) {
  const status = inviteStatus(invite, now);
  if (status !== "open") throw new TRPCError({ code: "CONFLICT", message: INVITE_STATUS_MESSAGES[status] });
  if (invite.inviterId === userId) throw new TRPCError({ code: "BAD_REQUEST", message: OWN_INVITE_MESSAGE });
}

export const inviteRouter = createTRPCRouter({
  /** The caller's most recent invitation (its secrets are never stored, so never returned). */
  current: protectedProcedure.input(NO_INPUT).query(async ({ ctx }) => {
    const invite = await ctx.db.invite.findFirst({
      where: { inviterId: ctx.user.id },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true, expiresAt: true, revokedAt: true, declinedAt: true, acceptedAt: true },
    });
    if (!invite) return null;
    return {
      createdAt: invite.createdAt,
      expiresAt: invite.expiresAt,
      status: inviteStatus(invite, new Date()),
    };
  }),

  /** A new link and code; any earlier open invitation of the caller is withdrawn. */
  create: protectedProcedure
    .input(NO_INPUT)
    .use(rateLimit((ctx) => [["inviteCreateUser", ctx.claims?.userId ?? ""]]))
    .mutation(async ({ ctx }) => {
      if (ctx.activeCouple) {
        throw new TRPCError({ code: "CONFLICT", message: ALREADY_LINKED });
      }
      return replaceInvite(ctx.db, ctx.user.id, new Date());
    }),

  /**
   * The same, and the link mailed to the address given (beside link and code), in one transaction.
   * The mail names the inviter and nothing else of theirs.
   */
  sendByEmail: protectedProcedure
    .input(ZInviteByEmailInput)
    .use(
      rateLimit((ctx) => [
        ["inviteCreateUser", ctx.claims?.userId ?? ""],
        ["inviteEmailUser", ctx.claims?.userId ?? ""],
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      if (ctx.activeCouple) throw new TRPCError({ code: "CONFLICT", message: ALREADY_LINKED });
      if (!mailEnabled())
        throw new TRPCError({ code: "BAD_REQUEST", message: "Mail is off on this Kept server." });
      // The mail carries the inviter's own name: only from an address its owner confirmed, so an
      // account made for it can't send any text it likes to any address.
      const { emailVerifiedAt } = await ctx.db.user.findUniqueOrThrow({
        where: { id: ctx.user.id },
        select: { emailVerifiedAt: true },
      });
      if (!emailVerifiedAt) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Confirm your own email address first (Settings → Email), then send the invitation.",
        });
      }
      if (input.email === ctx.user.email) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "That's your own address. Enter your partner's.",
        });
      }
      const now = new Date();
      return ctx.db.$transaction(async (tx) => {
        const invite = await replaceInvite(tx, ctx.user.id, now);
        await queueMail(tx, {
          cause: `invite:${invite.id}`,
          to: input.email,
          kind: "invite",
          userId: null,
          mail: inviteMail({ inviterName: ctx.user.name, url: invite.url, code: invite.code }),
        });
        return { url: invite.url, code: invite.code, expiresAt: invite.expiresAt };
      });
    }),

  revoke: protectedProcedure.input(NO_INPUT).mutation(async ({ ctx }) => {
    const now = new Date();
    const { count } = await ctx.db.invite.updateMany({
      where: openInvitesOf(ctx.user.id, now),
      data: { revokedAt: now },
    });
    return { revoked: count };
  }),

  /** Who invited the caller, before they answer. Expected outcomes come back as a status. */
  preview: protectedProcedure.input(ZInviteRef).query(async ({ ctx, input }) => {
    const invite = await findInvite(ctx, input);
    const now = new Date();
    const status = inviteStatus(invite, now);
    const isOwn = invite.inviterId === ctx.user.id;
    return {
      inviterName: invite.inviter.name,
      status,
      isOwn,
      message: inviteProblem(status, isOwn),
      alreadyLinked: ctx.activeCouple !== null,
    };
  }),

  accept: protectedProcedure.input(ZInviteRef).mutation(async ({ ctx, input }) => {
    const invite = await findInvite(ctx, input);
    const now = new Date();
    assertAnswerable(invite, ctx.user.id, now);
    if (ctx.activeCouple) {
      throw new TRPCError({ code: "CONFLICT", message: ALREADY_LINKED });
    }
    try {
      const couple = await ctx.db.$transaction(async (tx) => {
        // The claim: only one transaction can move this invitation from open to accepted.
        const claimed = await tx.invite.updateMany({
          where: {
            id: invite.id,
            acceptedAt: null,
            revokedAt: null,
            declinedAt: null,
            expiresAt: { gt: now },
          },
          data: { acceptedAt: now, respondedById: ctx.user.id },
        });
        if (claimed.count !== 1)
          throw new TRPCError({ code: "CONFLICT", message: INVITE_STATUS_MESSAGES.accepted });
        // Unique constraints (Couple.inviteId, CoupleMember.activeUserId) back the claim up: one
        // couple per invitation, one active couple per person.
        const created = await tx.couple.create({
          data: {
            inviteId: invite.id,
            createdAt: now,
            members: {
              create: [
                { userId: invite.inviterId, activeUserId: invite.inviterId, joinedAt: now },
                { userId: ctx.user.id, activeUserId: ctx.user.id, joinedAt: now },
              ],
            },
          },
          select: { id: true, createdAt: true },
        });
        await tx.invite.updateMany({ where: openInvitesOf(ctx.user.id, now), data: { revokedAt: now } });
        await notify(tx, {
          userId: invite.inviterId,
          actorId: ctx.user.id,
          kind: "invite-accepted",
          object: { type: "couple", id: created.id },
          coupleId: created.id,
          createdAt: now,
        });
        // The accepter's other open pages follow the new couple too.
        await recordLiveEvent(tx, { userId: ctx.user.id, coupleId: created.id });
        return created;
      });
      return { linkedAt: couple.createdAt, partnerName: invite.inviter.name };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new TRPCError({
          code: "CONFLICT",
          message: "This invitation can't be accepted any more: one of you is already linked with someone.",
        });
      }
      throw error;
    }
  }),

  decline: protectedProcedure.input(ZInviteRef).mutation(async ({ ctx, input }) => {
    const invite = await findInvite(ctx, input);
    const now = new Date();
    assertAnswerable(invite, ctx.user.id, now);
    await ctx.db.$transaction(async (tx) => {
      const { count } = await tx.invite.updateMany({
        where: { id: invite.id, acceptedAt: null, revokedAt: null, declinedAt: null },
        data: { declinedAt: now, respondedById: ctx.user.id },
      });
      if (count !== 1) throw new TRPCError({ code: "CONFLICT", message: INVITE_STATUS_MESSAGES.accepted });
      await notify(tx, {
        userId: invite.inviterId,
        actorId: ctx.user.id,
        kind: "invite-declined",
        createdAt: now,
      });
    });
    return { ok: true as const };
  }),
});
