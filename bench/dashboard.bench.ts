// `npm run bench`: the dashboard procedure against the data floor, in one run (issue #6).
// Prints its figures and the baseline each is compared with; absolute times drift between
// machines, the ratios are what the targets are about.
import { it } from "vitest";
import { addDays, localDate } from "@/domain/commitment/schedule";
import { forgetComputedDashboards } from "@/server/api/routers/consistency";
import { callerFor } from "../tests/support/callers";
import { linkedPair } from "../tests/support/couples";
import { createTestDb } from "../tests/support/test-db";
import { seedDailyHistory } from "./seed-history";
import { countingDb, ms, timeMedian } from "./support";

const SCALE = process.env.BENCH_SCALE === "tiny" ? "tiny" : "full";
const YEARS_LONG = SCALE === "tiny" ? 1 : 10;
const PER_PERSON = SCALE === "tiny" ? 2 : 10;
const RUNS = SCALE === "tiny" ? 3 : 25;
// Enough calls before timing for the JIT to settle (the first couple measured would pay for it).
const WARMUP = SCALE === "tiny" ? 1 : 15;

async function coupleWithHistory(url: string, years: number) {
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
    { days: Math.round(365.25 * years), perPerson: PER_PERSON },
  );
  return { db, counter, a, people, coupleId: member.coupleId, seeded };
}

it("dashboard: procedure vs raw SQL aggregate, 1 year vs 10 years, statements per call", {
  timeout: 900_000,
}, async () => {
  const { url } = await createTestDb();
  const oneYear = await coupleWithHistory(url, 1);
  const tenYears = await coupleWithHistory(url, YEARS_LONG);

  const measure = async (c: typeof oneYear) => {
    const caller = callerFor(c.db, c.a.claims);
    const dashboard = () => caller.consistency.dashboard({});
    const statementsOf = async (cold: boolean) => {
      if (cold) forgetComputedDashboards();
      const before = c.counter.statements;
      await dashboard();
      return c.counter.statements - before;
    };
    await dashboard();
    const coldStatements = await statementsOf(true);
    const warmStatements = await statementsOf(false);
    // Cold: computed from the database every call. Warm: the couple's data hasn't changed since
    // the last call (the usual case between two check-ins), so the version check answers it.
    const cold = await timeMedian(dashboard, RUNS, WARMUP, forgetComputedDashboards);
    const warm = await timeMedian(dashboard, RUNS, WARMUP);
    // The data floor: reading the same rows the procedure reads (its widest window, the
    // 6-month heatmap) with one raw statement, and nothing else.
    const today = localDate(new Date(), "Europe/Berlin");
    const from = addDays(today, -182);
    const ids = (
      await c.db.commitment.findMany({ where: { coupleId: c.coupleId }, select: { id: true } })
    ).map((x) => x.id);
    const pg = !url.startsWith("file:");
    const param = (i: number) => (pg ? `$${i}` : "?");
    const users = c.people.map((p) => p.id);
    const list = (values: string[], offset: number) => values.map((_, i) => param(i + offset)).join(", ");
    // The same statement the procedure sends for its rows, as the floor.
    const raw = () =>
      c.db.$queryRawUnsafe(
        `SELECT "commitmentId", "userId", "day", "outcome", "excused" FROM "CheckIn" WHERE "commitmentId" IN (${list(ids, 1)}) AND "userId" IN (${list(users, ids.length + 1)}) AND "day" >= ${param(ids.length + users.length + 1)}`,
        ...ids,
        ...users,
        from,
      );
    // …and the aggregate the figures boil down to (counts per person, commitment and answer).
    const aggregate = () =>
      c.db.$queryRawUnsafe(
        `SELECT "userId", "commitmentId", "outcome", "excused", COUNT(*) AS n FROM "CheckIn" WHERE "commitmentId" IN (${list(ids, 1)}) AND "userId" IN (${list(users, ids.length + 1)}) AND "day" >= ${param(ids.length + users.length + 1)} GROUP BY "userId", "commitmentId", "outcome", "excused"`,
        ...ids,
        ...users,
        from,
      );
    const rowsFloor = await timeMedian(raw, RUNS);
    const floor = await timeMedian(aggregate, RUNS);
    return { cold, warm, floor, rowsFloor, coldStatements, warmStatements };
  };

  const y1 = await measure(oneYear);
  const y10 = await measure(tenYears);
  const rows = [
    [
      "history",
      "check-ins",
      "SQL aggregate",
      "SQL rows read",
      "dashboard warm",
      "÷ aggregate [≤ 2×]",
      "dashboard cold",
      "÷ aggregate",
      "÷ rows read",
      "statements cold/warm [≤ 6]",
    ],
    ...[
      ["1 year", oneYear, y1],
      [`${YEARS_LONG} years`, tenYears, y10],
    ].map(([label, c, m]) => {
      const couple = c as typeof oneYear;
      const r = m as typeof y1;
      return [
        label as string,
        String(couple.seeded.checkIns),
        ms(r.floor),
        ms(r.rowsFloor),
        ms(r.warm),
        `${(r.warm / r.floor).toFixed(2)}×`,
        ms(r.cold),
        `${(r.cold / r.floor).toFixed(2)}×`,
        `${(r.cold / r.rowsFloor).toFixed(2)}×`,
        `${r.coldStatements} / ${r.warmStatements}`,
      ];
    }),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  const table = rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ")).join("\n");
  process.stdout.write(
    `\nDashboard bench (${url.startsWith("file:") ? "SQLite" : "PostgreSQL"}, ${PER_PERSON} daily commitments per partner, default 12-week range; medians of ${RUNS} runs)\n${table}\n` +
      `${YEARS_LONG}-year vs 1-year dashboard: cold ${(y10.cold / y1.cold).toFixed(2)}×, warm ${(y10.warm / y1.warm).toFixed(2)}× [≤ 1.3×]\n\n`,
  );
});
