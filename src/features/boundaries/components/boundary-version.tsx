import { categoryLabel } from "@/domain/boundary/schemas";
import { formatLocalDay } from "@/lib/format";
import type { TBoundaryVersion } from "../types";
import { nameInSentence, ownerLabel } from "../wording";

/** The text of one version, with whose it is and who wrote and agreed it. */
export function BoundaryVersionText({ version }: { version: TBoundaryVersion }) {
  return (
    <div className="flex flex-col gap-3">
      <h3 className="text-lg font-medium text-stone-900">
        <bdi>{version.title}</bdi>
      </h3>
      <p dir="auto" className="whitespace-pre-line text-stone-800">
        {version.description}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-500">Category</dt>
        <dd className="text-stone-800">{categoryLabel(version.category)}</dd>
        <dt className="text-stone-500">Whose</dt>
        <dd className="text-stone-800">{ownerLabel(version)}</dd>
        <dt className="text-stone-500">Version</dt>
        <dd className="text-stone-800">
          {version.number}, written by {nameInSentence(version.proposedBy)} on{" "}
          {formatLocalDay(version.createdOn)}
        </dd>
        {version.agreedOn ? (
          <>
            <dt className="text-stone-500">Agreed</dt>
            <dd className="text-stone-800">
              by {nameInSentence(version.agreedBy)} on {formatLocalDay(version.agreedOn)}
            </dd>
          </>
        ) : null}
      </dl>
      {version.note ? (
        <p className="rounded-lg bg-sand-50 px-3 py-2 text-sm text-stone-700">
          <span className="font-medium">Note from {nameInSentence(version.proposedBy)}:</span>{" "}
          <bdi>{version.note}</bdi>
        </p>
      ) : null}
    </div>
  );
}
