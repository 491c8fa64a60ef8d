import { TRPCError } from "@trpc/server";
import superjson from "superjson";

// superjson trusts the shape of a request's `meta`: where its annotation tree holds a string
// instead of a subtree, it walks the string's characters, then each character's, forever, until
// the stack overflows, copying an ever longer path at every level. A 40-byte body such as
// {"json":0,"meta":{"values":["a","b"]}} held the server's one thread that way (figures in
// docs/security.md), before any check of who sent it (auth.signUp is public). The shape is
// checked first, and anything superjson itself would never write is refused with a 400.

/** Deeper than any input a procedure takes (at most three levels) could need. */
const MAX_DEPTH = 32;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");
/** "Date", "bigint", … or ["class" | "custom" | "symbol" | "typed-array", name]. */
const isAnnotation = (v: unknown) => typeof v === "string" || (isStrings(v) && v.length === 2);

/** superjson's value annotations: `[annotation]`, `[annotation, {path: tree}]` or `{path: tree}`. */
function isTree(tree: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (!Array.isArray(tree)) return isSubtrees(tree, depth);
  if (tree.length !== 1 && tree.length !== 2) return false;
  return isAnnotation(tree[0]) && (tree.length === 1 || isSubtrees(tree[1], depth));
}
const isSubtrees = (v: unknown, depth: number) =>
  isRecord(v) && Object.values(v).every((tree) => isTree(tree, depth + 1));

/** `{path: [paths]}`, `[[paths]]` or `[[paths], {path: [paths]}]`. */
const isPathsByPath = (v: unknown) => isRecord(v) && Object.values(v).every(isStrings);
const isEqualities = (v: unknown) =>
  isPathsByPath(v) ||
  (Array.isArray(v) &&
    (v.length === 1 || v.length === 2) &&
    isStrings(v[0]) &&
    (v.length === 1 || isPathsByPath(v[1])));

export function isWellFormedMeta(meta: unknown) {
  if (meta === undefined) return true;
  if (!isRecord(meta)) return false;
  const { values, referentialEqualities, v } = meta;
  return (
    (values === undefined || isTree(values, 0)) &&
    (referentialEqualities === undefined || isEqualities(referentialEqualities)) &&
    (v === undefined || typeof v === "number")
  );
}

// superjson walks every value it serializes to find the ones JSON can't carry (Date, Map, bigint,
// undefined, …), keeping a path for each: once the largest single cost of answering a dashboard
// over HTTP (figures in docs/performance.md). Most answers hold nothing JSON can't carry; checking
// that is much cheaper, and such a value is sent as superjson would send it without annotations,
// `{ json }`. Anything else goes through superjson as before. (One
// difference: an object reached twice arrives as two equal copies, where superjson would have
// the browser rebuild one object; no caller relies on that.)

/** Past this many values, or this depth (a cycle), the check gives up and superjson serializes. */
const PLAIN_MAX_VALUES = 100_000;
const PLAIN_MAX_DEPTH = 64;

/**
 * True when JSON carries `value` exactly: null, booleans, strings, finite numbers (not -0), and
 * arrays and plain objects of those, with no `undefined` anywhere (and none of the keys superjson
 * refuses).
 */
export function isPlainJson(value: unknown): boolean {
  let budget = PLAIN_MAX_VALUES;
  const visit = (v: unknown, depth: number): boolean => {
    if (--budget < 0) return false;
    if (v === null) return true;
    switch (typeof v) {
      case "string":
      case "boolean":
        return true;
      case "number":
        return Number.isFinite(v) && !Object.is(v, -0);
      case "object": {
        if (depth >= PLAIN_MAX_DEPTH) return false;
        if (Array.isArray(v)) {
          // A sparse array's holes aren't JSON either.
          for (let i = 0; i < v.length; i++) if (!(i in v) || !visit(v[i], depth + 1)) return false;
          return true;
        }
        // Class instances (Date, Map, Error, …) are superjson's; JSON and superjson alike skip
        // symbol keys and non-enumerable properties.
        const proto = Object.getPrototypeOf(v);
        if (proto !== Object.prototype && proto !== null) return false;
        for (const key of Object.keys(v)) {
          // superjson refuses these keys (prototype pollution); so does this path, by leaving them to it.
          if (key === "__proto__" || key === "constructor" || key === "prototype") return false;
          if (!visit((v as Record<string, unknown>)[key], depth + 1)) return false;
        }
        return true;
      }
      default:
        return false;
    }
  };
  return visit(value, 0);
}

/** What superjson would write, without its walk when JSON carries the value as it is. */
export function serializeOutput(value: unknown) {
  return isPlainJson(value) ? { json: value } : superjson.serialize(value);
}

/** superjson, with a request's `meta` checked before superjson walks it. */
export const transformer = {
  input: {
    serialize: superjson.serialize,
    deserialize: (payload: unknown) => {
      if (isRecord(payload) && !isWellFormedMeta(payload.meta)) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "The input's type annotations are malformed." });
      }
      try {
        return superjson.deserialize(payload as Parameters<typeof superjson.deserialize>[0]);
      } catch {
        // Well-formed annotations that don't fit their values ("bigint" on "1.5", an unknown
        // class): superjson's own messages name its internals and link to its repository.
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "The input's type annotations don't match its values.",
        });
      }
    },
  },
  output: { serialize: serializeOutput, deserialize: superjson.deserialize },
};
