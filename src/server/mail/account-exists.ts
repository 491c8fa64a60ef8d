import { accountExistsMail } from "@/domain/mail/templates";
import { env } from "@/env";
import type { Db } from "@/server/db";
import { queueMail } from "@/server/mail/outbox";

/**
 * Someone signed up with (or tried to move their account to) an address that has an account:
 * its owner gets one mail an hour at most
 * (the cause names the hour), so repeated tries can't flood their inbox.
 */
export async function tellOwnerAccountExists(
  db: Db,
  email: string,
  now = new Date(),
  tried: "sign-up" | "change" = "sign-up",
): Promise<void> {
  const owner = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!owner) return;
  await queueMail(db, {
    cause: `signup-again:${owner.id}:${Math.floor(now.getTime() / 3_600_000)}`,
    to: owner.email,
    kind: "account-exists",
    userId: owner.id,
    mail: accountExistsMail({ appUrl: env.APP_URL, tried }),
  });
}
