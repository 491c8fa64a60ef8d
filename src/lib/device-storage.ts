"use client";

// This device's storage for one session (docs/security.md, "Time and the shared device"). Every
// entry is named `kept:<tag>:…` and sealed (AES-GCM) with the session's key, which only a page of
// that live session is given (src/server/auth/device-storage.ts). A page of another session, or a
// signed-out one, deletes every entry that isn't its own; sign-out and Clear-Site-Data delete them
// all. Storage that fails (full, disabled in private browsing) loses only the convenience.

type Session = { tag: string; key: Promise<CryptoKey> };
let session: Session | null = null;
const ROOT = "kept:";
const LOADED = "kept:device-storage";

function fromBase64url(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}
function toBase64(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** Set by the root layout's <DeviceStorage> before any form's effects run (null: signed out). */
export function setSessionStorage(next: { tag: string; key: string } | null) {
  if (typeof window === "undefined") return;
  if (session?.tag === next?.tag) return;
  session = next
    ? {
        tag: next.tag,
        key: crypto.subtle.importKey("raw", fromBase64url(next.key), "AES-GCM", false, [
          "encrypt",
          "decrypt",
        ]),
      }
    : null;
  window.dispatchEvent(new Event(LOADED));
}

/** Runs `onChange` whenever the session's storage becomes readable (or goes). */
export function onSessionStorage(onChange: () => void) {
  window.addEventListener(LOADED, onChange);
  return () => window.removeEventListener(LOADED, onChange);
}

const nameOf = (s: Session, name: string) => `${ROOT}${s.tag}:${name}`;

/** Deletes every entry of this site that isn't the current session's (all of them when signed out). */
export function sweepOtherSessions() {
  const mine = session ? `${ROOT}${session.tag}:` : null;
  for (const store of [window.localStorage, window.sessionStorage]) {
    try {
      for (const name of Object.keys(store)) {
        if (name.startsWith(ROOT) && !(mine && name.startsWith(mine))) store.removeItem(name);
      }
    } catch {
      // Storage disabled: nothing kept, nothing to delete.
    }
  }
}

/** Deletes every entry of this site (signing out). */
export function clearDeviceStorage() {
  session = null;
  sweepOtherSessions();
}

/** Whether the session holds an entry `name` (without opening it). */
export function hasEntry(name: string): boolean {
  try {
    return session !== null && window.localStorage.getItem(nameOf(session, name)) !== null;
  } catch {
    return false;
  }
}

/** The session's entry `name`, opened (null: none, not this session's, or not readable). */
export async function readEntry(name: string): Promise<unknown> {
  const s = session;
  if (!s) return null;
  try {
    const raw = window.localStorage.getItem(nameOf(s, name));
    if (!raw) return null;
    const [iv, data] = raw.split(".");
    if (!iv || !data) return null;
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: fromBase64url(iv) },
      await s.key,
      fromBase64url(data),
    );
    return JSON.parse(new TextDecoder().decode(plain));
  } catch {
    return null;
  }
}

let writes: Promise<void> = Promise.resolve();

/** Seals and keeps `value` as the session's entry `name` (null removes it); writes keep their order. */
export function writeEntry(name: string, value: unknown): Promise<void> {
  const s = session;
  writes = writes.then(async () => {
    if (!s || s !== session) return;
    try {
      if (value === null) {
        window.localStorage.removeItem(nameOf(s, name));
        return;
      }
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = await crypto.subtle.encrypt(
        { name: "AES-GCM", iv },
        await s.key,
        new TextEncoder().encode(JSON.stringify(value)),
      );
      // The session may have ended while sealing: then nothing is written.
      if (s === session)
        window.localStorage.setItem(nameOf(s, name), `${toBase64(iv)}.${toBase64(new Uint8Array(sealed))}`);
    } catch {
      // Storage full or disabled: the form still works, only without keeping this.
    }
  });
  return writes;
}

/** The session's entries whose names start with `prefix` (names without the session's part). */
export function entryNames(prefix: string): string[] {
  const s = session;
  if (!s) return [];
  try {
    const start = nameOf(s, prefix);
    return Object.keys(window.localStorage)
      .filter((n) => n.startsWith(start))
      .map((n) => n.slice(nameOf(s, "").length));
  } catch {
    return [];
  }
}
