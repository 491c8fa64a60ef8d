import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

export type TTalk = inferRouterOutputs<AppRouter>["talk"]["get"];
export type TTalkArchive = inferRouterOutputs<AppRouter>["talk"]["archive"];
export type TDashboardPeople = inferRouterOutputs<AppRouter>["consistency"]["dashboard"]["people"];
