/** A same-origin path to go to after sign-in; anything else (other sites, odd schemes) → fallback. */
export function safeCallbackPath(raw: string | null | undefined, fallback = "/home") {
  if (!raw) return fallback;
  let value = raw.trim();
  try {
    // Accept our own absolute URLs (next-auth sometimes sends them) by reducing them to a path.
    if (typeof window !== "undefined" && /^https?:\/\//i.test(value)) {
      const url = new URL(value);
      if (url.origin !== window.location.origin) return fallback;
      value = `${url.pathname}${url.search}${url.hash}`;
    }
  } catch {
    return fallback;
  }
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Control characters and backslashes: browsers normalise them in ways that can leave the site.
  if ([...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch === "\\")) return fallback;
  return value;
}
