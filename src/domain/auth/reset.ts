// Rules of password-reset links. Pure.

/** A reset link works for one hour after it was made, and once. */
export const RESET_VALID_MS = 60 * 60 * 1000;

export type ResetLink = { expiresAt: Date; usedAt: Date | null };

export function resetLinkState(link: ResetLink | null, now: Date): "usable" | "used" | "expired" | "unknown" {
  if (!link) return "unknown";
  if (link.usedAt) return "used";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "usable";
}

/** The one answer to "send me a link", whether or not the address has an account. */
export const RESET_REQUESTED_MESSAGE =
  "If an account uses this address, a link to choose a new password is on its way. It works for one hour.";
