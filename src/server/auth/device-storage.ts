// What a signed-in page may keep on the device (drafts, check-ins queued offline) is sealed with a
// key of its session: an HMAC of the server secret and the session's id, handed only to a page of
// that live session. Once the session ends, in any way (signed out here or elsewhere, a password
// reset, deletion, expiry), no page can get the key again, so what is left in the browser's
// storage is unreadable, and the next page of Kept opened on the device deletes it (its tag is not
// the new session's). The tag names the session's entries without being the key.
import { createHmac } from "node:crypto";
import { serverSecret } from "@/server/secrets";

export type DeviceStorageSession = { tag: string; key: string };

const mac = (what: string, sessionId: string) =>
  createHmac("sha256", serverSecret()).update(`device-storage|${what}|${sessionId}`).digest("base64url");

export function deviceStorageOf(sessionId: string): DeviceStorageSession {
  return { tag: mac("tag", sessionId).slice(0, 16), key: mac("key", sessionId) };
}
