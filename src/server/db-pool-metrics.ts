import pg from "pg";
import { Gauge, register } from "prom-client";

// The PostgreSQL connection pools of this process, for /api/metrics: connections in use, idle,
// and queries waiting for one (pg.Pool's own counters). Held weakly: tests make many clients. On
// `globalThis`, as the gauge is in prom-client's one registry: Next's bundles each have a copy of
// this module, and the gauge registered by the first must count the pools of all.
const POOLS = Symbol.for("kept.db.pools");
const globalForPools = globalThis as unknown as { [POOLS]?: Set<WeakRef<pg.Pool>> };
globalForPools[POOLS] ??= new Set<WeakRef<pg.Pool>>();
const pools = globalForPools[POOLS];

const name = "kept_db_pool_connections";
if (!register.getSingleMetric(name)) {
  new Gauge({
    name,
    help: "PostgreSQL pool: connections by state (busy, idle) and requests waiting for one",
    labelNames: ["state"],
    collect() {
      let total = 0;
      let idle = 0;
      let waiting = 0;
      for (const ref of pools) {
        const pool = ref.deref();
        if (!pool) {
          pools.delete(ref);
          continue;
        }
        total += pool.totalCount;
        idle += pool.idleCount;
        waiting += pool.waitingCount;
      }
      this.set({ state: "busy" }, total - idle);
      this.set({ state: "idle" }, idle);
      this.set({ state: "waiting" }, waiting);
    },
  });
}

/** A pool for `url` whose use /api/metrics reports. */
export function meteredPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url });
  pools.add(new WeakRef(pool));
  return pool;
}
