// Making invitations (the `invite` router's create and sendByEmail).
import {
  formatInviteCode,
  generateInviteCode,
  generateInviteToken,
  hashInviteCode,
  hashInviteToken,
  INVITE_TTL_MS,
} from "@/domain/invite/invite";
import { env } from "@/env";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/db-errors";
import { serverSecret } from "@/server/secrets";

/** Open invitations of a person: not answered, not withdrawn, not expired. */
export function openInvitesOf(inviterId: string, now: Date) {
  return { inviterId, acceptedAt: null, revokedAt: null, declinedAt: null, expiresAt: { gt: now } };
}

async function createInvite(db: Pick<Db, "invite">, inviterId: string, now: Date) {
  // A code collision is possible in principle (the codes are short): try another.
  for (let attempt = 0; ; attempt++) {
    const token = generateInviteToken();
    const code = generateInviteCode();
    try {
      const invite = await db.invite.create({
        data: {
          inviterId,
          tokenHash: hashInviteToken(token),
          codeHash: hashInviteCode(code, serverSecret()),
          expiresAt: new Date(now.getTime() + INVITE_TTL_MS),
        },
        select: { id: true, expiresAt: true },
      });
      return { id: invite.id, token, code, expiresAt: invite.expiresAt };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** Withdraws the caller's open invitation and makes a new one: its link and code. */
export async function replaceInvite(db: Pick<Db, "invite">, inviterId: string, now: Date) {
  await db.invite.updateMany({ where: openInvitesOf(inviterId, now), data: { revokedAt: now } });
  const { token, code, expiresAt, id } = await createInvite(db, inviterId, now);
  // Built from the configured public origin, never from the request's Host header.
  const url = new URL(`/invite/${token}`, env.APP_URL).toString();
  return { id, url, code: formatInviteCode(code), expiresAt };
}
