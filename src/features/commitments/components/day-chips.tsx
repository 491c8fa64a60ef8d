import { PillLink } from "@/components/ui/text-link";
import { formatDay } from "@/domain/commitment/format-day";
import type { DayMark } from "@/domain/commitment/week-count";

// Each mark has a symbol and words, never colour alone.
const MARKS: Record<Exclude<DayMark, null>, { mark: string; words: string }> = {
  kept: { mark: "✓", words: "all kept" },
  partly: { mark: "◐", words: "partly" },
  missed: { mark: "✗", words: "something missed" },
};

/** Today and the 7 days before, each marked with how its answers went. */
export function DayChips({
  days,
  day,
  today,
  marks,
}: {
  days: string[];
  day: string;
  today: string;
  marks: Record<string, DayMark>;
}) {
  return (
    <nav aria-label="Choose a day">
      <ul className="grid grid-cols-4 gap-2 sm:grid-cols-8">
        {days.map((d) => {
          const mark = marks[d] ? MARKS[marks[d]] : null;
          return (
            <li key={d}>
              <PillLink
                href={d === today ? "/today" : `/today?day=${d}`}
                current={d === day}
                className="w-full justify-center gap-1 whitespace-nowrap px-2"
              >
                {d === today ? "Today" : formatDay(d, { weekday: "short", month: undefined })}
                {mark ? (
                  <>
                    <span aria-hidden="true">{mark.mark}</span>
                    <span className="sr-only">, {mark.words}</span>
                  </>
                ) : (
                  <span className="sr-only">, no answers</span>
                )}
              </PillLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
