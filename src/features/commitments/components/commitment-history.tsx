import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDay } from "@/domain/commitment/format-day";
import { formatLocalDay } from "@/lib/format";
import type { TCommitmentDetail } from "../types";
import { AckControls } from "./ack-controls";
import { CheckInSummary } from "./check-in-summary";

/** Every check-in of a commitment, each with the partner's response controls. */
export function CheckInHistory({ commitment: c }: { commitment: TCommitmentDetail }) {
  return (
    <Card title="Check-ins" headingId="check-ins">
      {c.checkIns.length === 0 ? (
        <EmptyState>
          No check-ins yet. Days without a check-in show as “not logged”, never as a miss.
        </EmptyState>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-100">
          {c.checkIns.map((checkIn) => {
            const mine = checkIn.acks.find((a) => a.byMe);
            return (
              <li key={checkIn.id} className="flex flex-col gap-3 py-3">
                <CheckInSummary checkIn={checkIn} partnerName={c.partnerName} />
                {!checkIn.mine && c.canAcknowledge ? (
                  <AckControls
                    checkInId={checkIn.id}
                    authorName={checkIn.authorName}
                    dayLabel={formatDay(checkIn.day)}
                    mine={mine ? { kind: mine.kind, note: mine.note } : null}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

/** Each schedule the commitment has had, and from when. */
export function ScheduleHistory({ commitment: c }: { commitment: TCommitmentDetail }) {
  return (
    <Card title="Schedule" headingId="schedule">
      <ul className="flex flex-col gap-1 text-sm text-stone-800">
        {c.cadences.map((p) => (
          <li key={p.from}>
            {p.future ? "From" : "Since"} {formatDay(p.from, { year: "numeric" })}: {p.label}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-stone-500">
        Made on {formatLocalDay(c.createdOn)}. A change of schedule applies from the next week, so past weeks
        stay as they were.
      </p>
    </Card>
  );
}
