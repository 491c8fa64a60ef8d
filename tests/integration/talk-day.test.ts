// Issue #21 item 4, "a talk is ready to answer": on the couple's talk day each partner is told,
// once, in their own zone, by the scheduler that every instance runs (src/server/talk/talk-day.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { dayOfWeek, localDate } from "@/domain/commitment/schedule";
import { allChoices } from "@/domain/notification/schemas";
import type { Db } from "@/server/db";
import { notifyTalkDays } from "@/server/talk/talk-day";
import { callerFor, type TestUser } from "../support/callers";
import { linkedPair } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

const as = (u: TestUser) => callerFor(db, u.claims);
const SUNDAY = 0;
const talkDayNotices = async (u: TestUser) =>
  (await as(u).notification.list()).filter((n) => n.kind === "talk-day").map((n) => n.href);

/** Both sign up in Europe/Berlin; today there is their talk day. */
async function pairOnTheirTalkDay() {
  const { a, b } = await linkedPair(db);
  const today = localDate(new Date(), "Europe/Berlin");
  await as(a).talk.setDay({ day: dayOfWeek(today) });
  return { a, b, week: today };
}

describe("the talk day's notification", () => {
  it("tells each partner once, from their own midnight, even when instances run at the same moment", async () => {
    const { a, b } = await linkedPair(db);
    await as(a).talk.setDay({ day: SUNDAY });
    const me = await as(b).user.me();
    await as(b).user.updateProfile({
      name: me.name,
      timeZone: "America/Los_Angeles",
      weekStartsOn: me.weekStartsOn,
      showStreaks: me.showStreaks,
    });

    // Saturday 5 December 2026, 23:30 UTC: Sunday 00:30 in Berlin, Saturday afternoon in Los Angeles.
    const berlinSunday = new Date("2026-12-05T23:30:00Z");
    await notifyTalkDays(db, new Date("2026-12-05T22:59:00Z")); // 23:59 Saturday in Berlin
    expect(await talkDayNotices(a)).toEqual([]);
    // Three instances' schedulers in the same minute, and the next minute's round.
    await Promise.all([1, 2, 3].map(() => notifyTalkDays(db, berlinSunday)));
    await notifyTalkDays(db, new Date("2026-12-05T23:31:00Z"));
    expect(await talkDayNotices(a)).toEqual(["/talk/2026-12-06"]);
    expect(await talkDayNotices(b)).toEqual([]);

    // Sunday 01:00 in Los Angeles.
    await notifyTalkDays(db, new Date("2026-12-06T09:00:00Z"));
    expect(await talkDayNotices(b)).toEqual(["/talk/2026-12-06"]);
    expect(await talkDayNotices(a)).toHaveLength(1);
    // A week later, the next talk.
    await notifyTalkDays(db, new Date("2026-12-13T12:00:00Z"));
    expect(await talkDayNotices(a)).toEqual(["/talk/2026-12-13", "/talk/2026-12-06"]);
    // No day but the talk day.
    await notifyTalkDays(db, new Date("2026-12-15T12:00:00Z"));
    expect(await talkDayNotices(a)).toHaveLength(2);
  });

  it("is not sent once the person has answered, when the week is skipped, during a break, when turned off, or after an unlink", async () => {
    const answered = await pairOnTheirTalkDay();
    await as(answered.a).talk.save({
      week: answered.week,
      appreciation: "you made dinner",
      wentWell: "our walk",
      hard: "the call",
      request: "call me when you're late",
      submit: true,
    });
    const skipped = await pairOnTheirTalkDay();
    await as(skipped.b).talk.skip({ week: skipped.week, skipped: true });
    const onBreak = await pairOnTheirTalkDay();
    await as(onBreak.a).sharingBreak.start({ days: 2 });
    const turnedOff = await pairOnTheirTalkDay();
    await as(turnedOff.a).notification.updateSettings({
      choices: { ...allChoices(true), "talk-day": false },
    });
    const unlinked = await pairOnTheirTalkDay();
    await as(unlinked.a).couple.unlink();

    await notifyTalkDays(db);
    expect(await talkDayNotices(answered.a)).toEqual([]);
    expect(await talkDayNotices(answered.b)).toEqual([`/talk/${answered.week}`]);
    expect(await talkDayNotices(skipped.a)).toEqual([]);
    expect(await talkDayNotices(skipped.b)).toEqual([]);
    expect(await talkDayNotices(onBreak.a)).toEqual([]);
    expect(await talkDayNotices(onBreak.b)).toEqual([`/talk/${onBreak.week}`]);
    expect(await talkDayNotices(turnedOff.a)).toEqual([]);
    expect(await talkDayNotices(turnedOff.b)).toEqual([`/talk/${turnedOff.week}`]);
    expect(await talkDayNotices(unlinked.a)).toEqual([]);
    expect(await talkDayNotices(unlinked.b)).toEqual([]);
  });

  it("a person whose stored zone no longer exists is skipped, and the others are still told", async () => {
    const broken = await pairOnTheirTalkDay();
    await db.user.update({ where: { id: broken.a.id }, data: { timeZone: "Mars/Olympus_Mons" } });
    const fine = await pairOnTheirTalkDay();
    await notifyTalkDays(db);
    expect(await talkDayNotices(broken.b)).toEqual([`/talk/${broken.week}`]);
    expect(await talkDayNotices(fine.a)).toEqual([`/talk/${fine.week}`]);
  });
});
