import { beforeAll, describe, expect, it } from "vitest";
import { hashInviteToken } from "@/domain/invite/invite";
import type { Db } from "@/server/db";
import { callerFor, failure, randomIp, signUp } from "../support/callers";
import { linkedPair, tokenOf } from "../support/couples";
import { createTestDb } from "../support/test-db";

let db: Db;
beforeAll(async () => {
  ({ db } = await createTestDb());
});

describe("creating an invitation", () => {
  it("gives a link on APP_URL and a readable code, and stores only hashes", async () => {
    const a = await signUp(db);
    const invite = await callerFor(db, a.claims).invite.create();
    expect(invite.url).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(invite.code).toMatch(
      /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}$/,
    );
    const days = (invite.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const token = tokenOf(invite.url);
    const row = await db.invite.findFirstOrThrow({ where: { inviterId: a.id } });
    expect(row.tokenHash).toBe(hashInviteToken(token));
    const dump = JSON.stringify(await db.invite.findMany());
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(invite.code.replace("-", ""));
  });

  it("a new invitation withdraws the old one; revoke withdraws it too", async () => {
    const a = await signUp(db);
    const b = await signUp(db);
    const first = await callerFor(db, a.claims).invite.create();
    const second = await callerFor(db, a.claims).invite.create();
    const asB = callerFor(db, b.claims);
    expect((await asB.invite.preview({ token: tokenOf(first.url) })).status).toBe("revoked");
    expect(await failure(asB.invite.accept({ token: tokenOf(first.url) }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("withdrawn"),
    });
    await callerFor(db, a.claims).invite.revoke();
    expect((await asB.invite.preview({ token: tokenOf(second.url) })).status).toBe("revoked");
    expect(await callerFor(db, a.claims).invite.current()).toMatchObject({ status: "revoked" });
  });

  it("can't be made while linked", async () => {
    const { a } = await linkedPair(db);
    expect((await failure(callerFor(db, a.claims).invite.create())).code).toBe("CONFLICT");
  });
});

describe("accepting", () => {
  it("links both people, who then see each other's name and the link date", async () => {
    const a = await signUp(db, { name: "Ava" });
    const b = await signUp(db, { name: "Ben" });
    const invite = await callerFor(db, a.claims).invite.create();
    const preview = await callerFor(db, b.claims).invite.preview({ token: tokenOf(invite.url) });
    expect(preview).toMatchObject({ inviterName: "Ava", status: "open", isOwn: false, alreadyLinked: false });

    const accepted = await callerFor(db, b.claims).invite.accept({ token: tokenOf(invite.url) });
    expect(accepted.partnerName).toBe("Ava");
    const forA = await callerFor(db, a.claims).couple.get();
    const forB = await callerFor(db, b.claims).couple.get();
    expect(forA.partner.name).toBe("Ben");
    expect(forB.partner.name).toBe("Ava");
    // A day, not a time (docs/security.md, "Days, not minutes").
    expect(forA.linkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(forB.linkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("works with the code, typed in any case with spaces or a dash", async () => {
    const a = await signUp(db);
    const b = await signUp(db);
    const { code } = await callerFor(db, a.claims).invite.create();
    const typed = ` ${code.toLowerCase().replace("-", " ")} `;
    expect((await callerFor(db, b.claims).invite.preview({ code: typed })).status).toBe("open");
    await callerFor(db, b.claims).invite.accept({ code: typed });
    expect((await callerFor(db, b.claims).couple.get()).partner.name).toBe(a.name);
  });

  it("refuses your own invitation", async () => {
    const a = await signUp(db);
    const invite = await callerFor(db, a.claims).invite.create();
    expect((await callerFor(db, a.claims).invite.preview({ token: tokenOf(invite.url) })).isOwn).toBe(true);
    expect(
      await failure(callerFor(db, a.claims).invite.accept({ token: tokenOf(invite.url) })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("your own invitation"),
    });
  });

  it("a used invitation says it was used, also to the one who sent it", async () => {
    const a = await signUp(db);
    const b = await signUp(db);
    const invite = await callerFor(db, a.claims).invite.create();
    await callerFor(db, b.claims).invite.accept({ token: tokenOf(invite.url) });
    const own = await callerFor(db, a.claims).invite.preview({ token: tokenOf(invite.url) });
    expect(own.message).toBe("This invitation has already been used.");
    expect(own.message).not.toContain("your own invitation");
    expect(
      await failure(callerFor(db, a.claims).invite.accept({ token: tokenOf(invite.url) })),
    ).toMatchObject({
      code: "CONFLICT",
      message: "This invitation has already been used.",
    });
  });

  it("refuses when already linked", async () => {
    const { b } = await linkedPair(db);
    const c = await signUp(db);
    const invite = await callerFor(db, c.claims).invite.create();
    expect((await callerFor(db, b.claims).invite.preview({ token: tokenOf(invite.url) })).alreadyLinked).toBe(
      true,
    );
    expect(
      await failure(callerFor(db, b.claims).invite.accept({ token: tokenOf(invite.url) })),
    ).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already linked"),
    });
  });

  it("refuses a used, declined or expired invitation with a clear message", async () => {
    const a = await signUp(db);
    const [b, c] = [await signUp(db), await signUp(db)];
    const used = await callerFor(db, a.claims).invite.create();
    await callerFor(db, b.claims).invite.accept({ token: tokenOf(used.url) });
    expect(await failure(callerFor(db, c.claims).invite.accept({ token: tokenOf(used.url) }))).toMatchObject({
      code: "CONFLICT",
      message: "This invitation has already been used.",
    });

    const d = await signUp(db);
    const declined = await callerFor(db, d.claims).invite.create();
    await callerFor(db, c.claims).invite.decline({ token: tokenOf(declined.url) });
    expect(
      await failure(callerFor(db, c.claims).invite.accept({ token: tokenOf(declined.url) })),
    ).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("declined"),
    });
    expect(await callerFor(db, d.claims).invite.current()).toMatchObject({ status: "declined" });

    const e = await signUp(db);
    const expired = await callerFor(db, e.claims).invite.create();
    await db.invite.updateMany({
      where: { inviterId: e.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(
      await failure(callerFor(db, c.claims).invite.accept({ token: tokenOf(expired.url) })),
    ).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("expired"),
    });
    expect(
      await db.couple.count({
        where: {
          inviteId: {
            in: (await db.invite.findMany({ where: { inviterId: { in: [d.id, e.id] } } })).map((i) => i.id),
          },
        },
      }),
    ).toBe(0);
  });

  it("answers wrong links and codes with clear messages", async () => {
    const b = await signUp(db);
    const asB = callerFor(db, b.claims);
    expect(await failure(asB.invite.preview({ token: "x".repeat(43) }))).toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("isn't valid"),
    });
    expect(await failure(asB.invite.preview({ token: "short" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(asB.invite.preview({ code: "ABCD-EFGH" }))).toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("doesn't match"),
    });
    expect(await failure(asB.invite.preview({ code: "0O1I-LLLL" }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("8 characters"),
    });
  });

  it("never creates or changes an account from invite data", async () => {
    const a = await signUp(db);
    const b = await signUp(db, { name: "Bee" });
    const invite = await callerFor(db, a.claims).invite.create();
    const before = await db.user.count();
    expect(
      await failure(
        callerFor(db, b.claims).invite.accept({ token: tokenOf(invite.url), userId: a.id } as {
          token: string;
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
    expect(await failure(callerFor(db).invite.accept({ token: tokenOf(invite.url) }))).toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(await db.user.count()).toBe(before);
    expect((await db.user.findUniqueOrThrow({ where: { id: b.id } })).name).toBe("Bee");
  });

  it("20 people accepting the same invitation at once: exactly one couple", async () => {
    const a = await signUp(db);
    const invite = await callerFor(db, a.claims).invite.create();
    const people = await Promise.all(Array.from({ length: 20 }, () => signUp(db)));
    const results = await Promise.all(
      people.map((p) => failure(callerFor(db, p.claims).invite.accept({ token: tokenOf(invite.url) }))),
    );
    expect(results.filter((r) => r.code === "OK")).toHaveLength(1);
    for (const r of results.filter((r) => r.code !== "OK")) {
      expect(r.code).toBe("CONFLICT");
      expect(r.message).toMatch(/already been used|already linked/);
    }
    const row = await db.invite.findFirstOrThrow({ where: { inviterId: a.id } });
    expect(await db.couple.count({ where: { inviteId: row.id } })).toBe(1);
    expect(await db.coupleMember.count({ where: { activeUserId: { in: people.map((p) => p.id) } } })).toBe(1);
  });

  it("one person accepting two invitations at once ends up in one couple", async () => {
    const [a1, a2, b] = [await signUp(db), await signUp(db), await signUp(db)];
    const i1 = await callerFor(db, a1.claims).invite.create();
    const i2 = await callerFor(db, a2.claims).invite.create();
    const results = await Promise.all([
      failure(callerFor(db, b.claims).invite.accept({ token: tokenOf(i1.url) })),
      failure(callerFor(db, b.claims).invite.accept({ token: tokenOf(i2.url) })),
    ]);
    expect(results.filter((r) => r.code === "OK")).toHaveLength(1);
    expect(await db.coupleMember.count({ where: { activeUserId: b.id } })).toBe(1);
  });

  it("code attempts are rate-limited per person", async () => {
    const b = await signUp(db);
    const asB = callerFor(db, b.claims, randomIp());
    const codes: string[] = [];
    for (let i = 0; i < 11; i++) codes.push((await failure(asB.invite.preview({ code: "WXYZ-2345" }))).code);
    expect(codes.slice(0, 10).every((c) => c === "NOT_FOUND")).toBe(true);
    expect(codes[10]).toBe("TOO_MANY_REQUESTS");
    // and from another address too: the limit follows the person
    expect(
      (await failure(callerFor(db, b.claims, randomIp()).invite.preview({ code: "WXYZ-2345" }))).code,
    ).toBe("TOO_MANY_REQUESTS");
  });

  it("code attempts are rate-limited per IP across people", async () => {
    const ip = randomIp();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      const person = await signUp(db);
      for (let j = 0; j < 8; j++) {
        seen.push(
          (await failure(callerFor(db, person.claims, ip).invite.preview({ code: "WXYZ-2345" }))).code,
        );
      }
    }
    expect(seen.slice(0, 30).every((c) => c === "NOT_FOUND")).toBe(true);
    expect(seen.slice(30).every((c) => c === "TOO_MANY_REQUESTS")).toBe(true);
  });
});

describe("unlinking and the privacy boundary", () => {
  it("either partner can unlink alone; the other gets a neutral notification; both lose access at once", async () => {
    const { a, b } = await linkedPair(db);
    await callerFor(db, a.claims).couple.unlink();

    // Same session cookies as before the unlink (JWTs): the next request is already refused.
    expect(await failure(callerFor(db, a.claims).couple.get())).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(callerFor(db, b.claims).couple.get())).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(callerFor(db, b.claims).couple.unlink())).toMatchObject({ code: "NOT_FOUND" });

    const unlinked = (await callerFor(db, b.claims).notification.list()).filter(
      (n) => n.kind === "partner-unlinked",
    );
    expect(unlinked).toEqual([expect.objectContaining({ kind: "partner-unlinked", read: false })]);
    expect(
      (await callerFor(db, a.claims).notification.list()).filter((n) => n.kind === "partner-unlinked"),
    ).toEqual([]);

    // A stranger can't mark B's notification read; B can.
    const id = unlinked[0]?.id ?? "";
    const stranger = await signUp(db);
    expect(await failure(callerFor(db, stranger.claims).notification.markRead({ id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    await callerFor(db, b.claims).notification.markRead({ id });
    expect((await callerFor(db, b.claims).notification.list()).find((n) => n.id === id)?.read).toBe(true);
    // Twice is fine.
    await callerFor(db, b.claims).notification.markRead({ id });

    // Nothing is deleted: the ended couple stays as the archive.
    expect(
      await db.couple.count({ where: { endedAt: { not: null }, members: { some: { userId: a.id } } } }),
    ).toBe(1);
  });

  it("strangers and ex-partners get NOT_FOUND; both can link again with anyone", async () => {
    const { a, b } = await linkedPair(db);
    const stranger = await signUp(db);
    expect(await failure(callerFor(db, stranger.claims).couple.get())).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(callerFor(db, stranger.claims).couple.unlink())).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await failure(callerFor(db).couple.get())).toMatchObject({ code: "UNAUTHORIZED" });

    await callerFor(db, b.claims).couple.unlink();
    expect(await failure(callerFor(db, a.claims).couple.get())).toMatchObject({ code: "NOT_FOUND" });

    const invite = await callerFor(db, a.claims).invite.create();
    await callerFor(db, stranger.claims).invite.accept({ token: tokenOf(invite.url) });
    expect((await callerFor(db, a.claims).couple.get()).partner.name).toBe(stranger.name);
    // The ex-partner sees nothing of the new couple.
    expect(await failure(callerFor(db, b.claims).couple.get())).toMatchObject({ code: "NOT_FOUND" });
    const again = await callerFor(db, b.claims).invite.create();
    expect(again.url).toContain("/invite/");
  });

  it("a couple whose other member is gone from the database is no couple", async () => {
    // Account deletion ends the couple first; this is the row removed some other way.
    const { a, b } = await linkedPair(db);
    await db.user.delete({ where: { id: b.id } });
    expect(await failure(callerFor(db, a.claims).couple.get())).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(callerFor(db, a.claims).consistency.dashboard({}))).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
