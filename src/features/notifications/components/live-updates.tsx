"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

/** Events closer together than this are one refresh. */
const DEBOUNCE_MS = 300;

/**
 * Live updates for every signed-in page (mounted once, in the root layout): one stream per page
 * (`notification.onChange`, read by `openLiveStream`), and on each event a refresh of the page's
 * server components (the bell, Home, Today, a boundary, the dashboard…). The stream's module is
 * loaded once the page has hydrated, so it weighs nothing in the page's first load.
 */
export function LiveUpdates({ since }: { since: string | null }) {
  const router = useRouter();
  // Where the page was rendered from (the server's last event for this person then): the stream
  // starts there, so what happened while the page loaded refreshes it. Only the first value: a
  // refresh renders a newer one, which the open stream has already passed.
  const start = useRef(since);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let close: (() => void) | undefined;
    let gone = false;
    void import("@/features/notifications/live-stream").then(({ openLiveStream }) => {
      if (gone) return;
      close = openLiveStream(start.current, () => {
        clearTimeout(timer);
        timer = setTimeout(() => router.refresh(), DEBOUNCE_MS);
      });
    });
    return () => {
      gone = true;
      clearTimeout(timer);
      close?.();
    };
  }, [router]);
  return null;
}
