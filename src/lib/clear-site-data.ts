// A shared or taken phone keeps nothing of a session once it ends (docs/security.md, "Time and
// the shared device"): every answer that ends one, or finds it ended, tells the browser to drop
// this site's caches and storage (the service worker's caches, drafts and queued check-ins in
// localStorage, the service worker itself). Cookies are next-auth's business.

export const CLEAR_SITE_DATA = '"cache", "storage"';

/** Whether a request came with a session cookie (whole or in next-auth's chunks). */
export function carriesSession(request: Request): boolean {
  // next-auth's name (src/server/auth.ts, SESSION_COOKIE), with or without __Host- and a chunk's
  // ".0"; spelled out so the proxy doesn't load next-auth.
  return /(?:^|;\s*)(?:__Host-)?next-auth\.session-token(?:\.\d+)?=/.test(
    request.headers.get("cookie") ?? "",
  );
}

/** The same answer, with Clear-Site-Data. */
export function clearingSiteData(response: Response): Response {
  const cleared = new Response(response.body, response);
  cleared.headers.set("clear-site-data", CLEAR_SITE_DATA);
  return cleared;
}
