import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { describeWeek } from "@/domain/commitment/week-count";
import type { TTodayItem } from "../types";
import { CheckInForm } from "./check-in-form";
import { CheckInSummary } from "./check-in-summary";

/** One commitment due on the day shown: how it's going this week, its check-in, and the form to give or change it. */
export function DueItem({
  item,
  day,
  partnerName,
  timeZone,
}: {
  item: TTodayItem;
  day: string;
  partnerName: string;
  timeZone: string;
}) {
  return (
    <Card title={item.title} headingId={`c-${item.id}`}>
      <div className="flex flex-col gap-4">
        <p className="text-sm text-stone-600">
          {item.cadenceLabel}
          {item.shared ? (
            <>
              {" "}
              · shared with <bdi>{partnerName}</bdi>
            </>
          ) : null}
          {item.week ? ` · ${describeWeek(item.week.done, item.week.target)}` : ""} ·{" "}
          <TextLink
            href={`/commitments/${item.id}`}
            className="inline-flex min-h-11 items-center"
            aria-label={`History of “${item.title}”`}
          >
            History
          </TextLink>
        </p>
        {item.description ? (
          <p dir="auto" className="text-sm text-stone-700">
            {item.description}
          </p>
        ) : null}
        {item.checkIn ? (
          <CheckInSummary
            checkIn={item.checkIn}
            partnerName={partnerName}
            timeZone={timeZone}
            showDay={false}
          />
        ) : (
          <p className="text-sm text-stone-600">Not logged yet.</p>
        )}
        <CheckInForm
          key={`${item.id}-${day}`}
          commitmentId={item.id}
          title={item.title}
          day={day}
          outcomes={item.outcomes}
          existing={item.checkIn}
          partnerName={partnerName}
        />
      </div>
    </Card>
  );
}
