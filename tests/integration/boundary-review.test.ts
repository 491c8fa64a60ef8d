// Boundaries that come up for review: a review date on a boundary ("for 90 days"); from that day
// (each partner's own) both are asked, once, "keep, loosen or retire?" (across instances), and the
// answers follow the usual negotiate-and-agree path to a new version or a retirement; both keeping
// ends the review. Export and deletion of one's own answers.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, localDate } from "@/domain/commitment/schedule";
import { notifyBoundaryReviews } from "@/server/boundary/review";
import type { Db } from "@/server/db";
import { callerFor, failure, signUp, type TestUser } from "../support/callers";
import { linkedPair, tokenOf } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const as = (u: TestUser) => callerFor(db, u.claims);
const today = () => localDate(new Date(), "Europe/Berlin");
const text = {
  title: "Phones stay open to each other",
  description: "Either of us can look at the other's phone when we ask.",
  category: "privacy-phones" as const,
  owner: "ours" as const,
};

/** An agreed boundary whose review date is today (written directly: a review date is chosen ahead). */
async function upForReview(a: TestUser, b: TestUser) {
  const { id } = await as(a).boundary.propose({ ...text, reviewOn: addDays(today(), 90) });
  await as(b).boundary.agree({ id, rev: 0, versionNumber: 1 });
  expect((await as(b).boundary.get({ id })).review).toMatchObject({
    reviewOn: addDays(today(), 90),
    due: false,
  });
  expect(await failure(as(a).boundary.review({ id, rev: 1, answer: "keep" }))).toMatchObject({
    code: "CONFLICT",
  });
  await db.boundary.update({ where: { id }, data: { reviewOn: today() } });
  return id;
}

describe("boundaries that come up for review", () => {
  it("takes a review date only ahead, and either can change it on an agreed boundary", async () => {
    const { a, b } = await linkedPair(db);
    expect(await failure(as(a).boundary.propose({ ...text, reviewOn: today() }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    const { id } = await as(a).boundary.propose(text);
    expect(
      await failure(as(a).boundary.setReview({ id, rev: 0, reviewOn: addDays(today(), 30) })),
    ).toMatchObject({ code: "CONFLICT" });
    await as(b).boundary.agree({ id, rev: 0, versionNumber: 1 });
    await as(b).boundary.setReview({ id, rev: 1, reviewOn: addDays(today(), 30) });
    expect((await as(a).notification.list()).map((n) => n.kind)).toContain("boundary-review-set");
    expect((await as(a).boundary.get({ id })).review?.reviewOn).toBe(addDays(today(), 30));
    // A stale page's change is refused.
    expect(await failure(as(a).boundary.setReview({ id, rev: 1, reviewOn: null }))).toMatchObject({
      code: "CONFLICT",
    });
    await as(a).boundary.setReview({ id, rev: 2, reviewOn: null });
    expect((await as(b).boundary.get({ id })).review).toBeNull();
  });

  it("asks each partner once from the review date in their own zone, across instances", async () => {
    const a = await signUp(db, { name: "Kiri", timeZone: "Pacific/Kiritimati" });
    const b = await signUp(db, { name: "Bea", timeZone: "Europe/Berlin" });
    const invite = await as(a).invite.create();
    await as(b).invite.accept({ token: tokenOf(invite.url) });
    const { id } = await as(a).boundary.propose(text);
    await as(b).boundary.agree({ id, rev: 0, versionNumber: 1 });
    await db.boundary.update({ where: { id }, data: { reviewOn: "2030-01-02" } });
    const asked = (u: TestUser) =>
      db.notification.count({ where: { userId: u.id, kind: "boundary-review-due", objectId: id } });
    // 12:00 UTC on 1 January: already the 2nd in Kiritimati (UTC+14), still the 1st in Berlin.
    const noon = new Date("2030-01-01T12:00:00Z");
    await Promise.all([notifyBoundaryReviews(db, noon), notifyBoundaryReviews(db, noon)]);
    await notifyBoundaryReviews(db, noon);
    expect([await asked(a), await asked(b)]).toEqual([1, 0]);
    const berlinMidnight = new Date("2030-01-01T23:30:00Z");
    await Promise.all([notifyBoundaryReviews(db, berlinMidnight), notifyBoundaryReviews(db, berlinMidnight)]);
    expect([await asked(a), await asked(b)]).toEqual([1, 1]);
    // A later round asks nobody again.
    await notifyBoundaryReviews(db, new Date("2030-01-05T12:00:00Z"));
    expect([await asked(a), await asked(b)]).toEqual([1, 1]);
  });

  it("ends the review when both keep it", async () => {
    const { a, b } = await linkedPair(db);
    const id = await upForReview(a, b);
    expect((await as(a).boundary.get({ id })).review).toMatchObject({ due: true, mine: null, partner: null });
    const first = await as(a).boundary.review({ id, rev: 1, answer: "keep" });
    expect(first.reviewEnded).toBe(false);
    expect((await as(b).boundary.get({ id })).review).toMatchObject({ due: true, partner: "keep" });
    expect((await as(b).notification.list()).map((n) => n.kind)).toContain("boundary-review-answered");
    const second = await as(b).boundary.review({ id, rev: 2, answer: "keep" });
    expect(second.reviewEnded).toBe(true);
    const after = await as(a).boundary.get({ id });
    expect(after).toMatchObject({ status: "active", review: null, active: { number: 1 } });
    expect(after.history.map((h) => h.kind)).toEqual(["proposed", "agreed", "review-keep", "review-kept"]);
    expect((await as(a).notification.list()).map((n) => n.kind)).toContain("boundary-review-kept");
  });

  it("loosens it through a new version the other agrees to (or declines: the review stays open)", async () => {
    const { a, b } = await linkedPair(db);
    const id = await upForReview(a, b);
    const loosened = { ...text, description: "We ask first, and only when one of us feels unsure." };
    await as(a).boundary.review({ id, rev: 1, answer: "loosen", text: loosened });
    expect((await as(b).boundary.get({ id })).status).toBe("revising");
    await as(b).boundary.decline({ id, rev: 2 });
    expect((await as(a).boundary.get({ id })).review).toMatchObject({ due: true, mine: "loosen" });
    await as(b).boundary.review({ id, rev: 3, answer: "loosen", text: { ...loosened, note: "Try this" } });
    await as(a).boundary.agree({ id, rev: 4, versionNumber: 3 });
    const after = await as(b).boundary.get({ id });
    expect(after).toMatchObject({ status: "active", review: null, active: { number: 3 } });
    expect(after.active?.description).toContain("only when one of us feels unsure");
  });

  it("retires it when both agree", async () => {
    const { a, b } = await linkedPair(db);
    const id = await upForReview(a, b);
    await as(b).boundary.review({ id, rev: 1, answer: "retire", note: "We trust each other again" });
    expect((await as(a).boundary.get({ id })).status).toBe("retiring");
    await as(a).boundary.agree({ id, rev: 2, versionNumber: 1 });
    expect(await as(b).boundary.get({ id })).toMatchObject({ status: "retired", review: null });
  });

  it("exports the person's own answers and deletes them with the account", async () => {
    const { a, b } = await linkedPair(db);
    const id = await upForReview(a, b);
    await as(a).boundary.review({ id, rev: 1, answer: "keep" });
    const ax = (await as(a).account.export()).couples[0]?.boundaries[0];
    expect(ax).toMatchObject({ reviewOn: today(), myReviewAnswers: [{ reviewOn: today(), answer: "keep" }] });
    expect((await as(b).account.export()).couples[0]?.boundaries[0]?.myReviewAnswers).toEqual([]);
    await as(a).account.delete({ password: a.password });
    expect(await db.boundaryReview.count({ where: { userId: a.id } })).toBe(0);
  });
});
