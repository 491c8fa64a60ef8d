// The `amends` router: taking responsibility. The work is in src/server/amends/, the rules in
// src/domain/amends/. Drafts are their author's alone in every procedure.
import {
  ZAmendsId,
  ZAmendsRef,
  ZAnswerAmends,
  ZCreateAmends,
  ZEditAmends,
  ZFollowThrough,
  ZFollowUp,
} from "@/domain/amends/schemas";
import { amendsDetail, archivedAmends, listAmends } from "@/server/amends/read";
import {
  addFollowUp,
  amendsFollowThrough,
  answerAmends,
  createAmends,
  deleteDraft,
  editAmends,
  markTalked,
  shareAmends,
} from "@/server/amends/write";
import { coupleProcedure, createTRPCRouter, NO_INPUT, protectedProcedure } from "@/server/api/trpc";

export const amendsRouter = createTRPCRouter({
  /** The active couple's amends: the caller's drafts and everything shared. */
  list: coupleProcedure.input(NO_INPUT).query(({ ctx }) => listAmends(ctx)),

  /** One amends with its history; after an unlink, still readable by both (read-only). */
  get: protectedProcedure.input(ZAmendsId).query(({ ctx, input }) => amendsDetail(ctx, input)),

  /** Amends of couples the caller has left. */
  archive: protectedProcedure.input(NO_INPUT).query(({ ctx }) => archivedAmends(ctx)),

  create: coupleProcedure.input(ZCreateAmends).mutation(({ ctx, input }) => createAmends(ctx, input)),
  edit: coupleProcedure.input(ZEditAmends).mutation(({ ctx, input }) => editAmends(ctx, input)),
  share: coupleProcedure.input(ZAmendsRef).mutation(({ ctx, input }) => shareAmends(ctx, input)),
  deleteDraft: coupleProcedure.input(ZAmendsId).mutation(({ ctx, input }) => deleteDraft(ctx, input)),
  answer: coupleProcedure.input(ZAnswerAmends).mutation(({ ctx, input }) => answerAmends(ctx, input)),
  followUp: coupleProcedure.input(ZFollowUp).mutation(({ ctx, input }) => addFollowUp(ctx, input)),
  markTalked: coupleProcedure.input(ZAmendsId).mutation(({ ctx, input }) => markTalked(ctx, input)),
  followThrough: coupleProcedure
    .input(ZFollowThrough)
    .mutation(({ ctx, input }) => amendsFollowThrough(ctx, input)),
});
