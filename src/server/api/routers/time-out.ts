import { ZStartTimeOut } from "@/domain/time-out/time-out";
import { coupleProcedure, createTRPCRouter, NO_INPUT } from "@/server/api/trpc";
import { returnFromTimeOut, startTimeOut, timeOutStatus } from "@/server/time-out/time-out";

// A time-out from a heated conversation (src/domain/time-out): 20 minutes to 24 hours, back at a
// time its taker shares; only the taker says "I'm back". Not a break and not an unlink.
export const timeOutRouter = createTRPCRouter({
  get: coupleProcedure.input(NO_INPUT).query(({ ctx }) => timeOutStatus(ctx)),
  start: coupleProcedure.input(ZStartTimeOut).mutation(({ ctx, input }) => startTimeOut(ctx, input)),
  back: coupleProcedure.input(NO_INPUT).mutation(({ ctx }) => returnFromTimeOut(ctx)),
});
