// IANA time zones as the runtime knows them. "UTC" is valid even where supportedValuesOf omits it.
let zones: ReadonlySet<string> | undefined;

export function isValidTimeZone(zone: string) {
  zones ??= new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
  if (zones.has(zone)) return true;
  // Aliases (e.g. "Asia/Calcutta") are valid IANA names that supportedValuesOf leaves out.
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

export function listTimeZones(): string[] {
  return [...Intl.supportedValuesOf("timeZone")];
}
