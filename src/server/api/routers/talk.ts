// The `talk` router: the weekly talk. The work is in src/server/talk/, the rules (scheduling in each
// person's zone, reveal when both) in src/domain/talk/.
import { ZFollowThrough } from "@/domain/amends/schemas";
import { ZConfirm, ZReflect, ZSkip, ZTalkAnswers, ZTalkDay, ZTalkGet } from "@/domain/talk/schemas";
import { amendsToTalkAbout } from "@/server/amends/read";
import { coupleProcedure, createTRPCRouter, NO_INPUT, protectedProcedure } from "@/server/api/trpc";
import { archivedTalks, getTalk, listTalks } from "@/server/talk/read";
import {
  confirmReflection,
  reflect,
  saveAnswers,
  setTalkDay,
  skipTalk,
  talkFollowThrough,
} from "@/server/talk/write";

export const talkRouter = createTRPCRouter({
  /** This week's talk (or a past week's) with the amends waiting to be talked about. */
  get: coupleProcedure.input(ZTalkGet).query(async ({ ctx, input }) => ({
    ...(await getTalk(ctx, input)),
    amends: await amendsToTalkAbout(ctx),
  })),
  /** Past talks of the active couple: weeks and how each went. */
  list: coupleProcedure.input(NO_INPUT).query(({ ctx }) => listTalks(ctx)),
  /** Talks of couples the caller has left (read-only). */
  archive: protectedProcedure.input(NO_INPUT).query(({ ctx }) => archivedTalks(ctx)),

  setDay: coupleProcedure.input(ZTalkDay).mutation(({ ctx, input }) => setTalkDay(ctx, input)),
  save: coupleProcedure.input(ZTalkAnswers).mutation(({ ctx, input }) => saveAnswers(ctx, input)),
  skip: coupleProcedure.input(ZSkip).mutation(({ ctx, input }) => skipTalk(ctx, input)),
  reflect: coupleProcedure.input(ZReflect).mutation(({ ctx, input }) => reflect(ctx, input)),
  confirm: coupleProcedure.input(ZConfirm).mutation(({ ctx, input }) => confirmReflection(ctx, input)),
  followThrough: coupleProcedure
    .input(ZFollowThrough)
    .mutation(({ ctx, input }) => talkFollowThrough(ctx, input)),
});
