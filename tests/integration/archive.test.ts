// Issue #17, finding 5: after an unlink, the archive shows each former partner as they were when
// the couple ended, and only what both had agreed.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db";
import { callerFor, failure } from "../support/callers";
import { linkedPair } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const text = { description: "What it means", category: "communication" as const, owner: "ours" as const };

describe("the archive after an unlink", () => {
  it("names the former partner as they were when the couple ended, in every view", async () => {
    const { a, b } = await linkedPair(db, ["Ava", "Ben"]);
    const asA = callerFor(db, a.claims);
    const asB = callerFor(db, b.claims);
    const { id: agreed } = await asB.boundary.propose({ title: "Agreed one", ...text });
    await asA.boundary.agree({ id: agreed, rev: 0, versionNumber: 1 });
    const { id: shared } = await asB.commitment.create({
      title: "Walk",
      who: "both",
      cadence: { kind: "daily" },
    });

    await asA.couple.unlink();
    await asB.user.updateProfile({ name: "Benjamin After", timeZone: "Europe/Berlin", weekStartsOn: 1 });
    await asA.user.updateProfile({ name: "Ava After", timeZone: "Europe/Berlin", weekStartsOn: 1 });

    const archive = await asA.boundary.archive();
    expect(archive.map((c) => c.partnerName)).toEqual(["Ben"]);
    const boundary = await asA.boundary.get({ id: agreed });
    expect(boundary.partnerName).toBe("Ben");
    expect(boundary.active?.proposedBy).toBe("Ben");
    expect(JSON.stringify(boundary)).not.toContain("Benjamin After");
    const commitment = await asA.commitment.get({ id: shared });
    expect(commitment.partnerName).toBe("Ben");
    expect(JSON.stringify(commitment)).not.toContain("Benjamin After");
    // The same holds the other way round.
    expect((await asB.boundary.archive()).map((c) => c.partnerName)).toEqual(["Ava"]);
    expect(JSON.stringify(await asB.boundary.get({ id: agreed }))).not.toContain("Ava After");
  });

  it("serves only what both had agreed: a proposal never agreed is not found", async () => {
    const { a, b } = await linkedPair(db, ["Ada", "Bo"]);
    const asA = callerFor(db, a.claims);
    const asB = callerFor(db, b.claims);
    const { id: agreed } = await asA.boundary.propose({ title: "Both said yes", ...text });
    await asB.boundary.agree({ id: agreed, rev: 0, versionNumber: 1 });
    await asA.boundary.proposeRevision({
      id: agreed,
      rev: (await asA.boundary.get({ id: agreed })).rev,
      text: { title: "A change Bo never saw through", ...text },
    });
    const { id: pending } = await asB.boundary.propose({ title: "Bo's unanswered idea", ...text });
    await asB.couple.unlink();

    for (const caller of [asA, asB]) {
      expect(await failure(caller.boundary.get({ id: pending }))).toMatchObject({ code: "NOT_FOUND" });
      const kept = await caller.boundary.get({ id: agreed });
      expect(kept.active?.title).toBe("Both said yes");
      expect(kept.pending).toBeNull();
      expect(JSON.stringify(kept)).not.toContain("never saw through");
    }
  });
});
