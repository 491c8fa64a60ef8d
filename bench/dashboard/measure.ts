// The dashboard against the data floor (issue #6, figure 3 of issue #8): what `npm run bench`
// runs at full scale (bench/dashboard/dashboard.bench.ts) and the smoke test on a tiny history.

import superjson from "superjson";
import { addDays, localDate } from "@/domain/commitment/schedule";
import { serializeOutput } from "@/server/api/transformer";
import { forgetComputedDashboards } from "@/server/consistency/dashboard-cache";
import { isPostgresUrl } from "@/server/db";
import { callerFor } from "../../tests/support/callers";
import { linkedPair } from "../../tests/support/couples";
import { seedDailyHistory } from "../seed-history";
import { countingDb, ms, timeInterleaved } from "../support";

export type DashboardBenchOptions = {
  /** Years of history of the long couple (the short one has 1). */
  yearsLong: number;
  /** Daily commitments per partner. */
  perPerson: number;
  /** Timed calls per figure (the median is reported) … */
  runs: number;
  /** … after this many untimed ones, for the JIT to settle. */
  warmup: number;
};

export type DashboardFigures = {
  history: string;
  checkIns: number;
  /** Medians in ms. */
  aggregateMs: number;
  rowsMs: number;
  coldMs: number;
  warmMs: number;
  statementsCold: number;
  statementsWarm: number;
  /** Serializing the answer for the wire: superjson's walk, and the transformer's fast path. */
  superjsonMs: number;
  fastPathMs: number;
};

export type DashboardBenchResult = {
  engine: "sqlite" | "postgresql";
  at: string;
  options: DashboardBenchOptions;
  figures: [DashboardFigures, DashboardFigures];
};

async function coupleWithHistory(url: string, years: number, perPerson: number) {
  const { db, counter } = countingDb(url);
  const { a, b } = await linkedPair(db);
  const member = await db.coupleMember.findFirstOrThrow({
    where: { userId: a.id },
    select: { coupleId: true },
  });
  const people = [a, b].map((p) => ({ id: p.id, timeZone: "Europe/Berlin" }));
  const seeded = await seedDailyHistory(
    db,
    { coupleId: member.coupleId, people },
    { days: Math.round(365.25 * years), perPerson },
  );
  return { db, counter, a, people, coupleId: member.coupleId, seeded };
}

async function measure(
  url: string,
  c: Awaited<ReturnType<typeof coupleWithHistory>>,
  history: string,
  o: DashboardBenchOptions,
): Promise<DashboardFigures> {
  const caller = callerFor(c.db, c.a.claims);
  const dashboard = () => caller.consistency.dashboard({});
  const statementsOf = async (cold: boolean) => {
    if (cold) forgetComputedDashboards();
    const before = c.counter.statements;
    await dashboard();
    return c.counter.statements - before;
  };
  const answer = await dashboard();
  const statementsCold = await statementsOf(true);
  const statementsWarm = await statementsOf(false);
  // Cold: computed from the database every call (as after every check-in). Warm: the couple's
  // data hasn't changed since this viewer's last call, so the version check answers it.
  // The data floor: the check-ins the figures are about (both people, the couple's commitments,
  // the widest window any view reads: the 6-month heatmap), read by one raw statement.
  const today = localDate(new Date(), "Europe/Berlin");
  const from = addDays(today, -182);
  const ids = (await c.db.commitment.findMany({ where: { coupleId: c.coupleId }, select: { id: true } })).map(
    (x) => x.id,
  );
  const pg = isPostgresUrl(url);
  const param = (i: number) => (pg ? `$${i}` : "?");
  const users = c.people.map((p) => p.id);
  const list = (values: string[], offset: number) => values.map((_, i) => param(i + offset)).join(", ");
  const where = `"commitmentId" IN (${list(ids, 1)}) AND "userId" IN (${list(users, ids.length + 1)}) AND "day" >= ${param(ids.length + users.length + 1)}`;
  // The rows as they are…
  const raw = () =>
    c.db.$queryRawUnsafe(
      `SELECT "commitmentId", "userId", "day", "outcome", "excused" FROM "CheckIn" WHERE ${where}`,
      ...ids,
      ...users,
      from,
    );
  // …and the aggregate the figures boil down to (counts per person, commitment and answer).
  const aggregate = () =>
    c.db.$queryRawUnsafe(
      `SELECT "userId", "commitmentId", "outcome", "excused", COUNT(*) AS n FROM "CheckIn" WHERE ${where} GROUP BY "userId", "commitmentId", "outcome", "excused"`,
      ...ids,
      ...users,
      from,
    );
  // All four side by side, so each ratio compares figures sampled over the same seconds. Only the
  // cold call empties the cache; a warm call finds the answer the last cold one computed.
  const medians = await timeInterleaved(
    {
      cold: { fn: dashboard, before: forgetComputedDashboards },
      warm: { fn: dashboard },
      raw: { fn: raw },
      aggregate: { fn: aggregate },
      // What answering over HTTP adds: the answer serialized as superjson would, and as the
      // transformer does (src/server/api/transformer.ts), against the warm call beside them.
      superjson: { fn: async () => superjson.serialize(answer) },
      fastPath: { fn: async () => serializeOutput(answer) },
    },
    o.runs,
    o.warmup,
  );
  const {
    cold: coldMs,
    warm: warmMs,
    raw: rowsMs,
    aggregate: aggregateMs,
    superjson: superjsonMs,
    fastPath: fastPathMs,
  } = medians;
  return {
    history,
    checkIns: c.seeded.checkIns,
    aggregateMs,
    rowsMs,
    coldMs,
    warmMs,
    statementsCold,
    statementsWarm,
    superjsonMs,
    fastPathMs,
  };
}

/** Seeds a 1-year and a `yearsLong`-year couple into the database at `url` and measures both. */
export async function benchDashboard(url: string, o: DashboardBenchOptions): Promise<DashboardBenchResult> {
  const oneYear = await coupleWithHistory(url, 1, o.perPerson);
  const long = await coupleWithHistory(url, o.yearsLong, o.perPerson);
  // PostgreSQL's autovacuum would gather the planner's statistics of freshly written tables some
  // time later; gather them now, so that neither the baselines nor the dashboard are timed on a
  // plan chosen without them (and they don't change halfway through the run).
  if (isPostgresUrl(url)) await long.db.$executeRawUnsafe("ANALYZE");
  const figures: [DashboardFigures, DashboardFigures] = [
    await measure(url, oneYear, "1 year", o),
    await measure(url, long, `${o.yearsLong} years`, o),
  ];
  return {
    engine: isPostgresUrl(url) ? "postgresql" : "sqlite",
    at: new Date().toISOString(),
    options: o,
    figures,
  };
}

/** The printed table, each figure next to its baseline from the same run. */
export function formatDashboardTable(r: DashboardBenchResult) {
  const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const rows = [
    [
      "history",
      "check-ins",
      "SQL aggregate",
      "SQL rows read",
      "dashboard cold",
      "÷ aggregate [≤ 2×]",
      "dashboard warm",
      "÷ aggregate [≤ 2×]",
      "statements cold/warm [≤ 6]",
    ],
    ...r.figures.map((f) => [
      f.history,
      String(f.checkIns),
      ms(f.aggregateMs),
      ms(f.rowsMs),
      ms(f.coldMs),
      x(f.coldMs, f.aggregateMs),
      ms(f.warmMs),
      x(f.warmMs, f.aggregateMs),
      `${f.statementsCold} / ${f.statementsWarm}`,
    ]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  const table = rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ")).join("\n");
  const [one, long] = r.figures;
  return (
    `Dashboard bench (${r.engine === "sqlite" ? "SQLite" : "PostgreSQL"}, ${r.options.perPerson} daily commitments per partner, default 12-week range; medians of ${r.options.runs} runs)\n${table}\n` +
    `${long.history} vs 1 year: cold ${x(long.coldMs, one.coldMs)}, warm ${x(long.warmMs, one.warmMs)} [≤ 1.3×]\n` +
    `Answer serialized (${one.history}): superjson ${ms(one.superjsonMs)}, the transformer's fast path ${ms(one.fastPathMs)}; saves ${Math.round(((one.superjsonMs - one.fastPathMs) / one.warmMs) * 100)} % of a warm call (${ms(one.warmMs)}) [kept if ≥ 10 %]\n`
  );
}
