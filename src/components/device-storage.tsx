"use client";

import { useEffect } from "react";
import { setSessionStorage, sweepOtherSessions } from "@/lib/device-storage";

/**
 * Gives this page its session's storage key (null when signed out) and deletes whatever another
 * session left on the device. Rendered by the root layout ahead of the page, so the key is set
 * before a form restores its draft.
 */
export function DeviceStorage({ session }: { session: { tag: string; key: string } | null }) {
  setSessionStorage(session);
  useEffect(() => {
    sweepOtherSessions();
  }, []);
  return null;
}
