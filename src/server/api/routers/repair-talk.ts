// The `repairTalk` router: "Talk about what happened". The work is in src/server/repair-talk/, the
// rules (the steps, reveal when both) in src/domain/repair-talk/.
import {
  ZHearAgain,
  ZHeardVerdict,
  ZRepairAmends,
  ZRepairAnswer,
  ZRepairFollowThrough,
  ZRepairTalkId,
  ZStartRepairTalk,
  ZStopRepairTalk,
} from "@/domain/repair-talk/schemas";
import { coupleProcedure, createTRPCRouter, NO_INPUT, protectedProcedure } from "@/server/api/trpc";
import { repairLinkOptions } from "@/server/repair-talk/links";
import { archivedRepairTalks, getRepairTalk, listRepairTalks } from "@/server/repair-talk/read";
import {
  confirmHeard,
  hearAgain,
  repairAmends,
  repairFollowThrough,
  saveRepairAnswer,
  startRepairTalk,
  stopRepairTalk,
} from "@/server/repair-talk/write";

export const repairTalkRouter = createTRPCRouter({
  list: coupleProcedure.input(NO_INPUT).query(({ ctx }) => listRepairTalks(ctx)),
  /** One conversation; after an unlink, still readable by both (read-only), as amends are. */
  get: protectedProcedure.input(ZRepairTalkId).query(({ ctx, input }) => getRepairTalk(ctx, input)),
  /** Conversations of couples the caller has left. */
  archive: protectedProcedure.input(NO_INPUT).query(({ ctx }) => archivedRepairTalks(ctx)),
  /** What a new conversation can be about: the caller's check-ins, the couple's boundaries, shared amends. */
  linkOptions: coupleProcedure.input(NO_INPUT).query(({ ctx }) => repairLinkOptions(ctx)),
  start: coupleProcedure.input(ZStartRepairTalk).mutation(({ ctx, input }) => startRepairTalk(ctx, input)),
  save: coupleProcedure.input(ZRepairAnswer).mutation(({ ctx, input }) => saveRepairAnswer(ctx, input)),
  hearAgain: coupleProcedure.input(ZHearAgain).mutation(({ ctx, input }) => hearAgain(ctx, input)),
  confirm: coupleProcedure.input(ZHeardVerdict).mutation(({ ctx, input }) => confirmHeard(ctx, input)),
  stop: coupleProcedure.input(ZStopRepairTalk).mutation(({ ctx, input }) => stopRepairTalk(ctx, input)),
  followThrough: coupleProcedure
    .input(ZRepairFollowThrough)
    .mutation(({ ctx, input }) => repairFollowThrough(ctx, input)),
  makeAmends: coupleProcedure.input(ZRepairAmends).mutation(({ ctx, input }) => repairAmends(ctx, input)),
});
