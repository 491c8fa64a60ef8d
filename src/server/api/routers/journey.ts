// The `journey` router: the couple's way since they linked, by month (src/server/journey,
// src/domain/journey). Each month's consistency is the dashboard's, composed by the page.
import { ZJourney } from "@/domain/journey/schemas";
import { coupleProcedure, createTRPCRouter } from "@/server/api/trpc";
import { journey } from "@/server/journey/read";

export const journeyRouter = createTRPCRouter({
  get: coupleProcedure.input(ZJourney).query(({ ctx, input }) => journey(ctx, input)),
});
