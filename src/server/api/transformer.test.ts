import fc from "fast-check";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { isPlainJson, isWellFormedMeta, serializeOutput, transformer } from "./transformer";

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

describe("the tRPC output transformer", () => {
  // What the browser reads: the answer as it crosses the wire, then superjson's deserialize.
  const received = (payload: unknown) => superjson.deserialize(JSON.parse(JSON.stringify(payload)));

  it("sends a value JSON carries as it is, without superjson's walk", () => {
    const shared = { kept: 3, missed: 0 };
    const dashboard = {
      range: "12w",
      people: [{ name: "Ana", rate: 0.75, thisWeek: shared, weeks: [{ tally: shared }], streak: null }],
      options: [],
      empty: {},
    };
    const sent = serializeOutput(dashboard);
    expect(sent).toEqual({ json: dashboard });
    expect(sent.json).toBe(dashboard);
    expect(received(sent)).toEqual(dashboard);
  });

  it("leaves to superjson whatever JSON can't carry", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const sparse: unknown[] = [1];
    sparse[2] = 3;
    for (const value of [
      { at: new Date(0) },
      [1, undefined],
      { gone: undefined },
      { n: Number.NaN },
      { n: -0 },
      { n: Number.POSITIVE_INFINITY },
      { big: 10n },
      new Map([[1, 2]]),
      { nested: [[{ set: new Set([1]) }]] },
      cycle,
      sparse,
      Object.assign(Object.create({ inherited: 1 }), { own: 2 }),
    ]) {
      expect(isPlainJson(value), String(value)).toBe(false);
      expect(serializeOutput(value)).toEqual(superjson.serialize(value));
    }
    // superjson refuses to send these keys at all; that stays so.
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const value = JSON.parse(`{"ok":1,"${key}":{}}`);
      expect(isPlainJson(value), key).toBe(false);
      expect(() => serializeOutput(value), key).toThrow("prototype pollution");
    }
  });

  it("gives the browser what superjson alone would, for any value", () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.constantFrom(null, undefined, true, false, 0, -0, Number.NaN, Number.POSITIVE_INFINITY),
        fc.string(),
        fc.double(),
        fc.integer(),
        fc.bigInt(),
        fc.date({ noInvalidDate: true }),
      ),
      node: fc.oneof({ depthSize: "small" }, tie("leaf"), tie("array"), tie("object")),
      array: fc.array(tie("node"), { maxLength: 5 }),
      object: fc.dictionary(
        fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "prototype")),
        tie("node"),
        { maxKeys: 5 },
      ),
    }));
    fc.assert(
      fc.property(value.node, (v) => {
        const viaSuperjson = (() => {
          try {
            return { sent: received(superjson.serialize(v)) };
          } catch (error) {
            return { refused: String(error) };
          }
        })();
        if ("refused" in viaSuperjson) expect(() => serializeOutput(v)).toThrow();
        else expect(received(serializeOutput(v))).toEqual(viaSuperjson.sent);
      }),
      { numRuns: 1000 },
    );
  });

  it("gives up on a huge shared tree instead of walking it for ever", () => {
    // 2^40 paths through 40 objects: a walk that doesn't stop would never end.
    let tree: unknown = "leaf";
    for (let i = 0; i < 40; i++) tree = [tree, tree];
    expect(isPlainJson(tree)).toBe(false);
  });
});
