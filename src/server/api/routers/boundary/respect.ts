import { ZRespect } from "@/domain/boundary/schemas";
import { coupleProcedure } from "@/server/api/trpc";
import { respectBoundary } from "@/server/boundary/write";

export const respectProcedures = {
  /** "I felt this was respected / not respected" this week, in the person's own week. */
  respect: coupleProcedure.input(ZRespect).mutation(({ ctx, input }) => respectBoundary(ctx, input)),
};
