import { ZIdInput, ZList } from "@/domain/boundary/schemas";
import { coupleProcedure, NO_INPUT, protectedProcedure } from "@/server/api/trpc";
import { boundaryDetail } from "@/server/boundary/detail";
import { archivedBoundaries, listBoundaries } from "@/server/boundary/list";

export const listProcedures = {
  /** The active couple's boundaries, sorted into the viewer's lists. */
  list: coupleProcedure.input(ZList).query(({ ctx, input }) => listBoundaries(ctx, input)),

  /**
   * One boundary with its full history. Scoped by membership of its couple rather than the active
   * couple, so both former partners keep reading what they agreed after an unlink.
   */
  get: protectedProcedure.input(ZIdInput).query(({ ctx, input }) => boundaryDetail(ctx, input)),

  /** Boundaries agreed in couples the person has left: a read-only archive. */
  archive: protectedProcedure.input(NO_INPUT).query(({ ctx }) => archivedBoundaries(ctx)),
};
