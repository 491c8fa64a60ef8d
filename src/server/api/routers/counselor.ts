import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  resolvePeriod,
  ZApproveShare,
  ZPeriod,
  ZProposeShare,
  ZShareId,
  ZShareToken,
} from "@/domain/counselor/summary";
import { coupleProcedure, createTRPCRouter, NO_INPUT, publicProcedure, rateLimit } from "@/server/api/trpc";
import { todayOf } from "@/server/commitment/access";
import { approveShare, listShares, proposeShare, revokeShare, viewShare } from "@/server/counselor/share";
import { buildSummary } from "@/server/counselor/summary";

const ZSummary = ZPeriod.extend({ includeMyNotes: z.boolean().default(false) }).default({
  includeMyNotes: false,
});

// The counselor summary and the links that share it. Private notes are never in it;
// each partner's shared notes only when that partner ticks it. A link exists only once both agreed.
export const counselorRouter = createTRPCRouter({
  /** For the couple themselves: the partner's notes stay out (only the viewer's own, if ticked). */
  summary: coupleProcedure.input(ZSummary).query(async ({ ctx, input }) => {
    const period = resolvePeriod(input, todayOf(ctx.user));
    if ("problem" in period) throw new TRPCError({ code: "BAD_REQUEST", message: period.problem });
    return buildSummary(ctx.db, {
      coupleId: ctx.couple.id,
      ...period,
      people: [
        { ...ctx.user, includeNotes: input.includeMyNotes },
        { ...ctx.couple.partner, includeNotes: false },
      ],
    });
  }),
  shares: coupleProcedure.input(NO_INPUT).query(({ ctx }) => listShares(ctx)),
  propose: coupleProcedure.input(ZProposeShare).mutation(({ ctx, input }) => proposeShare(ctx, input)),
  approve: coupleProcedure.input(ZApproveShare).mutation(({ ctx, input }) => approveShare(ctx, input)),
  revoke: coupleProcedure.input(ZShareId).mutation(({ ctx, input }) => revokeShare(ctx, input)),
  /** The counselor's read, by the link's token alone: no account. Every call is logged. */
  view: publicProcedure
    .input(ZShareToken)
    // After the input check: a malformed request costs no database write.
    .use(rateLimit((ctx) => [["counselorViewIp", ctx.ip]]))
    .query(({ ctx, input }) => viewShare(ctx.db, input.token, ctx.userAgent)),
});
