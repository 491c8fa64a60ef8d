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

  // Month names over the column where each month begins; weekday names beside every other row.
  const months = Array.from({ length: columns }, (_, col) => {
    const firstOfColumn = slots.slice(col * 7, col * 7 + 7).find((c) => c !== null);
    return firstOfColumn ? firstOfColumn.day.slice(0, 7) : null;
  }).map((month, col, all) => (month && (col === 0 || all[col - 1] !== month) ? month : null));
  const weekdays = Array.from({ length: 7 }, (_, row) => ({
    id: `weekday-${row}`,
    label:
      row % 2 === 0
        ? formatDay(addDays("2026-01-04", (weekStartsOn + row) % 7), {
            weekday: "short",
            day: undefined,
            month: undefined,
          })
        : "",
  }));
  const template = `repeat(${columns}, minmax(14px, 1fr))`;

  return (
    <figure className="flex flex-col gap-2">
      {/* Readable cells (at least 14 px) scroll inside their own box on a narrow screen, starting
          at the most recent weeks (a right-to-left scroller whose content is left to right). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard to scroll */}
      <div dir="rtl" role="img" aria-label={summary} tabIndex={0} className="overflow-x-auto rounded pb-1">
        <div dir="ltr" className="grid w-max min-w-full grid-cols-[auto_1fr] gap-x-1">
          <span />
          <div
            className="grid text-[10px] leading-4 text-stone-600"
            style={{ gridTemplateColumns: template }}
          >
            {months.map((m, col) =>
              m ? (
                <span key={m} className="whitespace-nowrap" style={{ gridColumn: col + 1 }}>
                  {formatDay(`${m}-01`, { month: "short", day: undefined, weekday: undefined })}
                </span>
              ) : null,
            )}
          </div>
          <div
            className="grid text-[10px] text-stone-600"
            style={{ gridTemplateRows: "repeat(7, minmax(0, 1fr))" }}
          >
            {weekdays.map((w) => (
              <span
                key={w.id}
                className="flex items-center whitespace-nowrap leading-none [overflow-wrap:normal]"
              >
                {w.label}
              </span>
            ))}
          </div>
          <div
            className="grid grid-flow-col gap-0.5"
            style={{ gridTemplateRows: "repeat(7, minmax(0, 1fr))", gridTemplateColumns: template }}
          >
            {slots.map((c, i) =>
              c ? (
                <span
                  key={c.day}
                  title={`${formatDay(c.day, { year: "numeric" })}: ${DAY_STATUS[c.status].label}`}
                  className={`flex aspect-square min-w-3.5 items-center justify-center rounded-[3px] text-[10px] leading-none ${DAY_STATUS[c.status].className}`}
                >
                  {DAY_STATUS[c.status].mark}
                </span>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed leading blanks before the first day
                <span key={`blank-${i}`} />
              ),
            )}
          </div>
        </div>
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
