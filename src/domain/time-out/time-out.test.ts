import { describe, expect, it } from "vitest";
import {
  describeMinutes,
  REMINDER_LEAD_MINUTES,
  reminderDue,
  returnAtFor,
  runsOutAt,
  timeOutState,
  timeOutsLeft,
  ZStartTimeOut,
} from "./time-out";

const at = (iso: string) => new Date(iso);
const start = at("2026-12-08T10:00:00Z");
const running = { returnAt: returnAtFor(start, 30), returnedAt: null, endedAt: null };

describe("time-out rules", () => {
  it("accepts 20 minutes to 24 hours, in whole minutes", () => {
    expect(ZStartTimeOut.safeParse({ minutes: 20 }).success).toBe(true);
    expect(ZStartTimeOut.safeParse({ minutes: 1440 }).success).toBe(true);
    expect(ZStartTimeOut.safeParse({ minutes: 19 }).error?.issues[0]?.message).toMatch(/at least 20/);
    expect(ZStartTimeOut.safeParse({ minutes: 1441 }).error?.issues[0]?.message).toMatch(/24 hours/);
    expect(ZStartTimeOut.safeParse({ minutes: 20.5 }).success).toBe(false);
    expect(ZStartTimeOut.safeParse({ minutes: 20, reason: "x" }).success).toBe(false);
  });

  it("runs until its return time, is due for an hour, then has run out", () => {
    expect(timeOutState(running, at("2026-12-08T10:29:59Z"))).toBe("running");
    expect(timeOutState(running, at("2026-12-08T10:30:00Z"))).toBe("due");
    expect(timeOutState(running, at("2026-12-08T11:29:59Z"))).toBe("due");
    expect(timeOutState(running, runsOutAt(running.returnAt))).toBe("ran-out");
    expect(
      timeOutState({ ...running, returnedAt: at("2026-12-08T10:31:00Z") }, at("2026-12-09T00:00Z")),
    ).toBe("returned");
    expect(timeOutState({ ...running, endedAt: at("2026-12-08T10:05:00Z") }, at("2026-12-08T10:06Z"))).toBe(
      "ran-out",
    );
  });

  it("reminds shortly before the return time, not before, and not once ended", () => {
    const lead = REMINDER_LEAD_MINUTES * 60_000;
    expect(reminderDue(running, new Date(running.returnAt.getTime() - lead - 1))).toBe(false);
    expect(reminderDue(running, new Date(running.returnAt.getTime() - lead))).toBe(true);
    expect(reminderDue(running, running.returnAt)).toBe(true);
    expect(reminderDue(running, runsOutAt(running.returnAt))).toBe(false);
    expect(reminderDue({ ...running, endedAt: start }, running.returnAt)).toBe(false);
  });

  it("allows three time-outs in any seven days", () => {
    const now = at("2026-12-08T10:00:00Z");
    expect(timeOutsLeft([], now)).toBe(3);
    const days = (n: number) => new Date(now.getTime() - n * 86_400_000);
    expect(timeOutsLeft([days(1), days(2)], now)).toBe(1);
    expect(timeOutsLeft([days(1), days(2), days(6.9)], now)).toBe(0);
    expect(timeOutsLeft([days(1), days(2), days(7)], now)).toBe(1);
  });

  it("says a length in words", () => {
    expect(describeMinutes(20)).toBe("20 minutes");
    expect(describeMinutes(60)).toBe("1 hour");
    expect(describeMinutes(90)).toBe("1 hour 30 minutes");
    expect(describeMinutes(1440)).toBe("24 hours");
  });
});
