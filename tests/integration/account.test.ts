// Issue #7, suite 9: a person's own data out (export) and their account gone (delete), without
// touching what belongs to the former partner.
import { beforeAll, describe, expect, it } from "vitest";
import { localDate } from "@/domain/commitment/schedule";
import { DELETED_NAME } from "@/server/api/routers/account";
import type { Db } from "@/server/db";
import { callerFor, failure, signUp, type TestUser } from "../support/callers";
import { tokenOf } from "../support/couples";
import { dumpTables } from "../support/dump";
import { createTestDb } from "../support/test-db";
import { world } from "../support/world";

let db: Db;
let url: string;
beforeAll(async () => {
  ({ db, url } = await createTestDb());
});

const as = (u: TestUser | null | undefined) => callerFor(db, u?.claims ?? null);

describe("export", () => {
  it("holds all of my own data, private notes included, and nothing that is only my partner's", async () => {
    const w = await world(db);
    const { self: ava, partner: ben } = w.users;
    // Ben keeps a private note on the shared commitment; Ava must never get it.
    await as(ben).commitment.checkIn({
      commitmentId: w.bensOwn,
      day: localDate(new Date(), "Europe/Berlin"),
      outcome: "kept",
      note: "BEN-PRIVATE note",
      noteShared: false,
    });
    // Ava corrects her check-in: the earlier version is hers too.
    await as(ava).commitment.checkIn({
      commitmentId: w.avasOwn,
      day: w.today,
      outcome: "partly",
      note: "C1PRIVATE corrected",
      noteShared: false,
    });
    const data = await as(ava).account.export();
    const text = JSON.stringify(data);
    expect(data.profile.email).toBe(ava?.email);
    expect(text).toContain("C1PRIVATE corrected");
    expect(text).toContain("C1PRIVATE note"); // the earlier version
    expect(data.checkIns.every((c) => c.commitment !== null)).toBe(true);
    expect(data.commitments.map((c) => c.title).sort()).toEqual([
      "An evening walk, no destination",
      "C1SECRET Ava's own",
      "C1SECRET shared",
    ]);
    expect(data.couples.map((c) => c.partnerName)).toEqual(["Eli", "Ben"]);
    expect(data.couples[1]?.boundaries.map((b) => b.versions[0]?.title).sort()).toEqual([
      "C1SECRET agreed",
      "C1SECRET pending",
    ]);
    expect(data.responsesGiven).toHaveLength(1);
    // Ben's own things never travel: his check-ins, notes, his own commitment.
    expect(text).not.toContain("BEN-PRIVATE");
    expect(text).not.toContain("C1SECRET shared note");
    expect(text).not.toContain("Ben's own");
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain("sessionVersion");
    // Nor does anyone else get Ava's.
    expect(JSON.stringify(await as(ben).account.export())).not.toContain("C1PRIVATE");
  });
});

/** Every row of every table, as text. */
const everything = () => dumpTables(db, url);

describe("delete", () => {
  it("closes the person's open invitation", async () => {
    const lee = await signUp(db);
    const invite = await as(lee).invite.create();
    await as(lee).account.delete({ password: lee.password });
    const mo = await signUp(db);
    expect((await failure(as(mo).invite.accept({ token: tokenOf(invite.url) }))).code).not.toBe("OK");
    expect(await failure(as(mo).couple.get())).toMatchObject({ code: "NOT_FOUND" });
  });

  it("needs the right password and changes nothing without it", async () => {
    const w = await world(db);
    const wrong = await failure(as(w.users.self).account.delete({ password: "not my password at all" }));
    expect(wrong).toMatchObject({
      code: "BAD_REQUEST",
      message: "That password isn't right, so nothing was deleted.",
    });
    expect(await as(w.users.self).couple.get()).toMatchObject({ partner: { name: "Ben" } });
    expect(await db.checkIn.count({ where: { userId: w.users.self?.id } })).toBe(1);
  });

  it("ends the couple, removes what is mine alone, ends my sessions, and leaves my partner's data intact", async () => {
    // A database of its own, so the dump below holds this world only.
    ({ db, url } = await createTestDb());
    const w = await world(db);
    const ava = w.users.self;
    const ben = w.users.partner;
    if (!ava || !ben) throw new Error("world");
    // More of Ava's own: a corrected check-in (its earlier version), a response Ben wrote on it,
    // a note on a boundary she keeps.
    await as(ava).commitment.checkIn({
      commitmentId: w.avasOwn,
      day: w.today,
      outcome: "missed",
      note: "C1PRIVATE corrected",
      noteShared: false,
    });
    await as(ben).commitment.acknowledge({ checkInId: w.avasCheckIn, kind: "differ", note: "BEN-RESPONSE" });
    await as(ava).boundary.respect({ id: w.active.id, respected: true, note: "AVA-RESPECT note" });
    const bensBefore = await as(ben).commitment.get({ id: w.shared });
    const bensCheckIns = await db.checkIn.count({ where: { userId: ben.id } });
    const bensMonths = await db.checkInMonth.findMany({ where: { userId: ben.id } });
    expect(bensMonths.length).toBeGreaterThan(0);
    expect(await db.checkInMonth.count({ where: { userId: ava.id } })).toBeGreaterThan(0);
    const boundariesBefore = await db.boundary.count({
      where: { couple: { members: { some: { userId: ben.id } } } },
    });

    await as(ava).account.delete({ password: ava.password });

    // Every session of Ava's ends and she can't sign in again.
    expect(await failure(as(ava).user.me())).toMatchObject({ code: "UNAUTHORIZED" });
    const row = await db.user.findUniqueOrThrow({ where: { id: ava.id } });
    expect(row).toMatchObject({ name: DELETED_NAME });
    expect(row.email).not.toBe(ava.email);
    // Hers alone: gone.
    expect(await db.checkIn.count({ where: { userId: ava.id } })).toBe(0);
    expect(await db.checkInMonth.count({ where: { userId: ava.id } })).toBe(0);
    expect(await db.checkInAck.count({ where: { userId: ava.id } })).toBe(0);
    expect(await db.commitment.count({ where: { ownerId: ava.id } })).toBe(0);
    expect(await db.commitmentPause.count({ where: { userId: ava.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: ava.id } })).toBe(0);
    // Ben: unlinked with the usual notification, everything of his as it was.
    expect(await failure(as(ben).couple.get())).toMatchObject({ code: "NOT_FOUND" });
    expect((await as(ben).notification.list()).map((n) => n.kind)).toContain("partner-unlinked");
    expect(await db.checkIn.count({ where: { userId: ben.id } })).toBe(bensCheckIns);
    expect(await db.checkInMonth.findMany({ where: { userId: ben.id } })).toEqual(bensMonths);
    expect(await db.commitment.findUnique({ where: { id: w.bensOwn } })).not.toBeNull();
    const bensAfter = await as(ben).commitment.get({ id: w.shared });
    expect(bensAfter.title).toBe(bensBefore.title);
    expect(bensAfter.checkIns.length).toBeGreaterThan(0);
    expect(bensAfter.checkIns.every((c) => c.mine)).toBe(true);
    // The agreed boundary stays; Ava's proposal that Ben never agreed to goes.
    expect(await db.boundary.count({ where: { couple: { members: { some: { userId: ben.id } } } } })).toBe(
      boundariesBefore - 1,
    );
    const archive = await as(ben).boundary.archive();
    expect(JSON.stringify(archive)).toContain(DELETED_NAME);
    expect(JSON.stringify(archive)).toContain("C1SECRET agreed");
    // A dump of every table: nothing Ava wrote alone is left anywhere; Ben's own words are.
    const dump = await everything();
    for (const gone of [
      "C1PRIVATE",
      "AVA-RESPECT",
      "BEN-RESPONSE",
      "C1SECRET pending",
      "C1SECRET proposal note",
      ava.email,
    ]) {
      expect(dump, gone).not.toContain(gone);
    }
    for (const kept of ["C1SECRET agreed", "C1SECRET shared note", "C1SECRET shared", "Ben's own"]) {
      expect(dump, kept).toContain(kept);
    }
    expect(dump).not.toContain(ava.email);
    // Her email is free for a new account.
    await signUp(db, { email: ava.email });
    // Ben can link with someone new.
    expect(await as(ben).invite.create()).toHaveProperty("url");
  });
});
