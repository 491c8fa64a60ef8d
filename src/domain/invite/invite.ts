import { createHash, createHmac, randomBytes, randomInt } from "node:crypto";

const INVITE_TTL_DAYS = 7;
export const INVITE_TTL_MS = INVITE_TTL_DAYS * 24 * 60 * 60 * 1000;

// No look-alikes: no 0/O, 1/I/L. 31 symbols × 8 places ≈ 2^39.6 codes; with the per-user and
// per-IP limits on code attempts, guessing an open code is hopeless.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 8;

/** 256 random bits for the link, base64url. */
export function generateInviteToken() {
  return randomBytes(32).toString("base64url");
}

export function generateInviteCode() {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What a person typed → the canonical code, or null when it can't be one of ours. */
export function normalizeInviteCode(input: string) {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** "ABCD-EFGH": easier to read out. */
export function formatInviteCode(code: string) {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export function hashInviteToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

export function hashInviteCode(code: string, secret: string) {
  return createHmac("sha256", secret).update(`invite-code:${code}`).digest("hex");
}

export function isInviteToken(value: string) {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

type InviteState = {
  expiresAt: Date;
  revokedAt: Date | null;
  declinedAt: Date | null;
  acceptedAt: Date | null;
};
type InviteStatus = "open" | "expired" | "revoked" | "declined" | "accepted";

export function inviteStatus(invite: InviteState, now: Date): InviteStatus {
  if (invite.acceptedAt) return "accepted";
  if (invite.revokedAt) return "revoked";
  if (invite.declinedAt) return "declined";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  return "open";
}

export const INVITE_STATUS_MESSAGES: Record<Exclude<InviteStatus, "open">, string> = {
  accepted: "This invitation has already been used.",
  revoked: "This invitation was withdrawn. Ask your partner for a new one.",
  declined: "This invitation was declined. Ask your partner for a new one if that was a mistake.",
  expired: "This invitation has expired. Invitations last 7 days: ask your partner for a new one.",
};

export const OWN_INVITE_MESSAGE = "This is your own invitation. Send it to your partner to link.";

/**
 * What to say about an invitation that can't be answered (null: it can). An invitation that was
 * used, withdrawn, declined or expired says so, even to its own inviter: a used link is not
 * "your own invitation, send it".
 */
export function inviteProblem(status: InviteStatus, isOwn: boolean): string | null {
  if (status !== "open") return INVITE_STATUS_MESSAGES[status];
  return isOwn ? OWN_INVITE_MESSAGE : null;
}
