// A server render's reads, shared by the procedures it calls. One page load calls several
// procedures in process (the layout's user and bell, the page's own), and each of them
// authorized the session and some computed the same Today: /home read the session four times and
// computed Today three times. Only the server components' caller has `reads` (src/trpc/server.ts):
// a render only reads, so what one procedure read is still true for the next. An HTTP request
// never shares: a batch of mutations must authorize each one after the one before.

export type RequestReads = Map<string, Promise<unknown>>;

/** `read()` once per render for `key` (the caller is one person: keys needn't name them). */
export function readOnce<T>(ctx: { reads?: RequestReads }, key: string, read: () => Promise<T>): Promise<T> {
  if (!ctx.reads) return read();
  const known = ctx.reads.get(key);
  if (known) return known as Promise<T>;
  const reading = read();
  ctx.reads.set(key, reading);
  return reading;
}
