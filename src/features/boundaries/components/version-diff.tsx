import { wordDiff } from "@/domain/boundary/word-diff";
import type { TBoundaryVersion } from "../types";
import { nameInSentence } from "../wording";

function Diff({ before, after }: { before: string; after: string }) {
  return (
    <span className="whitespace-pre-line [overflow-wrap:anywhere]" dir="auto">
      {wordDiff(before, after).map((part, i) =>
        part.change === "added" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence, never reordered
          <ins key={i} className="rounded bg-sage-100 px-0.5 text-sage-900 underline decoration-2">
            <span className="sr-only">[added: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : part.change === "removed" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence, never reordered
          <del key={i} className="rounded bg-rose-50 px-0.5 text-rose-900 line-through">
            <span className="sr-only">[removed: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence, never reordered
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}

/** What a version changed compared with the one before it, word by word, and who wrote each. */
export function VersionDiff({ before, after }: { before: TBoundaryVersion; after: TBoundaryVersion }) {
  const titleChanged = before.title !== after.title;
  const textChanged = before.description !== after.description;
  return (
    <div
      className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-stone-50 p-3"
      data-testid="version-diff"
    >
      <p className="text-sm text-stone-700">
        Changes in version {after.number} (by <bdi>{nameInSentence(after.proposedBy)}</bdi>) compared with
        version {before.number} (by <bdi>{nameInSentence(before.proposedBy)}</bdi>):{" "}
        <span className="text-stone-500">added text is underlined, removed text is struck through.</span>
      </p>
      {titleChanged ? (
        <p className="font-medium text-stone-900">
          <Diff before={before.title} after={after.title} />
        </p>
      ) : null}
      {textChanged ? (
        <p className="text-stone-800">
          <Diff before={before.description} after={after.description} />
        </p>
      ) : null}
      {!titleChanged && !textChanged ? (
        <p className="text-sm text-stone-700">
          The words are the same; only the category or whose it is changed.
        </p>
      ) : null}
    </div>
  );
}
