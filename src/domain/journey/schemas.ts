import { z } from "zod";

export const ZJourney = z
  .strictObject({
    filter: z.enum(["all", "boundaries", "commitments", "amends", "talks", "time"]).default("all"),
  })
  .default({ filter: "all" });
