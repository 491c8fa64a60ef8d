"use client";

import { createTRPCClient, httpSubscriptionLink } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/api/root";

/** Events closer together than this are one refresh. */
const DEBOUNCE_MS = 300;

/**
 * Live updates for every signed-in page (mounted once, in the root layout): one stream per page
 * (`notification.onChange`), and on each event a refresh of the page's server components (the
 * bell, Home, Today, a boundary, the dashboard…). The link reconnects with the last event id,
 * backing off, so nothing in between is missed; its own client, so pages without forms don't load
 * TanStack Query.
 */
export function LiveUpdates({ since }: { since: string | null }) {
  const router = useRouter();
  // Where the page was rendered from (the server's last event for this person then): the stream
  // starts there, so what happened while the page loaded refreshes it. Only the first value: a
  // refresh renders a newer one, which the open stream has already passed.
  const start = useRef(since);
  useEffect(() => {
    const client = createTRPCClient<AppRouter>({
      links: [httpSubscriptionLink({ url: "/api/trpc", transformer: superjson })],
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const input = start.current ? { lastEventId: start.current } : undefined;
    const subscription = client.notification.onChange.subscribe(input, {
      onData: () => {
        clearTimeout(timer);
        timer = setTimeout(() => router.refresh(), DEBOUNCE_MS);
      },
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [router]);
  return null;
}
