import { LRUCache } from "lru-cache";
import { decode } from "next-auth/jwt";

export type TokenClaims = { sub?: string; sid?: string };

/**
 * Session tokens this process has decoded, and what they claim, until the token's own `exp`.
 * Decoding (a key derivation and an AES-GCM decryption, ~0.2 ms) is about a tenth of a signed-in
 * request (docs/performance.md). A token is sealed, so the same string always claims the same;
 * only tokens that decoded are kept, so garbage can't push real ones out. Whether the session
 * still holds is read from the database on every request all the same.
 */
const decoded = new LRUCache<string, { claims: TokenClaims; expiresAt: number }>({
  max: 10_000,
  ttl: 15 * 60_000,
});

/** What a raw session token claims, or null when it doesn't decode or has expired. */
export async function claimsOfToken(token: string, secret: string): Promise<TokenClaims | null> {
  const known = decoded.get(token);
  if (known) return known.expiresAt > Date.now() ? known.claims : null;
  const jwt = await decode({ token, secret }).catch(() => null);
  if (!jwt) return null;
  const claims = { sub: jwt.sub, sid: jwt.sid };
  if (typeof jwt.exp === "number") decoded.set(token, { claims, expiresAt: jwt.exp * 1000 });
  return claims;
}
