import { OUTCOME_LABELS } from "@/domain/commitment/commitment";
import { formatDay } from "@/domain/commitment/format-day";
import type { Outcome } from "@/domain/commitment/schemas";
import type { TCheckInView } from "../types";

// A symbol beside every outcome, so it never relies on colour alone.
export const OUTCOME_MARKS: Record<Outcome, string> = {
  kept: "✓",
  partly: "◐",
  missed: "✗",
  "not-applicable": "–",
};

export function OutcomeBadge({ outcome, excused }: { outcome: string; excused: boolean }) {
  const o = outcome as Outcome;
  const tone =
    o === "kept"
      ? "bg-sage-50 text-sage-800 border-sage-200"
      : o === "missed" && !excused
        ? "bg-rose-50 text-rose-900 border-rose-200"
        : "bg-stone-50 text-stone-800 border-stone-200";
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm ${tone}`}>
      <span aria-hidden="true">{OUTCOME_MARKS[o] ?? "?"}</span>
      {OUTCOME_LABELS[o] ?? outcome}
      {excused ? " (excused)" : ""}
    </span>
  );
}

/** One check-in as the viewer may see it: outcome, notes, excuse, corrections and responses. */
export function CheckInSummary({
  checkIn,
  partnerName,
  showDay = true,
  showOutcome = true,
  clamp = false,
}: {
  checkIn: TCheckInView;
  partnerName: string;
  showDay?: boolean;
  /** False where the answer is already shown beside it (Today's compact row). */
  showOutcome?: boolean;
  /** Home's compact list: a long note shows its first lines only (Today and History show it all). */
  clamp?: boolean;
}) {
  return (
    <div className="flex flex-col gap-2" data-testid="check-in">
      <div className={showOutcome ? "flex flex-wrap items-center gap-2" : "sr-only"}>
        {showDay ? <span className="font-medium text-stone-900">{formatDay(checkIn.day)}</span> : null}
        <span className="text-sm text-stone-600">
          <bdi>{checkIn.authorName}</bdi>
        </span>
        <OutcomeBadge outcome={checkIn.outcome} excused={checkIn.excused} />
        {checkIn.amendedOn ? <span className="text-xs text-stone-600">amended</span> : null}
      </div>
      {checkIn.excused && checkIn.excuseNote ? (
        <p className="text-sm text-stone-800">
          <span className="font-medium">Why: </span>
          <bdi>{checkIn.excuseNote}</bdi>
        </p>
      ) : null}
      {checkIn.note ? (
        <p dir="auto" className={`whitespace-pre-line text-sm text-stone-800 ${clamp ? "line-clamp-3" : ""}`}>
          <span className="font-medium">
            {checkIn.notePrivate
              ? "Private note (only you see it): "
              : checkIn.mine
                ? `Note shared with ${partnerName}: `
                : "Note: "}
          </span>
          <bdi>{checkIn.note}</bdi>
        </p>
      ) : null}
      {checkIn.revisions.length > 0 ? (
        <details className="text-sm text-stone-700">
          <summary className="cursor-pointer">Earlier answers ({checkIn.revisions.length})</summary>
          <ul className="mt-1 flex flex-col gap-1 ps-4">
            {checkIn.revisions.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: revisions never reorder; two can share a day
              <li key={i}>
                {OUTCOME_LABELS[r.outcome as Outcome] ?? r.outcome}
                {r.excused ? " (excused)" : ""}, saved {formatDay(r.savedOn)}
                {r.note ? ` — ${r.notePrivate ? "private note: " : ""}${r.note}` : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {checkIn.acks.length > 0 ? (
        <ul className="flex flex-col gap-1" aria-label="Responses">
          {checkIn.acks.map((a) => (
            <li
              key={a.byName}
              className="rounded-lg bg-stone-50 px-3 py-2 text-sm text-stone-800"
              data-testid="ack"
            >
              <span className="font-medium">
                <bdi>{a.byName}</bdi>{" "}
                {a.kind === "noticed" ? "noticed" : a.byMe ? "see it differently" : "sees it differently"}
              </span>
              {a.note ? `: ${a.note}` : ""}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
