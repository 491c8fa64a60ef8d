// Issue #21, the journey: what both did since linking, by month, filterable; only what both can
// see (no draft, no unrevealed talk, no proposal never agreed).
import { beforeAll, describe, expect, it } from "vitest";
import { dayOfWeek, localDate } from "@/domain/commitment/schedule";
import type { Db } from "@/server/db";
import { callerFor, type TestUser } from "../support/callers";
import { linkedPair } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const as = (u: TestUser) => callerFor(db, u.claims);
const text = { description: "What it means", category: "communication" as const, owner: "ours" as const };
const said = (tag: string) => ({ appreciation: tag, wentWell: tag, hard: tag, request: tag, submit: true });

describe("the journey", () => {
  it("lists what the couple did this month, filterable, and nothing private", async () => {
    const { a, b } = await linkedPair(db);
    const today = localDate(new Date(), "Europe/Berlin");
    const { id: boundary } = await as(a).boundary.propose({ title: "Agreed together", ...text });
    await as(b).boundary.agree({ id: boundary, rev: 0, versionNumber: 1 });
    await as(b).boundary.propose({ title: "Never agreed", ...text });
    await as(a).commitment.create({ title: "Walk after dinner", who: "me", cadence: { kind: "daily" } });
    const { id: amends } = await as(a).amends.create({
      whatIDid: "w",
      impact: "i",
      different: "d",
      share: true,
    });
    await as(b).amends.answer({ id: amends, answer: "received" });
    await as(a).amends.create({ whatIDid: "DRAFT", impact: "i", different: "d" });
    await as(a).talk.setDay({ day: dayOfWeek(today) });
    await as(a).talk.save({ week: today, ...said("A") });
    await as(b).talk.save({ week: today, ...said("B") });

    const journey = await as(b).journey.get({});
    expect(journey.weeks).toBe(0);
    expect(journey.months).toHaveLength(1);
    const kinds = journey.months[0]?.events.map((e) => e.kind).sort();
    expect(kinds).toEqual([
      "amends-received",
      "amends-shared",
      "boundary-agreed",
      "commitment-started",
      "talk-held",
    ]);
    expect(journey.months[0]?.counts).toEqual({ boundaries: 1, commitments: 1, amends: 2, talks: 1 });
    const agreed = journey.months[0]?.events.find((e) => e.kind === "boundary-agreed");
    expect(agreed).toMatchObject({ title: "Agreed together", by: "You", href: `/boundaries/${boundary}` });
    expect(JSON.stringify(journey)).not.toMatch(/DRAFT|Never agreed/);

    const talks = await as(a).journey.get({ filter: "talks" });
    expect(talks.months[0]?.events.map((e) => e.kind)).toEqual(["talk-held"]);
  });
});
