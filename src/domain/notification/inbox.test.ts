import { describe, expect, it } from "vitest";
import { type InboxRow, inboxEntries, newEntries } from "@/domain/notification/inbox";
import {
  asksForAnswer,
  NOTIFICATION_KIND_NAMES,
  NOTIFICATION_KINDS,
  sentenceOf,
} from "@/domain/notification/kinds";

const row = (id: string, kind: string, over: Partial<InboxRow> = {}): InboxRow => ({
  id,
  kind,
  actorId: "noa",
  coupleId: "c",
  objectType: "boundary",
  objectId: "b1",
  day: "2026-12-08",
  read: false,
  ...over,
});

describe("an inbox that settles", () => {
  it("only the newest request about an object asks, and only while it waits", () => {
    const rows = [
      row("3", "boundary-edited"),
      row("2", "boundary-proposed"),
      row("1", "boundary-proposed", { objectId: "b2" }),
    ];
    const entries = inboxEntries(rows, (_type, id) => id === "b1");
    expect(entries.map((e) => [e.head.id, e.asking, e.settled, e.read])).toEqual([
      ["3", true, false, false],
      ["2", false, true, true],
      ["1", false, true, true],
    ]);
    // What asks is waiting, not news.
    expect(newEntries(entries)).toBe(0);
  });

  it("a burst of one kind by one person on one day is one entry; another day or person is another", () => {
    const c = { objectType: "commitment" };
    const rows = [
      row("5", "commitment-created", { ...c, read: true }),
      row("4", "boundary-agreed"),
      row("3", "commitment-created", c),
      row("2", "commitment-created", { ...c, actorId: "sam" }),
      row("1", "commitment-created", { ...c, day: "2026-12-07" }),
    ];
    const entries = inboxEntries(rows, () => false);
    expect(entries.map((e) => [e.head.id, e.ids, e.read])).toEqual([
      ["5", ["5", "3"], false],
      ["4", ["4"], false],
      ["2", ["2"], false],
      ["1", ["1"], false],
    ]);
    expect(newEntries(entries)).toBe(4);
  });

  it("every request has a settled sentence that asks nothing; bursts say how many; one word per action", () => {
    for (const kind of NOTIFICATION_KIND_NAMES) {
      const spec: { sentence: string; settled?: string; many?: string } = NOTIFICATION_KINDS[kind];
      if (asksForAnswer(kind)) {
        expect(spec.settled, kind).toBeDefined();
        expect(sentenceOf(kind, { settled: true })).not.toMatch(/waiting|answer|confirm/i);
      }
      if (spec.many) expect(sentenceOf(kind, { count: 4 })).toContain("4");
      for (const text of [spec.sentence, spec.settled ?? "", spec.many ?? ""])
        expect(text).not.toMatch(/counter/i);
    }
    expect(sentenceOf("commitment-created", { count: 4 })).toBe("{actor} made 4 new commitments.");
    expect(sentenceOf("boundary-countered")).toBe(
      "{actor} suggested an edit and is waiting for your answer.",
    );
  });
});
