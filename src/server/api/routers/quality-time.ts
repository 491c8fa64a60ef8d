// The `qualityTime` router: quality time both chose. The work is in src/server/quality-time/, the
// rules (what both want, never a "not now"; reveal when both) in src/domain/quality-time/.
import {
  ZAddIdea,
  ZMarkIdea,
  ZQualityTimeId,
  ZReflectQualityTime,
  ZScheduleIdea,
} from "@/domain/quality-time/schemas";
import { coupleProcedure, createTRPCRouter, NO_INPUT } from "@/server/api/trpc";
import { getQualityTime, listIdeas, listQualityTimes } from "@/server/quality-time/read";
import { addIdea, markIdea, reflectOnQualityTime, scheduleIdea } from "@/server/quality-time/write";

export const qualityTimeRouter = createTRPCRouter({
  /** Every idea with the caller's own mark, and the ones both want. */
  ideas: coupleProcedure.input(NO_INPUT).query(({ ctx }) => listIdeas(ctx)),
  /** Times put on a day: coming up and past, each with its two answers as the caller may see them. */
  list: coupleProcedure.input(NO_INPUT).query(({ ctx }) => listQualityTimes(ctx)),
  get: coupleProcedure.input(ZQualityTimeId).query(({ ctx, input }) => getQualityTime(ctx, input.id)),

  mark: coupleProcedure.input(ZMarkIdea).mutation(({ ctx, input }) => markIdea(ctx, input)),
  addIdea: coupleProcedure.input(ZAddIdea).mutation(({ ctx, input }) => addIdea(ctx, input)),
  schedule: coupleProcedure.input(ZScheduleIdea).mutation(({ ctx, input }) => scheduleIdea(ctx, input)),
  reflect: coupleProcedure
    .input(ZReflectQualityTime)
    .mutation(({ ctx, input }) => reflectOnQualityTime(ctx, input)),
});
