import { scaleBand, scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { formatDay } from "@/domain/commitment/format-day";
import type { TWeekView } from "../types";
import { percent, points } from "../wording";

const W = 360;
const H = 150;
const M = { top: 10, right: 8, bottom: 22, left: 36 };

/**
 * Weekly kept-rate as bars with a trend line, drawn on the server (no chart code is sent to the
 * browser). Weeks with nothing answered have no bar and are marked "—". The same figures follow
 * as a table for screen readers and for anyone who prefers numbers.
 */
export function TrendChart({ weeks, who, id }: { weeks: TWeekView[]; who: string; id: string }) {
  const x = scaleBand<string>()
    .domain(weeks.map((w) => w.weekStart))
    .range([M.left, W - M.right])
    .padding(0.25);
  const y = scaleLinear()
    .domain([0, 1])
    .range([H - M.bottom, M.top]);
  const trend = line<TWeekView>()
    .defined((w) => w.rate !== null)
    .x((w) => (x(w.weekStart) ?? 0) + x.bandwidth() / 2)
    .y((w) => y(w.rate ?? 0))(weeks);
  const labelled = new Set([
    weeks[0]?.weekStart,
    weeks[Math.floor(weeks.length / 2)]?.weekStart,
    weeks.at(-1)?.weekStart,
  ]);
  const answered = weeks.filter((w) => w.rate !== null);
  const summary =
    answered.length === 0
      ? `${who}: no answers yet in these ${weeks.length} weeks.`
      : `${who}: weekly kept-rate over ${weeks.length} weeks, from ${percent(answered[0]?.rate ?? null)} to ${percent(answered.at(-1)?.rate ?? null)} in the latest answered week.`;

  return (
    <figure className="flex flex-col gap-2">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{summary}</title>
        {[0, 0.5, 1].map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="stroke-stone-200" />
            <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end" className="fill-stone-500 text-[10px]">
              {Math.round(t * 100)}%
            </text>
          </g>
        ))}
        {weeks.map((w) => {
          const bx = x(w.weekStart) ?? 0;
          return (
            <g key={w.weekStart}>
              {w.rate === null ? (
                <text
                  x={bx + x.bandwidth() / 2}
                  y={y(0) - 4}
                  textAnchor="middle"
                  className="fill-stone-400 text-[10px]"
                >
                  —
                </text>
              ) : (
                <rect
                  x={bx}
                  width={x.bandwidth()}
                  y={y(w.rate)}
                  height={y(0) - y(w.rate)}
                  rx={2}
                  className="fill-sage-200"
                />
              )}
              {labelled.has(w.weekStart) ? (
                <text
                  x={bx + x.bandwidth() / 2}
                  y={H - 6}
                  textAnchor="middle"
                  className="fill-stone-500 text-[10px]"
                >
                  {formatDay(w.weekStart, { weekday: undefined })}
                </text>
              ) : null}
            </g>
          );
        })}
        {trend ? <path d={trend} fill="none" strokeWidth={2} className="stroke-sage-700" /> : null}
      </svg>
      <details className="text-sm text-stone-700">
        <summary className="cursor-pointer">Show as a table</summary>
        <table className="mt-2 w-full text-start text-xs">
          <caption className="sr-only">{summary}</caption>
          <thead>
            <tr className="text-stone-500">
              <th scope="col" className="py-1 font-medium">
                Week of
              </th>
              <th scope="col" className="py-1 font-medium">
                Kept
              </th>
              <th scope="col" className="py-1 font-medium">
                Rate
              </th>
              <th scope="col" className="py-1 font-medium">
                Not logged
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart} className="border-t border-stone-100">
                <th scope="row" className="py-1 font-normal">
                  {formatDay(w.weekStart, { weekday: undefined })}
                </th>
                <td className="py-1">
                  {points(w.keptScore)} of {w.target}
                </td>
                <td className="py-1">{percent(w.rate)}</td>
                <td className="py-1">{w.tally.notLogged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
