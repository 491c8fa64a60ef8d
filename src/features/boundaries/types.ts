import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Outputs = inferRouterOutputs<AppRouter>["boundary"];

/** One boundary as `boundary.get` returns it for the viewer. */
export type TBoundaryDetail = Outputs["get"];
export type TBoundaryVersion = TBoundaryDetail["versions"][number];
export type TBoundaryList = Outputs["list"];
export type TBoundaryArchive = Outputs["archive"];
