// A person's own data, as they download it.
import { stringify } from "csv-stringify/sync";
import { z } from "zod";

export const ZDeleteAccount = z.strictObject({
  password: z.string().min(1, "Enter your password to confirm.").max(128),
});
export type TDeleteAccount = z.infer<typeof ZDeleteAccount>;

type ExportedCheckIn = {
  day: string;
  commitment: string;
  outcome: string;
  excused: boolean;
  note: string | null;
  noteShared: boolean;
  excuseNote: string | null;
  timeZone: string;
  amendedAt: Date | null;
};

const CHECK_IN_COLUMNS = [
  "day",
  "commitment",
  "outcome",
  "excused",
  "note",
  "note_shared",
  "excuse_note",
  "time_zone",
  "amended_at",
] as const;

/**
 * A cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return) is prefixed with
 * an apostrophe, so opening the file can never run what someone typed into a note.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The check-ins as RFC 4180 CSV (quoted where needed, CRLF line ends), oldest first. */
export function checkInsCsv(rows: ExportedCheckIn[]): string {
  const sorted = [...rows].sort((a, b) =>
    a.day === b.day ? a.commitment.localeCompare(b.commitment) : a.day < b.day ? -1 : 1,
  );
  return stringify(
    sorted.map((r) => [
      r.day,
      safeCell(r.commitment),
      r.outcome,
      r.excused ? "yes" : "no",
      safeCell(r.note ?? ""),
      r.noteShared ? "yes" : "no",
      safeCell(r.excuseNote ?? ""),
      r.timeZone,
      r.amendedAt ? r.amendedAt.toISOString() : "",
    ]),
    { header: true, columns: [...CHECK_IN_COLUMNS], record_delimiter: "windows" },
  );
}
