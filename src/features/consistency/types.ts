import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type TDashboard = inferRouterOutputs<AppRouter>["consistency"]["dashboard"];
export type TPersonView = TDashboard["people"][number];
export type TWeekView = TPersonView["weeks"][number];
export type THeatmap = TPersonView["heatmap"];
