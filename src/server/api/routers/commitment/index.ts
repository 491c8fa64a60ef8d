// The `commitment` router, one file per sub-resource; the work is in src/server/commitment/.
import { createTRPCRouter } from "@/server/api/trpc";
import { checkInProcedures } from "./check-ins";
import { listProcedures } from "./list";
import { manageProcedures } from "./manage";
import { todayProcedures } from "./today";

export const commitmentRouter = createTRPCRouter({
  ...listProcedures,
  ...todayProcedures,
  ...manageProcedures,
  ...checkInProcedures,
});
