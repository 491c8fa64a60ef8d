// Computed dashboards, per process. A write the dashboard reads replaces the couple's version in
// its own transaction (`writeCoupleData`, src/server/couple.ts), and every call reads that version
// from the database, so several instances stay correct with a cache each.
import { LRUCache } from "lru-cache";
import type { Dashboard } from "@/server/consistency/dashboard";
import { dashboardWrites } from "@/server/couple";

/**
 * One entry per couple, viewer and filters, served only while its stamp still matches: the
 * couple's `version`, both people's names, time zones and weeks, and each one's today.
 */
const cache = new LRUCache<string, { stamp: string; dashboard: Dashboard }>({ max: 500, ttl: 15 * 60_000 });

/** For the bench and the freshness test: time or check the computation itself rather than the cache. */
export const forgetComputedDashboards = () => cache.clear();

/** The cached dashboard for `key` while its `stamp` holds; otherwise computes it (and keeps it when safe). */
export async function cachedDashboard(
  key: string,
  stamp: string,
  compute: () => Promise<Dashboard>,
): Promise<Dashboard> {
  const cached = cache.get(key);
  if (cached?.stamp === stamp) return cached.dashboard;
  const writes = dashboardWrites();
  const dashboard = await compute();
  // What was read while one of this process's writes was under way may not be committed yet
  // (SQLite shares one connection): answer with it, but don't keep it.
  const after = dashboardWrites();
  if (writes.inFlight === 0 && after.seq === writes.seq)
    cache.set(key, { stamp, dashboard: deepFreeze(dashboard) });
  return dashboard;
}

/**
 * Freezes what the cache keeps, all the way down: every later caller gets this same object, so no
 * caller may change it.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
