import { addDays, localDate } from "@/domain/commitment/schedule";
import { bumpCoupleVersion } from "@/server/couple";
import type { Db } from "@/server/db";

/** A small deterministic PRNG (mulberry32): the same seed gives the same history every run. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTCOME_CDF: [number, string][] = [
  [0.8, "kept"],
  [0.9, "partly"],
  [0.97, "missed"],
];

/**
 * Gives each person `perPerson` daily commitments that started `days` ago, with a check-in on most
 * days (80 % kept, 10 % partly, 7 % missed, 3 % not logged). Rows go in with batched inserts.
 */
export async function seedDailyHistory(
  db: Db,
  couple: { coupleId: string; people: { id: string; timeZone: string }[] },
  opts: { days: number; perPerson: number; seed?: number },
) {
  const random = prng(opts.seed ?? 42);
  let checkIns = 0;
  for (const person of couple.people) {
    const today = localDate(new Date(), person.timeZone);
    const from = addDays(today, -(opts.days - 1));
    for (let n = 0; n < opts.perPerson; n++) {
      const commitment = await db.commitment.create({
        data: {
          coupleId: couple.coupleId,
          createdById: person.id,
          ownerId: person.id,
          title: `Daily promise ${n + 1}`,
          description: "",
          kind: "recurring",
          cadences: { create: { from, cadence: JSON.stringify({ kind: "daily" }) } },
        },
        select: { id: true },
      });
      let batch: { commitmentId: string; userId: string; day: string; timeZone: string; outcome: string }[] =
        [];
      const flush = async () => {
        if (batch.length) await db.checkIn.createMany({ data: batch });
        checkIns += batch.length;
        batch = [];
      };
      for (let i = 0; i < opts.days; i++) {
        const r = random();
        const outcome = OUTCOME_CDF.find(([p]) => r < p)?.[1];
        if (!outcome) continue;
        batch.push({
          commitmentId: commitment.id,
          userId: person.id,
          day: addDays(from, i),
          timeZone: person.timeZone,
          outcome,
        });
        if (batch.length >= 2000) await flush();
      }
      await flush();
    }
  }
  // As the app's writes do: the couple's cached dashboard is no longer current.
  await bumpCoupleVersion(db, couple.coupleId);
  return { checkIns };
}
