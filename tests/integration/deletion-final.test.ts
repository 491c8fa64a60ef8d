// Deletion is final (docs/security.md, "Time and the shared device"): every token the account
// ever had is tried after deletion — a reset link, an address confirmation, an unsubscribe link,
// an invitation — and none works; nothing queued for it is left, the placeholder address doesn't
// hold the id its links carried, and the partner's later activity mails nobody. A change of
// address ends the reset links sent to the old one.
import { describe, expect, it, vi } from "vitest";
import { authenticate } from "@/server/auth/credentials";
import { handleUnsubscribe, unsubscribePageUrl } from "@/server/mail/unsubscribe";
import { verifyUrl } from "@/server/mail/verify";
import { callerFor, failure, randomIp, signUp } from "../support/callers";
import { linkedPair, tokenOf } from "../support/couples";
import { createTestDb } from "../support/test-db";

vi.hoisted(() => {
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  process.env.APP_URL = "https://kept.example.test";
});

describe("a deleted account", () => {
  it("keeps no working token, no mail and no way back", async () => {
    const { db } = await createTestDb();
    const { a: ava, b: ben } = await linkedPair(db);
    await db.user.updateMany({
      where: { id: { in: [ava.id, ben.id] } },
      data: { emailVerifiedAt: new Date() },
    });
    // Before deletion: a reset link (read from its queued mail), a confirmation link, an
    // unsubscribe link, and partner news waiting for Ava.
    await callerFor(db, null, randomIp()).auth.requestPasswordReset({ email: ava.email });
    const resetMail = await db.mailOutbox.findFirstOrThrow({
      where: { userId: ava.id, kind: "password-reset" },
    });
    const resetToken = /reset-password\/([A-Za-z0-9_-]{43})/.exec(resetMail.text)?.[1] ?? "";
    const verify = new URL(verifyUrl(ava.id, ava.email));
    const unsubscribe = new URL(unsubscribePageUrl(ava.id, "partner-news"));
    await callerFor(db, ben.claims).boundary.propose({
      title: "Phones away",
      description: "At dinner",
      category: "communication",
      owner: "ours",
    });
    expect(await db.mailOutbox.count({ where: { userId: ava.id } })).toBeGreaterThan(0);
    // Cleo, alone, has an open invitation when she deletes her account.
    const cleo = await signUp(db, { name: "Cleo" });
    const invite = await callerFor(db, cleo.claims).invite.create();

    await callerFor(db, ava.claims).account.delete({ password: ava.password });
    await callerFor(db, cleo.claims).account.delete({ password: cleo.password });

    const row = await db.user.findUniqueOrThrow({ where: { id: ava.id } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.email).not.toContain(ava.id);
    expect(await db.mailOutbox.count({ where: { OR: [{ userId: ava.id }, { to: ava.email }] } })).toBe(0);
    expect(await db.passwordReset.count({ where: { userId: ava.id } })).toBe(0);

    // The reset link: refused, and the placeholder can't be signed in to with the new password.
    const reset = await failure(
      callerFor(db).auth.resetPassword({ token: resetToken, password: "a revived passphrase" }),
    );
    expect(reset.code).toBe("BAD_REQUEST");
    expect(
      (await authenticate(db, { email: row.email, password: "a revived passphrase" }, randomIp())).ok,
    ).toBe(false);
    // The confirmation link.
    const token = verify.pathname.split("/").pop() ?? "";
    expect((await failure(callerFor(db).auth.verifyEmail({ userId: ava.id, token }))).code).not.toBe("OK");
    // The unsubscribe link changes nothing.
    const before = row.mailSettings;
    await handleUnsubscribe(
      db,
      new Request(`https://kept.example.test/api/mail/unsubscribe${unsubscribe.search}`, {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: ava.id } })).mailSettings).toBe(before);
    // The invitation.
    const lee = await signUp(db, { name: "Lee" });
    expect(
      (await failure(callerFor(db, lee.claims).invite.accept({ token: tokenOf(invite.url) }))).code,
    ).not.toBe("OK");
    expect(await db.mailOutbox.count({ where: { to: cleo.email } })).toBe(0);
    // Ben's activity after the deletion mails nobody (the couple ended; nothing for Ava either way).
    await callerFor(db, ben.claims)
      .commitment.create({ title: "My own promise", who: "me", cadence: { kind: "daily" } })
      .catch(() => null);
    expect(await db.mailOutbox.count({ where: { userId: ava.id } })).toBe(0);
  });
});

describe("a change of address", () => {
  it("ends the reset links sent to the old one", async () => {
    const { db } = await createTestDb();
    const ava = await signUp(db);
    await callerFor(db, null, randomIp()).auth.requestPasswordReset({ email: ava.email });
    const resetMail = await db.mailOutbox.findFirstOrThrow({
      where: { userId: ava.id, kind: "password-reset" },
    });
    const token = /reset-password\/([A-Za-z0-9_-]{43})/.exec(resetMail.text)?.[1] ?? "";
    await callerFor(db, ava.claims).user.changeEmail({
      email: `new-${ava.email}`,
      currentPassword: ava.password,
    });
    const reset = await failure(
      callerFor(db).auth.resetPassword({ token, password: "a taken-over passphrase" }),
    );
    expect(reset.code).toBe("BAD_REQUEST");
  });
});
