// One rule for user text (docs/security.md, "Time and the shared device"): every free-text field
// a partner reads refuses text-direction overrides, zero-width spaces and control characters with
// one clear message, through the real router, and nothing is written.
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { HIDDEN_CHARACTERS_MESSAGE } from "@/domain/user-text";
import type { Db } from "@/server/db";
import { callerFor } from "../support/callers";
import { dumpTables } from "../support/dump";
import { createTestDb } from "../support/test-db";
import { type World, world } from "../support/world";

let db: Db;
let url: string;
let w: World;
beforeAll(async () => {
  ({ db, url } = await createTestDb());
  w = await world(db);
}, 60_000);

type Caller = ReturnType<typeof callerFor>;
const FIELDS: Record<string, (c: Caller, w: World, text: string) => Promise<unknown>> = {
  "amends.create whatIDid": (c, _, t) => c.amends.create({ whatIDid: t, impact: "i", different: "d" }),
  "amends.followUp note": (c, w, t) => c.amends.followUp({ id: w.avasAmends, note: t }),
  "talk.save appreciation": (c, w, t) =>
    c.talk.save({ week: w.today, appreciation: t, wentWell: "", hard: "", request: "" }),
  "commitment.checkIn note": (c, w, t) =>
    c.commitment.checkIn({
      commitmentId: w.avasOwn,
      day: w.today,
      outcome: "kept",
      note: t,
      noteShared: true,
    }),
  "commitment.create title": (c, _, t) =>
    c.commitment.create({ title: t, who: "me", cadence: { kind: "daily" } }),
  "boundary.propose description": (c, _, t) =>
    c.boundary.propose({ title: "A title", description: t, category: "communication", owner: "ours" }),
  "boundary.propose note": (c, _, t) =>
    c.boundary.propose({
      title: "A title",
      description: "d",
      category: "communication",
      owner: "ours",
      note: t,
    }),
  "sharingBreak.start note": (c, _, t) => c.sharingBreak.start({ days: 1, note: t }),
};
const HOSTILE = {
  "U+202E": "kind words \u202Esdrow dnik",
  "a zero-width space": "kind\u200Bwords",
  NUL: "kind\u0000words",
};

describe("free text refuses hidden and control characters", () => {
  it.each(Object.keys(FIELDS))("%s", async (field) => {
    const ava = callerFor(db, w.users.self?.claims ?? null);
    const before = await dumpTables(db, url, ["RateLimit"]);
    for (const text of Object.values(HOSTILE)) {
      const error = await FIELDS[field]?.(ava, w, text).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
      expect((error as TRPCError).message).toContain(HIDDEN_CHARACTERS_MESSAGE);
    }
    expect(await dumpTables(db, url, ["RateLimit"])).toEqual(before);
  });

  it("keeps right-to-left text, line breaks and emoji", async () => {
    const ava = callerFor(db, w.users.self?.claims ?? null);
    const text = "שלום\nمی‌خواهم 👨‍👩‍👧";
    const { id } = await ava.amends.create({ whatIDid: text, impact: "i", different: "d" });
    expect((await ava.amends.get({ id })).whatIDid).toBe(text);
  });
});
