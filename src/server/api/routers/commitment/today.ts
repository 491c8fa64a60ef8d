import { ZToday } from "@/domain/commitment/schemas";
import { coupleProcedure } from "@/server/api/trpc";
import { todayFor } from "@/server/commitment/today";

export const todayProcedures = {
  /** What is due for me on a day (today by default, or one of the 7 days before) in my time zone. */
  today: coupleProcedure.input(ZToday).query(({ ctx, input }) => todayFor(ctx, input)),
};
