// How a person's notifications read as an inbox that settles: a request that no longer waits on
// them (answered, withdrawn, or superseded by a newer one about the same thing) stops asking and
// counts as read; a burst of one kind by one person on one day is one entry. Pure: the caller says
// what still waits (src/server/notification/waiting.ts) and which day each row belongs to.
import { asksForAnswer, isGroupable } from "@/domain/notification/kinds";

export type InboxRow = {
  id: string;
  kind: string;
  actorId: string | null;
  coupleId: string | null;
  objectType: string | null;
  objectId: string | null;
  /** The reader's local day of the row ("YYYY-MM-DD"). */
  day: string;
  read: boolean;
};

export type InboxEntry<R extends InboxRow> = {
  /** The newest row of the entry: what it shows and links to. */
  head: R;
  /** Every row the entry stands for, newest first (marking the entry read marks them all). */
  ids: string[];
  count: number;
  /** Asks for an answer that is still owed. */
  asking: boolean;
  /** Asked once, and no longer does. */
  settled: boolean;
  read: boolean;
};

/**
 * `rows` newest first; `waits(objectType, objectId)` says whether that object still waits on the
 * reader. Entries keep the order of their newest row.
 */
export function inboxEntries<R extends InboxRow>(
  rows: readonly R[],
  waits: (objectType: string, objectId: string) => boolean,
): InboxEntry<R>[] {
  const entries: InboxEntry<R>[] = [];
  const asked = new Set<string>();
  const bursts = new Map<string, InboxEntry<R>>();
  for (const row of rows) {
    if (asksForAnswer(row.kind)) {
      const key = `${row.objectType}:${row.objectId}`;
      // Only the newest request about an object can still ask: older ones were superseded.
      const asking =
        !asked.has(key) &&
        row.objectType !== null &&
        row.objectId !== null &&
        waits(row.objectType, row.objectId);
      asked.add(key);
      entries.push({
        head: row,
        ids: [row.id],
        count: 1,
        asking,
        settled: !asking,
        read: row.read || !asking,
      });
      continue;
    }
    if (isGroupable(row.kind)) {
      const key = JSON.stringify([row.kind, row.actorId, row.coupleId, row.day]);
      const burst = bursts.get(key);
      if (burst) {
        burst.ids.push(row.id);
        burst.count += 1;
        burst.read &&= row.read;
        continue;
      }
      const entry = { head: row, ids: [row.id], count: 1, asking: false, settled: false, read: row.read };
      bursts.set(key, entry);
      entries.push(entry);
      continue;
    }
    entries.push({ head: row, ids: [row.id], count: 1, asking: false, settled: false, read: row.read });
  }
  return entries;
}

/** What the bell calls new: unread entries that don't ask (what asks is counted as waiting). */
export function newEntries<R extends InboxRow>(entries: readonly InboxEntry<R>[]): number {
  return entries.filter((e) => !e.read && !e.asking).length;
}
