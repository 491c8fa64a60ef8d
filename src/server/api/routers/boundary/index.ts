// The `boundary` router, one file per sub-resource; the work is in src/server/boundary/.
import { createTRPCRouter } from "@/server/api/trpc";
import { actionProcedures } from "./actions";
import { listProcedures } from "./list";
import { respectProcedures } from "./respect";

export const boundaryRouter = createTRPCRouter({
  ...listProcedures,
  ...actionProcedures,
  ...respectProcedures,
});
