// Changing one's address. The new address starts
// unconfirmed: the confirmation link is an HMAC of (person, address), so every link sent for the
// old address stops working by itself, and reminders wait until the new one is confirmed. With
// mail on, an address another account uses gets the same answer as a free one (as at sign-up) and
// its owner a mail; nothing changes. docs/security.md, "Change of address".
import { TRPCError } from "@trpc/server";
import { emailChangedMail } from "@/domain/mail/templates";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/db-errors";
import { tellOwnerAccountExists } from "@/server/mail/account-exists";
import { queueMail } from "@/server/mail/outbox";
import { mailEnabled } from "@/server/mail/transport";
import { queueVerification } from "@/server/mail/verify";

type ChangeEmailResult = { mailEnabled: boolean };

export async function changeEmail(
  db: Db,
  user: { id: string; email: string },
  email: string,
  now = new Date(),
): Promise<ChangeEmailResult> {
  const answer = { mailEnabled: mailEnabled() };
  if (email === user.email) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "This is already your address." });
  }
  const cause = `email-change:${user.id}:${now.getTime()}`;
  try {
    await db.$transaction(async (tx) => {
      // Conditional on the address read: two racing changes can't both queue their mails.
      const changed = await tx.user.updateMany({
        where: { id: user.id, email: user.email },
        data: { email, emailVerifiedAt: null },
      });
      if (changed.count !== 1) {
        throw new TRPCError({ code: "CONFLICT", message: "Your address just changed. Reload the page." });
      }
      // A reset link sent to the old address must not outlive the address.
      await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
      await queueVerification(tx, { id: user.id, email }, cause);
      if (mailEnabled()) {
        await queueMail(tx, {
          cause,
          to: user.email,
          kind: "email-changed",
          userId: user.id,
          mail: emailChangedMail({ newEmail: email }),
        });
      }
    });
    return answer;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    if (answer.mailEnabled) {
      await tellOwnerAccountExists(db, email, now, "change");
      return answer;
    }
    throw new TRPCError({
      code: "CONFLICT",
      message: "Another account uses this address. Choose a different one.",
    });
  }
}
