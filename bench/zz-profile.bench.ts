import { it } from "vitest";
import { forgetComputedDashboards } from "@/server/api/routers/consistency";
import { callerFor } from "../tests/support/callers";
import { linkedPair } from "../tests/support/couples";
import { createTestDb } from "../tests/support/test-db";
import { seedDailyHistory } from "./seed-history";
import { countingDb, timeMedian } from "./support";

it("profile", { timeout: 900_000 }, async () => {
  const { url } = await createTestDb();
  const { db } = countingDb(url);
  const { a, b } = await linkedPair(db);
  const member = await db.coupleMember.findFirstOrThrow({
    where: { userId: a.id },
    select: { coupleId: true },
  });
  await seedDailyHistory(
    db,
    { coupleId: member.coupleId, people: [a, b].map((p) => ({ id: p.id, timeZone: "Europe/Berlin" })) },
    { days: 365, perPerson: 10 },
  );
  const caller = callerFor(db, a.claims);
  (globalThis as { __prof?: Record<string, number[]> }).__prof = {};
  const cold = await timeMedian(() => caller.consistency.dashboard({}), 60, 30, forgetComputedDashboards);
  const warm = await timeMedian(() => caller.consistency.dashboard({}), 60, 30);
  const me = await timeMedian(() => caller.user.me(), 60, 30);
  const couple = await timeMedian(() => caller.couple.get(), 60, 30);
  const prof = (globalThis as { __prof?: Record<string, number[]> }).__prof ?? {};
  const med = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)] ?? 0;
  process.stdout.write(
    `cold ${cold.toFixed(2)} warm ${warm.toFixed(2)} me ${me.toFixed(2)} couple.get ${couple.toFixed(2)}\n${Object.entries(
      prof,
    )
      .map(([k, v]) => `${k}: ${med(v).toFixed(2)}`)
      .join("\n")}\n`,
  );
});
