// Password reset (docs/security.md, "Password reset"). A link holds a 256-bit random token; only its
// SHA-256 is stored. It works once, for an hour; using it sets the new password and deletes every
// session of the account, in one transaction.
import { createHash, randomBytes } from "node:crypto";
import { RESET_VALID_MS, resetLinkState } from "@/domain/auth/reset";
import { passwordResetMail } from "@/domain/mail/templates";
import { env } from "@/env";
import { hashPassword } from "@/server/auth/password";
import { endAllSessions } from "@/server/auth/sessions";
import type { Db } from "@/server/db";
import { queueMail } from "@/server/mail/outbox";
import { mailEnabled } from "@/server/mail/transport";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new reset link for the person: stores its hash, returns the token (the link's last part). */
export async function createResetLink(
  tx: Pick<Db, "passwordReset">,
  userId: string,
  now = new Date(),
): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString("base64url");
  const { id } = await tx.passwordReset.create({
    data: {
      userId,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_VALID_MS),
    },
    select: { id: true },
  });
  return { id, token };
}

export const resetUrl = (token: string, appUrl = env.APP_URL) =>
  new URL(`/reset-password/${token}`, appUrl).toString();

/**
 * "Send me a link": for a known address, a link and its mail in one transaction. Answers nothing:
 * the caller gives the same reply either way, and waits out a common minimum time.
 */
export async function requestPasswordReset(db: Db, email: string, now = new Date()): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user || !mailEnabled()) return;
  await db.$transaction(async (tx) => {
    const link = await createResetLink(tx, user.id, now);
    await queueMail(tx, {
      cause: `reset:${link.id}`,
      to: user.email,
      kind: "password-reset",
      userId: user.id,
      mail: passwordResetMail({ appUrl: env.APP_URL, token: link.token }),
    });
  });
}

export type ResetResult = { ok: true } | { ok: false; reason: "used" | "expired" | "unknown" };

/** Sets the new password if the link is usable; every session of the account ends. */
export async function resetPassword(
  db: Db,
  token: string,
  password: string,
  now = new Date(),
): Promise<ResetResult> {
  const link = await db.passwordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, expiresAt: true, usedAt: true },
  });
  const state = resetLinkState(link, now);
  if (!link || state !== "usable") return { ok: false, reason: state === "usable" ? "unknown" : state };
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Only one of two racing uses of the same link gets here.
    const { count } = await tx.passwordReset.updateMany({
      where: { id: link.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) return { ok: false, reason: "used" } as const;
    const changed = await tx.user.updateMany({
      where: { id: link.userId, deletedAt: null },
      data: { passwordHash },
    });
    if (changed.count !== 1) return { ok: false, reason: "unknown" } as const;
    // The other links of the account stop working too: a new password was just chosen.
    await tx.passwordReset.updateMany({
      where: { userId: link.userId, usedAt: null },
      data: { usedAt: now },
    });
    await endAllSessions(tx, link.userId);
    return { ok: true } as const;
  });
}

/** Waits until `ms` have passed since `startedAt`, so that fast and slow paths answer alike. */
export async function atLeast(startedAt: number, ms: number) {
  const left = startedAt + ms - Date.now();
  if (left > 0) await new Promise((r) => setTimeout(r, left));
}
