/// <reference lib="webworker" />
// The service worker (bundled by Serwist's route, src/app/serwist/[path]/route.ts): it precaches
// the app shell (the build's static files) and keeps pages and assets for offline use with
// Serwist's defaults. Nothing under /api is ever cached: tRPC answers are personal (they would
// outlive a sign-out) and the live stream never ends. Check-ins made offline wait in the page's
// own queue (src/features/commitments/offline-queue.ts), not here, so the page can say so.
import { defaultCache } from "@serwist/turbopack/worker";
import { type PrecacheEntry, Serwist, type SerwistGlobalConfig } from "serwist";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

// Requests to /api never reach Serwist: this listener runs first and stops the event, so the
// browser fetches them itself, exactly as without a service worker (streams included).
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (url.origin === self.location.origin && url.pathname.startsWith("/api/"))
    event.stopImmediatePropagation();
});

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching: defaultCache,
});

serwist.addEventListeners();
