"use client";

import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState } from "react";
import superjson from "superjson";
import { clearDeviceStorage } from "@/lib/device-storage";
import type { AppRouter } from "@/server/api/root";
import { makeQueryClient } from "@/trpc/query-client";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;
function getQueryClient() {
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

/**
 * A 401 means this page's session has ended (elsewhere, by a reset, by expiry): what it kept on
 * the device goes at once, and nothing more is kept, even in a browser that ignores the answer's
 * Clear-Site-Data.
 */
async function fetchEnding(input: RequestInfo | URL, init?: RequestInit) {
  const res = await fetch(input, init);
  if (res.status === 401) clearDeviceStorage();
  return res;
}

export function TRPCReactProvider({ children }: { children: React.ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      // Queries and mutations only: the one subscription, the page's live stream, is read by
      // the browser's EventSource (src/features/notifications/live-stream.ts), so tRPC's
      // subscription link stays out of every form page's first load.
      links: [httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: 10, fetch: fetchEnding })],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
