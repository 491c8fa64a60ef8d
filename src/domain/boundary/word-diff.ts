// What changed between two versions of a boundary's text, word by word (jsdiff's diffWords: a
// well-kept library, so the edge cases of whitespace and punctuation are not ours to get wrong).
import { diffWords } from "diff";

export type DiffPart = { text: string; change: "added" | "removed" | "same" };

/** The parts of `after` compared with `before`, in reading order. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((p) => ({
    text: p.value,
    change: p.added ? "added" : p.removed ? "removed" : "same",
  }));
}
