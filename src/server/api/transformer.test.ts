import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { isWellFormedMeta, transformer } from "./transformer";

const { deserialize } = transformer.input;

describe("the tRPC input transformer", () => {
  it("reads whatever superjson writes, as superjson does", () => {
    const circular: Record<string, unknown> = { name: "loop" };
    circular.self = circular;
    const shared = { day: "2026-11-25" };
    const values = [
      undefined,
      null,
      "text",
      {
        at: new Date("2026-11-25T10:00:00Z"),
        n: 10n,
        gone: undefined,
        nested: { when: [new Date(0), /x/g] },
      },
      new Map<unknown, unknown>([[1, new Set([new Date(1)])]]),
      { a: shared, b: shared },
      circular,
      [new URL("https://example.test/"), new Error("e"), Number.NaN],
    ];
    for (const value of values) {
      const wire = JSON.parse(JSON.stringify(superjson.serialize(value)));
      expect(isWellFormedMeta(wire.meta), JSON.stringify(wire.meta)).toBe(true);
      expect(deserialize(wire)).toEqual(superjson.deserialize(wire));
    }
  });

  // superjson's own answer to the first of these is a stack overflow after 75–500 ms of CPU.
  it("refuses a malformed annotation tree before superjson walks it", () => {
    const malformed = [
      { values: ["a", "b"] },
      { values: { userId: ["class", "Nope", "extra"] } },
      { values: { userId: [["class", "Nope"], "children"] } },
      { values: "Date" },
      { values: { a: 1 } },
      { values: JSON.parse(`${'{"a":'.repeat(100)}["Date"]${"}".repeat(100)}`) },
      { referentialEqualities: { a: "b" } },
      { referentialEqualities: ["a"] },
      { v: "1" },
      "meta",
    ];
    for (const meta of malformed) {
      expect(() => deserialize({ json: { userId: 1 }, meta }), JSON.stringify(meta)).toThrow(
        "The input's type annotations are malformed.",
      );
    }
  });
});
