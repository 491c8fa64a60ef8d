"use client";

import { useSyncExternalStore } from "react";
import type { Outcome } from "@/domain/commitment/schemas";

// Check-ins made while the device is offline wait here (localStorage, per person) and are sent
// when it is online again, each with its idempotency key: the server saves each once, however
// often it arrives, and a late one never overwrites a newer answer. An entry leaves the queue only
// when the server has answered it; one the server refuses stays, with the reason, until the person
// dismisses it, so nothing is lost silently.

type QueuedCheckIn = {
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

const KEY = "kept:queue:check-ins";
const EVENT = "kept:queue";
const EMPTY: QueuedCheckIn[] = [];
let cache: { raw: string | null; items: QueuedCheckIn[] } = { raw: null, items: EMPTY };

function readAll(): QueuedCheckIn[] {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (raw === cache.raw) return cache.items;
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    cache = { raw, items: Array.isArray(parsed) ? (parsed as QueuedCheckIn[]) : EMPTY };
    return cache.items;
  } catch {
    return EMPTY;
  }
}

function writeAll(items: QueuedCheckIn[]) {
  try {
    if (items.length === 0) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, JSON.stringify(items));
  } finally {
    window.dispatchEvent(new Event(EVENT));
  }
}

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

function subscribe(onChange: () => void) {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** This person's queued check-ins (none during the server render). */
export function useQueue(userId: string): QueuedCheckIn[] {
  const all = useSyncExternalStore(subscribe, readAll, () => EMPTY);
  return all.filter((q) => q.userId === userId);
}
