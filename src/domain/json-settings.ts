/** The boolean entries of a stored settings object (JSON); none when it is malformed. */
export function booleanEntries(json: string | null | undefined): [string, boolean][] {
  let value: unknown;
  try {
    value = JSON.parse(json ?? "{}");
  } catch {
    return [];
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return Object.entries(value).filter((e): e is [string, boolean] => typeof e[1] === "boolean");
}
