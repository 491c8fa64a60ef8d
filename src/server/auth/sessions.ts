import { randomBytes } from "node:crypto";
import { deviceLabel, isSeenAgain, sessionExpiry } from "@/domain/auth/session";
import type { Db } from "@/server/db";

type SessionDb = Pick<Db, "session">;

/** A new signed-in device for the person: its id goes into the session cookie. */
export async function createSession(
  db: SessionDb,
  userId: string,
  userAgent: string | null | undefined,
  now = new Date(),
): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.session.create({
    data: {
      id,
      userId,
      device: deviceLabel(userAgent),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: sessionExpiry(now),
    },
  });
  return id;
}

/** Signs one device out (its cookie stops working on its next request). */
export async function endSession(db: SessionDb, id: string, userId?: string) {
  return db.session.deleteMany({ where: { id, ...(userId ? { userId } : {}) } });
}

/** Signs the person out everywhere: after a password change, "sign out everywhere", deletion. */
export async function endAllSessions(db: SessionDb, userId: string) {
  return db.session.deleteMany({ where: { userId } });
}

/** Moves the session's "last seen" day forward, once a day at most. */
export async function touchSession(db: SessionDb, id: string, lastSeenAt: Date, now = new Date()) {
  if (!isSeenAgain(lastSeenAt, now)) return;
  await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
}
