// Live-event ids as a person's stream sees them. The LiveEvent table's id is one counter for
// everyone, so its gaps would tell the partner how many events their stream didn't get (the other's
// own check-ins during a break, say). Each id leaves encrypted with a key of the person's own
// (AES-256 on one block, keyed by an HMAC of the server secret and the person's id): distinct,
// stable across reconnects and instances, and saying nothing of order, gaps or counts.
import { createCipheriv, createDecipheriv, createHmac } from "node:crypto";
import { serverSecret } from "@/server/secrets";

const keyOf = (userId: string) =>
  createHmac("sha256", serverSecret()).update(`live-event|${userId}`).digest();

/** The id `n` as `userId`'s stream sends it (22 characters, base64url). */
export function encodeLiveEventId(userId: string, n: number): string {
  const block = Buffer.alloc(16);
  block.writeBigUInt64BE(BigInt(n));
  const cipher = createCipheriv("aes-256-ecb", keyOf(userId), null).setAutoPadding(false);
  return Buffer.concat([cipher.update(block), cipher.final()]).toString("base64url");
}

/** The counter behind an id `userId`'s stream sent, or null for one it didn't. */
export function decodeLiveEventId(userId: string, id: string): number | null {
  const block = Buffer.from(id, "base64url");
  if (block.length !== 16) return null;
  const decipher = createDecipheriv("aes-256-ecb", keyOf(userId), null).setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(block), decipher.final()]);
  // The second half is zero for every id made here; anything else was made up.
  if (!plain.subarray(8).equals(Buffer.alloc(8))) return null;
  const n = plain.readBigUInt64BE(0);
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : null;
}
