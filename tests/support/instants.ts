// Walkers for "days, not minutes" (docs/security.md): what in an answer, a page or a mail tells a
// time of day.

/** Paths in `value` holding an instant finer than a day. */
export function instantsIn(value: unknown, path = "$"): string[] {
  if (value instanceof Date) return [path];
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => instantsIn(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => instantsIn(v, `${path}.${k}`));
  }
  return [];
}

/**
 * A cuid v1 ("c", 8 base-36 digits of milliseconds since 1970, then counter and randomness) whose
 * time is within a year of now: the moment its row was made. Anywhere in a string, so ids inside
 * links count too.
 */
export function timeBearingIds(value: unknown, path = "$"): string[] {
  if (typeof value === "string") {
    const ids = value.match(/\bc[a-z0-9]{24}\b/g) ?? [];
    return ids
      .filter((id) => Math.abs(Number.parseInt(id.slice(1, 9), 36) - Date.now()) < 365 * 86_400_000)
      .map((id) => `${path} (${id})`);
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => timeBearingIds(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => timeBearingIds(v, `${path}.${k}`));
  }
  return [];
}
