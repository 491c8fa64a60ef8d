// Address verification: a link made of the person's id and an HMAC of (id, address)
// with the server secret. Nothing is stored: it confirms the address the account has now, so a
// link for an address the account no longer uses stops working by itself. The account works
// before; only reminders wait for a confirmed address.
import { createHmac, timingSafeEqual } from "node:crypto";
import { verifyEmailMail } from "@/domain/mail/templates";
import { env } from "@/env";
import type { Db } from "@/server/db";
import { queueMail } from "@/server/mail/outbox";
import { mailEnabled } from "@/server/mail/transport";
import { serverSecret } from "@/server/secrets";

const sign = (userId: string, email: string) =>
  createHmac("sha256", serverSecret()).update(`verify|${userId}|${email.toLowerCase()}`).digest("base64url");

export const verifyUrl = (userId: string, email: string, appUrl = env.APP_URL) =>
  new URL(`/verify-email/${sign(userId, email)}?u=${encodeURIComponent(userId)}`, appUrl).toString();

/** Queues the confirmation mail for the account's current address (in the caller's transaction). */
export async function queueVerification(
  tx: Pick<Db, "mailOutbox">,
  user: { id: string; email: string },
  cause: string,
): Promise<void> {
  if (!mailEnabled()) return;
  await queueMail(tx, {
    cause,
    to: user.email,
    kind: "verify-email",
    userId: user.id,
    mail: verifyEmailMail({ url: verifyUrl(user.id, user.email) }),
  });
}

/** Confirms the address when the link matches the account's current one. */
export async function verifyEmail(db: Db, userId: string, token: string, now = new Date()): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, emailVerifiedAt: true, deletedAt: true },
  });
  if (!user || user.deletedAt) return false;
  const expected = Buffer.from(sign(userId, user.email));
  const given = Buffer.from(token);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  if (!user.emailVerifiedAt)
    await db.user.updateMany({ where: { id: userId, email: user.email }, data: { emailVerifiedAt: now } });
  return true;
}
