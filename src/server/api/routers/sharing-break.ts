import { ZStartBreak } from "@/domain/break/break";
import { coupleProcedure, createTRPCRouter, NO_INPUT } from "@/server/api/trpc";
import { breakStatus, endBreak, startBreak } from "@/server/break/break";

// A break that isn't a breakup (src/domain/break): either partner pauses sharing for 1–30 days;
// only the one who started it ends it early. Unlinking stays available on its own, any time.
export const sharingBreakRouter = createTRPCRouter({
  get: coupleProcedure.input(NO_INPUT).query(({ ctx }) => breakStatus(ctx)),
  start: coupleProcedure.input(ZStartBreak).mutation(({ ctx, input }) => startBreak(ctx, input)),
  end: coupleProcedure.input(NO_INPUT).mutation(({ ctx }) => endBreak(ctx)),
});
