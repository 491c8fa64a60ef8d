import { doneOf } from "@/domain/commitment/week-count";
import type { TTodayItem } from "../types";
import { DueItem } from "./due-item";
import { QueueSender } from "./queue-sender";

/** A day's due items with "2 of 4 done" above them: the list Home and Today share. */
export function DueList({
  items,
  day,
  partnerName,
  userId,
  compact = false,
  isToday = true,
}: {
  items: TTodayItem[];
  day: string;
  partnerName: string;
  userId: string;
  compact?: boolean;
  isToday?: boolean;
}) {
  const { done, total } = doneOf(items);
  return (
    <div className="flex flex-col gap-3">
      <QueueSender userId={userId} />
      <p className="text-sm text-stone-700" data-testid="progress">
        <span className="font-medium text-stone-900">
          {done} of {total} done
        </span>
        {done === total ? " · all answered for the day" : ""}
      </p>
      <ul className="flex flex-col gap-3" aria-label="Due">
        {items.map((item) => (
          <li key={item.id}>
            <DueItem
              item={item}
              day={day}
              partnerName={partnerName}
              userId={userId}
              compact={compact}
              isToday={isToday}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
