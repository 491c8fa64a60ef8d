import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { checkInsCsv, safeCell } from "./export";

describe("checkInsCsv", () => {
  const row = {
    day: "2026-11-20",
    commitment: "Call, then text",
    outcome: "kept",
    excused: false,
    note: 'She said "thanks"\nand smiled',
    noteShared: false,
    excuseNote: null,
    timeZone: "Europe/Berlin",
    amendedAt: new Date("2026-11-21T08:00:00Z"),
  };

  it("writes a header and one quoted, parseable record per check-in, oldest first", () => {
    const csv = checkInsCsv([{ ...row, day: "2026-11-22", note: null }, row]);
    expect(csv.split("\r\n")[0]).toBe(
      "day,commitment,outcome,excused,note,note_shared,excuse_note,time_zone,amended_at",
    );
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      day: "2026-11-20",
      commitment: "Call, then text",
      note: 'She said "thanks"\nand smiled',
      note_shared: "no",
      amended_at: "2026-11-21T08:00:00.000Z",
    });
    expect(records[1]).toMatchObject({ day: "2026-11-22", note: "" });
  });

  it("defuses what a spreadsheet would run as a formula", () => {
    expect(safeCell('=HYPERLINK("http://evil.test")')).toBe('\'=HYPERLINK("http://evil.test")');
    for (const start of ["+", "-", "@", "\t", "\r"]) expect(safeCell(`${start}1`)).toBe(`'${start}1`);
    expect(safeCell("a normal note")).toBe("a normal note");
    const csv = checkInsCsv([{ ...row, commitment: "=1+1", note: "@SUM(A1)" }]);
    const [record] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(record).toMatchObject({ commitment: "'=1+1", note: "'@SUM(A1)" });
  });
});
