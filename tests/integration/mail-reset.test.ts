// Issue #19: password reset, against a real SMTP server started here (smtp-server + mailparser).
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authenticate } from "@/server/auth/credentials";
import type { Db } from "@/server/db";
import { createMailTransport } from "@/server/mail/transport";
import { createMailWorker } from "@/server/mail/worker";
import { callerFor, failure, randomIp, signIn, signUp } from "../support/callers";
import { startSmtp, type TestSmtp } from "../support/smtp";
import { createTestDb } from "../support/test-db";

// Mail is on for this file's app code (mailEnabled); the worker below sends to the test server.
vi.hoisted(() => {
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  process.env.APP_URL = "https://kept.example.test";
});

let db: Db;
let smtp: TestSmtp;
let worker: ReturnType<typeof createMailWorker>;
beforeAll(async () => {
  ({ db } = await createTestDb());
  smtp = await startSmtp();
  const transport = createMailTransport(smtp.url, { tls: false });
  worker = createMailWorker({
    db,
    transport,
    from: "Kept <kept@example.test>",
    appUrl: "https://kept.example.test",
  });
  afterAll(async () => {
    transport.close();
    await smtp.close();
  });
});

const linkIn = (text: string) => {
  const match = /https:\/\/kept\.example\.test\/reset-password\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!match?.[1]) throw new Error("no reset link in the mail");
  return match[1];
};

async function askForLink(email: string, ip = randomIp()) {
  const answer = await callerFor(db, null, ip).auth.requestPasswordReset({ email });
  await worker.runOnce();
  return answer;
}

describe("password reset", () => {
  it("mails a single-use link, stored only as a hash, that ends every session", async () => {
    const user = await signUp(db);
    const otherDevice = await signIn(db, user.id);
    await askForLink(user.email);
    const [mail] = await smtp.waitFor(user.email, { subject: "Reset your Kept password" });
    if (!mail) throw new Error("no mail");
    expect(mail.subject).toBe("Reset your Kept password");
    expect(mail.text).toContain("works once, for one hour");
    expect(mail.html).toContain("Choose a new password");
    expect(mail.messageId).toMatch(/^<[a-z0-9]+@kept\.example\.test>$/);
    // Essential mail: no unsubscribe.
    expect(mail.headerLines.some((h) => h.key.startsWith("list-"))).toBe(false);
    const token = linkIn(mail.text ?? "");

    const rows = await db.passwordReset.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);

    await callerFor(db).auth.resetPassword({ token, password: "a brand new long passphrase" });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await failure(callerFor(db, otherDevice).user.me())).code).toBe("UNAUTHORIZED");
    expect((await failure(callerFor(db, user.claims).user.me())).code).toBe("UNAUTHORIZED");
    const ip = randomIp();
    expect((await authenticate(db, { email: user.email, password: user.password }, ip)).ok).toBe(false);
    expect(
      (await authenticate(db, { email: user.email, password: "a brand new long passphrase" }, ip)).ok,
    ).toBe(true);

    const again = await failure(
      callerFor(db).auth.resetPassword({ token, password: "yet another long passphrase" }),
    );
    expect(again).toEqual({ code: "BAD_REQUEST", message: expect.stringContaining("already been used") });
  });

  it("refuses an expired link and a made-up one", async () => {
    const user = await signUp(db);
    await askForLink(user.email);
    const [mail] = await smtp.waitFor(user.email, { subject: "Reset your Kept password" });
    const token = linkIn(mail?.text ?? "");
    await db.passwordReset.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await failure(
      callerFor(db).auth.resetPassword({ token, password: "a brand new long passphrase" }),
    );
    expect(expired.message).toContain("expired");
    const madeUp = await failure(
      callerFor(db).auth.resetPassword({ token: "A".repeat(43), password: "a brand new long passphrase" }),
    );
    expect(madeUp.message).toContain("doesn't work");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("answers the same, in about the same time, for an address without an account", async () => {
    const user = await signUp(db);
    const time = async (email: string) => {
      const start = performance.now();
      const answer = await callerFor(db).auth.requestPasswordReset({ email });
      return { answer, ms: performance.now() - start };
    };
    const known = await time(user.email);
    const unknown = await time(`nobody-${Date.now()}@example.test`);
    expect(unknown.answer).toEqual(known.answer);
    expect(Math.abs(known.ms - unknown.ms)).toBeLessThan(150);
    expect(await db.mailOutbox.count({ where: { to: { startsWith: "nobody-" } } })).toBe(0);
  });

  it("limits links per address silently, and per IP openly", async () => {
    const user = await signUp(db);
    for (let i = 0; i < 5; i++) await callerFor(db).auth.requestPasswordReset({ email: user.email });
    // Three an hour per address: the rest get the same answer and no mail.
    expect(await db.mailOutbox.count({ where: { to: user.email, kind: "password-reset" } })).toBe(3);
    const ip = randomIp();
    const answers = [];
    for (let i = 0; i < 11; i++) {
      answers.push(
        await failure(callerFor(db, null, ip).auth.requestPasswordReset({ email: `n${i}@example.test` })),
      );
    }
    expect(answers.at(-1)?.code).toBe("TOO_MANY_REQUESTS");
  });
});

describe("sign-up with mail on", () => {
  it("answers the same for a taken address and tells its owner by mail, at most once an hour", async () => {
    const owner = await signUp(db);
    const input = {
      name: "Someone",
      email: owner.email,
      password: "another long passphrase",
      timeZone: "UTC",
    };
    const fresh = { ...input, email: `new-${Date.now()}@example.test` };
    const taken = await callerFor(db).auth.signUp(input);
    expect(taken).toEqual(await callerFor(db).auth.signUp(fresh));
    await callerFor(db).auth.signUp(input);
    await worker.runOnce();
    const mails = await smtp.waitFor(owner.email, { subject: "You already have a Kept account" });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain("/forgot-password");
    expect(await db.mailOutbox.count({ where: { to: owner.email, kind: "account-exists" } })).toBe(1);
    // The owner's password is untouched.
    expect((await authenticate(db, { email: owner.email, password: owner.password }, randomIp())).ok).toBe(
      true,
    );
  });
});
