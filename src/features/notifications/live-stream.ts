// The browser's side of `notification.onChange`, with the browser's own EventSource instead of
// tRPC's subscription link and superjson (about 14 kB gzipped that every signed-in page loaded
// before it could show anything). The server's contract is tRPC's SSE stream, unchanged: a
// "connected" event, data events whose id is the LiveEvent id, "ping" every 25 s,
// "serialized-error" for a refusal and "return" when the stream has ended for good (the session
// is gone). Loaded by `LiveUpdates` after hydration, so it is in no page's first load.

const URL_BASE = "/api/trpc/notification.onChange";
/** The server pings every 25 s (src/server/api/trpc.ts): this much silence is a dead connection. */
const SILENCE_MS = 40_000;
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/**
 * Opens the page's stream from `since` (the last event the page's render had seen) and calls
 * `onEvent` for each event after it. Reconnects on its own: the browser does so after a dropped
 * connection (sending the last id back as `Last-Event-ID`); after a refused connection, or
 * SILENCE_MS without even a ping, a new EventSource starts from the last id seen, with a pause
 * that doubles each time up to MAX_RETRY_MS. Returns what closes it.
 */
export function openLiveStream(since: string | null, onEvent: () => void): () => void {
  let lastId = since;
  let source: EventSource | null = null;
  let retryMs = FIRST_RETRY_MS;
  let silence: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const stop = () => {
    clearTimeout(silence);
    clearTimeout(retry);
    source?.close();
    source = null;
  };
  const reopenLater = () => {
    stop();
    if (closed) return;
    retry = setTimeout(open, retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };
  const heard = () => {
    clearTimeout(silence);
    silence = setTimeout(reopenLater, SILENCE_MS);
  };
  function open() {
    if (closed) return;
    // tRPC reads `lastEventId` from the query, and the Last-Event-ID header (which wins) on the
    // browser's own reconnects.
    const es = new EventSource(lastId ? `${URL_BASE}?lastEventId=${encodeURIComponent(lastId)}` : URL_BASE);
    source = es;
    heard();
    es.addEventListener("connected", () => {
      retryMs = FIRST_RETRY_MS;
      heard();
    });
    es.addEventListener("ping", heard);
    es.onmessage = (event) => {
      heard();
      if (event.lastEventId) lastId = event.lastEventId;
      onEvent();
    };
    // Ended on purpose (sign-out elsewhere) or refused (too many open pages): like tRPC's link,
    // the page stops listening; its next load opens a new stream.
    const end = () => {
      closed = true;
      stop();
    };
    es.addEventListener("return", end);
    es.addEventListener("serialized-error", end);
    // CONNECTING: the browser is reconnecting by itself. CLOSED: it gave up (an answer that
    // isn't an event stream, such as a 502 from a proxy while the server restarts).
    es.onerror = () => {
      if (es.readyState === EventSource.CLOSED) reopenLater();
    };
  }
  open();
  return () => {
    closed = true;
    stop();
  };
}
