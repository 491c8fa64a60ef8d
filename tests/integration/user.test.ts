import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/server/auth/credentials";
import type { Db } from "@/server/db";
import { callerFor, failure, randomIp, signIn, signUp } from "../support/callers";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

async function codeOf(promise: Promise<unknown>) {
  return promise.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : `not a TRPCError: ${String(e)}`),
  );
}

describe("user.me", () => {
  it("needs a session", async () => {
    expect(await codeOf(callerFor(db).user.me())).toBe("UNAUTHORIZED");
  });

  it("returns the caller's own profile and nothing secret", async () => {
    const user = await signUp(db, { name: "Jo" });
    const me = await callerFor(db, user.claims).user.me();
    // Exactly these fields, with their own types on both engines (read by one raw statement).
    expect(me).toEqual({
      id: user.id,
      name: "Jo",
      email: user.email,
      timeZone: "Europe/Berlin",
      weekStartsOn: 1,
      showStreaks: true,
      theme: "system",
      createdAt: expect.any(Date),
    });
    expect(Math.abs(me.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    await callerFor(db, user.claims).user.updateProfile({
      name: "Jo",
      timeZone: "Europe/Berlin",
      weekStartsOn: 0,
      showStreaks: false,
    });
    expect(await callerFor(db, user.claims).user.me()).toMatchObject({ weekStartsOn: 0, showStreaks: false });
  });

  it("refuses a session for a user that no longer exists", async () => {
    expect(await codeOf(callerFor(db, { userId: "gone", sessionId: "gone" }).user.me())).toBe("UNAUTHORIZED");
  });
});

describe("user.updateProfile", () => {
  it("saves name, time zone and week start", async () => {
    const user = await signUp(db);
    const caller = callerFor(db, user.claims);
    await caller.user.updateProfile({ name: "  Kim  ", timeZone: "Pacific/Auckland", weekStartsOn: 0 });
    expect(await caller.user.me()).toMatchObject({
      name: "Kim",
      timeZone: "Pacific/Auckland",
      weekStartsOn: 0,
    });
  });

  it("validates every field and changes nothing on bad input", async () => {
    const user = await signUp(db, { name: "Before" });
    const caller = callerFor(db, user.claims);
    for (const input of [
      { name: "", timeZone: "UTC", weekStartsOn: 1 },
      { name: "x".repeat(61), timeZone: "UTC", weekStartsOn: 1 },
      { name: "Ok", timeZone: "Not/AZone", weekStartsOn: 1 },
      { name: "Ok", timeZone: "UTC", weekStartsOn: 7 },
      { name: "Ok", timeZone: "UTC", weekStartsOn: 1, email: "takeover@example.test" },
    ]) {
      expect(
        await codeOf(
          caller.user.updateProfile(input as { name: string; timeZone: string; weekStartsOn: number }),
        ),
      ).toBe("BAD_REQUEST");
    }
    expect(await caller.user.me()).toMatchObject({
      name: "Before",
      email: user.email,
      timeZone: "Europe/Berlin",
    });
  });
});

describe("revocable sessions", () => {
  it("a password change ends every existing session and the old password", async () => {
    const user = await signUp(db);
    const oldSession = callerFor(db, user.claims);
    await oldSession.user.changePassword({
      currentPassword: user.password,
      newPassword: "a brand new passphrase",
    });

    expect(await codeOf(oldSession.user.me())).toBe("UNAUTHORIZED");
    expect(await authenticate(db, { email: user.email, password: user.password }, randomIp())).toMatchObject({
      ok: false,
    });
    const fresh = await authenticate(
      db,
      { email: user.email, password: "a brand new passphrase" },
      randomIp(),
    );
    expect(fresh).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await codeOf(callerFor(db, await signIn(db, user.id)).user.me())).toBe("OK");
  });

  it("a wrong current password changes nothing", async () => {
    const user = await signUp(db);
    const caller = callerFor(db, user.claims);
    expect(
      await codeOf(
        caller.user.changePassword({ currentPassword: "wrong one", newPassword: "another long one" }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await codeOf(caller.user.me())).toBe("OK");
    expect((await authenticate(db, { email: user.email, password: user.password }, randomIp())).ok).toBe(
      true,
    );
  });

  it("a common new password is refused", async () => {
    const user = await signUp(db);
    expect(
      await codeOf(
        callerFor(db, user.claims).user.changePassword({
          currentPassword: user.password,
          newPassword: "iloveyou",
        }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("password change attempts are rate-limited per account", async () => {
    const user = await signUp(db);
    const results: string[] = [];
    for (let i = 0; i < 11; i++) {
      results.push(
        await codeOf(
          callerFor(db, user.claims).user.changePassword({
            currentPassword: `wrong ${i}`,
            newPassword: "another long one",
          }),
        ),
      );
    }
    expect(results.slice(0, 10).every((c) => c === "BAD_REQUEST")).toBe(true);
    expect(results[10]).toBe("TOO_MANY_REQUESTS");
  });

  it("sign out everywhere ends every session of that user only", async () => {
    const user = await signUp(db);
    const other = await signUp(db);
    const phone = callerFor(db, user.claims);
    const laptop = callerFor(db, user.claims);
    await laptop.user.signOutEverywhere();
    expect(await codeOf(phone.user.me())).toBe("UNAUTHORIZED");
    expect(await codeOf(laptop.user.me())).toBe("UNAUTHORIZED");
    expect(await codeOf(callerFor(db, other.claims).user.me())).toBe("OK");
    expect((await authenticate(db, { email: user.email, password: user.password }, randomIp())).ok).toBe(
      true,
    );
  });
});

// Mail is off in this file: a taken address is said plainly (nobody could be told otherwise).
describe("user.changeEmail without mail", () => {
  it("changes the address (unconfirmed), and names a taken one as taken", async () => {
    const owner = await signUp(db);
    const user = await signUp(db);
    const caller = callerFor(db, user.claims);
    await expect(
      caller.user.changeEmail({ email: owner.email, currentPassword: user.password }),
    ).rejects.toThrow("Another account uses this address. Choose a different one.");
    const next = `moved-${user.id}@example.test`;
    expect(await caller.user.changeEmail({ email: next, currentPassword: user.password })).toEqual({
      mailEnabled: false,
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.email).toBe(next);
    expect(row.emailVerifiedAt).toBeNull();
    expect(await db.mailOutbox.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("user.setTheme", () => {
  it("keeps light, dark or the device's choice for the person, and refuses anything else by name", async () => {
    const user = await signUp(db, { name: "Jo" });
    const jo = callerFor(db, user.claims);
    expect(await jo.user.setTheme({ theme: "dark" })).toEqual({ theme: "dark" });
    expect((await jo.user.me()).theme).toBe("dark");
    const wrong = await failure(jo.user.setTheme({ theme: "sepia" as "dark" }));
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(wrong.message).toContain("Choose light, dark, or the same as this device.");
    expect((await jo.user.me()).theme).toBe("dark");
    await jo.user.setTheme({ theme: "system" });
    expect((await jo.user.me()).theme).toBe("system");
    expect(await codeOf(callerFor(db).user.setTheme({ theme: "dark" }))).toBe("UNAUTHORIZED");
  });
});
