// One open page's live stream as the bench sees it: `GET /api/trpc/notification.onChange` with the
// person's cookie, read as Server-Sent Events (what the browser's EventSource does underneath).
// Only tracked events (those with an `id:`) are counted; `connected` and pings are not.

export type OpenStream = {
  /** Resolves once the server has said `connected`. */
  ready: Promise<void>;
  close: () => void;
};

export function openStream(opts: {
  url: string;
  cookie: string;
  ip: string;
  onEvent: (id: string, at: number) => void;
  onEnd?: (why: string) => void;
}): OpenStream {
  const abort = new AbortController();
  let connected: () => void = () => {};
  let failed: (e: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    connected = resolve;
    failed = reject;
  });
  void (async () => {
    try {
      const res = await fetch(`${opts.url}/api/trpc/notification.onChange`, {
        headers: { accept: "text/event-stream", cookie: opts.cookie, "x-forwarded-for": opts.ip },
        signal: abort.signal,
      });
      if (!res.ok || !res.body) throw new Error(`stream answered HTTP ${res.status}`);
      const decoder = new TextDecoder();
      let buffer = "";
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const at = performance.now();
        buffer += decoder.decode(value, { stream: true });
        for (;;) {
          const end = buffer.indexOf("\n\n");
          if (end < 0) break;
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = message.split("\n");
          const event = lines
            .find((l) => l.startsWith("event:"))
            ?.slice(6)
            .trim();
          const id = lines
            .find((l) => l.startsWith("id:"))
            ?.slice(3)
            .trim();
          if (event === "connected") connected();
          else if (event === "serialized-error") throw new Error(`stream error: ${message}`);
          else if (id) opts.onEvent(id, at);
        }
      }
      opts.onEnd?.("ended by the server");
    } catch (error) {
      if (abort.signal.aborted) return;
      const e = error instanceof Error ? error : new Error(String(error));
      failed(e);
      opts.onEnd?.(e.message);
    }
  })();
  return { ready, close: () => abort.abort() };
}
