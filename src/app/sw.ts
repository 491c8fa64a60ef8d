/// <reference lib="webworker" />
// The service worker (bundled by Serwist's route, src/app/serwist/[path]/route.ts). A shared or
// taken phone must keep nothing of a session once it ends (docs/security.md, "Time and the shared
// device"), so it keeps no page and no RSC payload: only the build's static files (precached, and
// /_next/static/ at run time: hashed, the same for everyone) and an offline page
// (public/offline.html) shown when a page can't be fetched. Nothing under /api is ever touched.
// Check-ins made offline wait in the page's own queue (src/features/commitments/offline-queue.ts).
import {
  CacheFirst,
  ExpirationPlugin,
  NetworkOnly,
  type PrecacheEntry,
  Serwist,
  type SerwistGlobalConfig,
} from "serwist";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const OFFLINE_PAGE = "/offline.html";

// Requests to /api never reach Serwist: this listener runs first and stops the event, so the
// browser fetches them itself, exactly as without a service worker (streams included).
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (url.origin === self.location.origin && url.pathname.startsWith("/api/"))
    event.stopImmediatePropagation();
});

const serwist = new Serwist({
  // The build's static files, public/offline.html among them (with its revision).
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ sameOrigin, url }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: "static-assets",
        plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 60 * 60 })],
      }),
    },
    // Pages, RSC payloads and everything else: the network only, never a cache.
    { matcher: ({ request }) => request.mode === "navigate", handler: new NetworkOnly() },
  ],
  fallbacks: { entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.mode === "navigate" }] },
});

serwist.addEventListeners();
