// The writers of the restart tests: seeded couples whose partners log check-ins (and read their
// dashboards) through nginx, with a ledger of what was acknowledged; then the database is read to
// see that every acknowledged write is there. The same clients and count as the durability bench.
import { randomBytes } from "node:crypto";
import { expect } from "@playwright/test";
import { addDays, localDate } from "@/domain/commitment/schedule";
import { createDb } from "@/server/db";
import { type ClientSpec, type LoadResult, runClients } from "../bench/durability/load";
import { clearWrittenDays, countPersisted } from "../bench/durability/run";
import { signIn } from "../bench/http/client";
import { SEED_PASSWORD, seedCouples } from "../bench/seed-history";
import { clusterDatabaseUrl, clusterUrl } from "./cluster";

/** `clients` signed-in people (half as many couples), each writing their own 3 recent days. */
export async function writers(clients: number): Promise<ClientSpec[]> {
  const db = createDb(clusterDatabaseUrl());
  try {
    const prefix = `cluster-${randomBytes(4).toString("hex")}`;
    const { couples } = await seedCouples(db, {
      engine: "postgresql",
      couples: Math.ceil(clients / 2),
      years: 0.02,
      perPerson: 1,
      prefix,
    });
    const people = Array.from({ length: clients }, (_, i) => {
      const couple = couples[Math.floor(i / 2)];
      const person = couple?.people[i % 2];
      if (!couple || !person) throw new Error("no seeded person");
      return { person, coupleId: couple.id };
    });
    const now = new Date();
    const days = people.map(({ person }) =>
      [0, 1, 2].map((d) => addDays(localDate(now, person.timeZone), -d)),
    );
    await clearWrittenDays(db, people, days);
    const specs: ClientSpec[] = [];
    for (const [i, { person }] of people.entries()) {
      const ip = `198.51.${randomBytes(1)[0]}.${(i % 250) + 1}`;
      specs.push({
        cookie: await signIn(clusterUrl(), person.email, SEED_PASSWORD, ip),
        ip,
        keys: person.commitmentIds.flatMap((commitmentId) =>
          (days[i] ?? []).map((day) => ({ commitmentId, day })),
        ),
      });
    }
    return specs;
  } finally {
    await db.$disconnect();
  }
}

export const write = (clients: ClientSpec[], seconds: number, keepGoing?: () => boolean) =>
  runClients(clusterUrl(), clients, seconds, keepGoing);
export const persisted = (load: LoadResult) => countPersisted(clusterDatabaseUrl(), load);

/** A restart or a replacement under load: every request answered, none 5xx, every acknowledged write there. */
export async function expectEveryWriteKept(result: LoadResult) {
  const d = await persisted(result);
  expect(result.samples).toEqual([]);
  expect(result.checkIn.s5xx + result.dashboard.s5xx).toBe(0);
  expect(result.checkIn.noAnswer + result.dashboard.noAnswer).toBe(0);
  expect(result.checkIn.s2xx).toBeGreaterThan(100);
  expect(d.acknowledged).toBeGreaterThan(100);
  expect(d.lost).toBe(0);
  expect(d.finalValueMismatches).toBe(0);
}
