import { ZIdInput, ZList } from "@/domain/commitment/schemas";
import { coupleProcedure, NO_INPUT, protectedProcedure } from "@/server/api/trpc";
import { commitmentDetail } from "@/server/commitment/detail";
import { boundaryOptions, listCommitments } from "@/server/commitment/list";

export const listProcedures = {
  /** The couple's commitments: mine, my partner's and our shared ones. */
  list: coupleProcedure.input(ZList).query(({ ctx, input }) => listCommitments(ctx, input)),

  /** Boundaries a commitment can serve (the couple's active ones), for the form. */
  boundaryOptions: coupleProcedure.input(NO_INPUT).query(({ ctx }) => boundaryOptions(ctx)),

  /**
   * One commitment with its check-ins. Scoped by membership of its couple rather than the active
   * couple, so a former partner keeps their own part after an unlink.
   */
  get: protectedProcedure.input(ZIdInput).query(({ ctx, input }) => commitmentDetail(ctx, input.id)),
};
