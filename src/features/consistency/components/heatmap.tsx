import { formatDay } from "@/domain/commitment/format-day";
import { addDays, dayOfWeek, type LocalDate } from "@/domain/commitment/schedule";
import type { DayStatus } from "@/domain/consistency/metrics";
import type { THeatmap } from "../types";
import { DAY_STATUS } from "../wording";

const ORDER: DayStatus[] = ["kept", "partly", "missed", "excused", "not-applicable", "not-logged", "none"];

/**
 * Days as a calendar: one column per week of the person's own week, one row per weekday. Every
 * status has its own symbol, so the map reads without colour; the legend counts each status.
 */
export function Heatmap({
  heatmap,
  weekStartsOn,
  who,
}: {
  heatmap: THeatmap;
  weekStartsOn: number;
  who: string;
}) {
  const cells: { day: LocalDate; status: DayStatus }[] = heatmap.days.map((status, i) => ({
    day: addDays(heatmap.from, i),
    status,
  }));
  const first = cells[0];
  const lead = first ? (dayOfWeek(first.day) - weekStartsOn + 7) % 7 : 0;
  const slots: ((typeof cells)[number] | null)[] = [...Array.from({ length: lead }, () => null), ...cells];
  const columns = Math.ceil(slots.length / 7);
  const counts = new Map<DayStatus, number>();
  for (const c of cells) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  const summary = `${who}, ${cells.length} days: ${ORDER.filter((s) => s !== "none" && counts.get(s))
    .map((s) => `${counts.get(s)} ${DAY_STATUS[s].label.toLowerCase()}`)
    .join(", ")}.`;

  return (
    <figure className="flex flex-col gap-2">
      <div
        role="img"
        aria-label={summary}
        className="grid grid-flow-col gap-px"
        style={{
          gridTemplateRows: "repeat(7, minmax(0, 1fr))",
          gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
        }}
      >
        {slots.map((c, i) =>
          c ? (
            <span
              key={c.day}
              title={`${formatDay(c.day, { year: "numeric" })}: ${DAY_STATUS[c.status].label}`}
              className={`flex aspect-square items-center justify-center rounded-[2px] text-[8px] leading-none ${DAY_STATUS[c.status].className}`}
            >
              {DAY_STATUS[c.status].mark}
            </span>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed leading blanks before the first day
            <span key={`blank-${i}`} />
          ),
        )}
      </div>
      <figcaption>
        <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-stone-700">
          {ORDER.map((s) => (
            <li key={s} className="flex items-center gap-1">
              <span
                aria-hidden="true"
                className={`inline-flex size-4 items-center justify-center rounded-[2px] text-[9px] ${DAY_STATUS[s].className}`}
              >
                {DAY_STATUS[s].mark}
              </span>
              {DAY_STATUS[s].label} ({counts.get(s) ?? 0})
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
