"use client";

import { useSyncExternalStore } from "react";
import type { Outcome } from "@/domain/commitment/schemas";
import { onSessionStorage, readEntry, writeEntry } from "@/lib/device-storage";

// Check-ins made while the device is offline wait here (on the device, per session) and are sent
// when it is online again, each with its idempotency key: the server saves each once, however
// often it arrives, and a late one never overwrites a newer answer. An entry leaves the queue only
// when the server has answered it; one the server refuses stays, with the reason, until the person
// dismisses it, so nothing is lost silently.

export type QueuedCheckIn = {
  userId: string;
  requestKey: string;
  commitmentId: string;
  title: string;
  day: string;
  outcome: Outcome;
  note?: string;
  noteShared: boolean;
  excused: boolean;
  excuseNote?: string;
  /** Set when the server refused it (e.g. the day is now locked): shown, never dropped silently. */
  problem?: string;
};

// Kept in the session's sealed storage (src/lib/device-storage.ts): another session on the same
// device can neither read nor send them, and they go when the session ends (signing out sends
// them first, or asks before dropping them: sign-out-button.tsx).
const NAME = "queue:check-ins";
const EVENT = "kept:queue";
const EMPTY: QueuedCheckIn[] = [];
// What the page holds; storage is written behind it (sealing is asynchronous).
let items: QueuedCheckIn[] = EMPTY;

const readAll = (): QueuedCheckIn[] => items;

function writeAll(next: QueuedCheckIn[]) {
  items = next.length === 0 ? EMPTY : next;
  window.dispatchEvent(new Event(EVENT));
  void writeEntry(NAME, next.length === 0 ? null : next);
}

/**
 * Opens what the session kept: on load and when the key arrives (`merge`: anything queued on this
 * page meanwhile stays), and when another tab changed it (its version wins).
 */
async function load(merge: boolean) {
  const stored = await readEntry(NAME);
  const kept = Array.isArray(stored) ? (stored as QueuedCheckIn[]) : [];
  const mine = merge ? items : [];
  const merged = [...kept.filter((k) => !mine.some((i) => i.requestKey === k.requestKey)), ...mine];
  items = merged.length === 0 ? EMPTY : merged;
  window.dispatchEvent(new Event(EVENT));
}

/** Every check-in queued on this device in this session. */
export const queuedCheckIns = (): readonly QueuedCheckIn[] => items;

/** A fresh idempotency key for one check-in. */
export const newRequestKey = () => crypto.randomUUID();

/** Queues a check-in; a newer answer for the same commitment and day replaces the queued one. */
export function enqueue(item: QueuedCheckIn) {
  const rest = readAll().filter(
    (q) => !(q.userId === item.userId && q.commitmentId === item.commitmentId && q.day === item.day),
  );
  writeAll([...rest, item]);
}

export function dequeue(requestKey: string) {
  writeAll(readAll().filter((q) => q.requestKey !== requestKey));
}

export function markRefused(requestKey: string, problem: string) {
  writeAll(readAll().map((q) => (q.requestKey === requestKey ? { ...q, problem } : q)));
}

let loading = false;
function subscribe(onChange: () => void) {
  if (!loading) {
    loading = true;
    void load(true);
  }
  const reload = () => void load(false);
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", reload);
  const stop = onSessionStorage(() => void load(true));
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", reload);
    stop();
  };
}

/** This person's queued check-ins (none during the server render). */
export function useQueue(userId: string): QueuedCheckIn[] {
  const all = useSyncExternalStore(subscribe, readAll, () => EMPTY);
  return all.filter((q) => q.userId === userId);
}

/** What the server is sent for a queued check-in (its idempotency key included). */
export function checkInInput(q: QueuedCheckIn) {
  const { userId: _userId, title: _title, problem: _problem, ...input } = q;
  return input;
}

/** Opens the session's queue now (sign-out asks on any page, not only where it is shown). */
export const loadQueue = () => load(true);

/**
 * The same over plain HTTP, for sign-out (its button sits outside the pages' tRPC client): sends
 * what waits and answers what is still on the device afterwards (refused, or the network failed).
 */
export async function sendQueuedBeforeSignOut(): Promise<readonly QueuedCheckIn[]> {
  await loadQueue();
  for (const q of items.filter((i) => !i.problem)) {
    let res: Response;
    try {
      res = await fetch("/api/trpc/commitment.checkIn", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          json: checkInInput(q),
        }),
      });
    } catch {
      break;
    }
    if (res.ok) {
      dequeue(q.requestKey);
      continue;
    }
    const body = (await res.json().catch(() => null)) as { error?: { json?: { message?: string } } } | null;
    markRefused(q.requestKey, body?.error?.json?.message ?? "It couldn't be saved.");
  }
  return items;
}
