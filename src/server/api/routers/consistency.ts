import { ZDashboard } from "@/domain/consistency/schemas";
import { coupleProcedure, createTRPCRouter } from "@/server/api/trpc";
import { readDashboard } from "@/server/consistency/dashboard";

export const consistencyRouter = createTRPCRouter({
  dashboard: coupleProcedure.input(ZDashboard).query(({ ctx, input }) => readDashboard(ctx, input)),
});
