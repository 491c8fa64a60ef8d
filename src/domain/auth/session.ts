import Bowser from "bowser";

/** A session idles out after this many days unused… */
export const SESSION_IDLE_DAYS = 30;
/** …and ends this many days after sign-in whatever happens. */
export const SESSION_LIFETIME_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date; expiresAt: Date };

/** When a session signed in at `now` ends at the latest. */
export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_LIFETIME_DAYS * DAY_MS);
}

/** Whether a session may still be used at `now`: not past its lifetime, not idle too long. */
export function isSessionCurrent(s: SessionTimes, now: Date): boolean {
  return (
    s.expiresAt.getTime() > now.getTime() &&
    now.getTime() - s.lastSeenAt.getTime() < SESSION_IDLE_DAYS * DAY_MS
  );
}

/**
 * Whether `lastSeenAt` should move forward: once per UTC day at most, so the list of devices
 * shows days (never times) and a signed-in request writes nothing on most days.
 */
export function isSeenAgain(lastSeenAt: Date, now: Date): boolean {
  return lastSeenAt.toISOString().slice(0, 10) !== now.toISOString().slice(0, 10);
}

/** A coarse label for "where you're signed in": "Firefox on Android", never a version or model. */
export function deviceLabel(userAgent: string | null | undefined): string {
  const ua = (userAgent ?? "").slice(0, 512);
  if (!ua.trim()) return "Unknown device";
  const { browser, os } = Bowser.parse(ua);
  const name = browser.name?.trim();
  const system = os.name?.trim();
  if (name && system) return `${name} on ${system}`;
  return name || system || "Unknown device";
}
