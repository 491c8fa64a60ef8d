"use client";

import { useEffect } from "react";

/**
 * Registers the service worker once the page has loaded (production builds only: a development
 * server's files change under it). A few lines instead of Serwist's React provider, which would
 * add its window library to every page.
 */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/serwist/sw.js", { scope: "/", type: "module" }).catch(() => {
      // No service worker (private mode, an old browser): the app works online as before.
    });
  }, []);
  return null;
}
