import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Outputs = inferRouterOutputs<AppRouter>["commitment"];

export type TCommitmentDetail = Outputs["get"];
/** A check-in as the viewer may see it (a partner's private notes are already gone). */
export type TCheckInView = TCommitmentDetail["checkIns"][number];
export type TTodayItem = Outputs["today"]["items"][number];
export type TCommitmentList = Outputs["list"];
