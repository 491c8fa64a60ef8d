import { TRPCError } from "@trpc/server";
import superjson from "superjson";

// superjson trusts the shape of a request's `meta`: where its annotation tree holds a string
// instead of a subtree, it walks the string's characters, then each character's, forever, until
// the stack overflows, copying an ever longer path at every level. A 40-byte body such as
// {"json":0,"meta":{"values":["a","b"]}} cost the server 75–500 ms of its one thread that way,
// before any check of who sent it (auth.signUp is public). The shape is checked first, in
// microseconds, and anything superjson itself would never write is refused with a 400.

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
  output: superjson,
};
