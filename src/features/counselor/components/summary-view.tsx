// The counselor summary on screen and on paper (its print stylesheet is below): both partners side
// by side, one block per section. A new section kind is one renderer in RENDERERS.
import { formatDay } from "@/domain/commitment/format-day";
import {
  amendsLine,
  amendsTotals,
  dayText as day,
  PATTERN_SYMBOLS,
  qualityTimeTotals,
  repairTalkTotals,
  talkLine,
  timeOutTotals,
} from "@/domain/counselor/summary";
import type { SummarySection, TSummary } from "@/server/counselor/summary";

const pct = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)} %`);

const PRINT_CSS = `@media print {
  body > header, body > a, [data-no-print] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  [data-summary] section { break-inside: avoid; border: none !important; box-shadow: none !important; }
  [data-summary] { font-size: 11pt; color: #000; }
}`;

const PATTERN_COLOURS: Record<string, string> = {
  kept: "bg-sage-600",
  partly: "bg-sage-300",
  missed: "bg-rose-300",
  excused: "bg-stone-300",
  "not-applicable": "bg-stone-100",
  "not-logged": "bg-white border border-dashed border-stone-400",
  none: "bg-white",
};

function Pattern({ days }: { days: string[] }) {
  return (
    <div className="flex flex-wrap gap-0.5" role="img" aria-label={`Day by day: ${days.join(", ")}`}>
      {days.map((status, i) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: one cell per day, in order
          key={i}
          className={`inline-flex size-3 items-center justify-center text-[8px] leading-none print:border print:border-stone-400 ${PATTERN_COLOURS[status] ?? ""}`}
        >
          <span className="hidden print:inline">{PATTERN_SYMBOLS[status]}</span>
        </span>
      ))}
    </div>
  );
}

type Of<K extends SummarySection["kind"]> = Extract<SummarySection, { kind: K }>;

/** Both partners side by side, one column each under their name. */
function SideBySide<P extends { name: string }>({
  people,
  className = "",
  children,
}: {
  people: P[];
  className?: string;
  children: (p: P) => React.ReactNode;
}) {
  return (
    <div className={`grid gap-4 sm:grid-cols-2 ${className}`}>
      {people.map((p) => (
        <div key={p.name} className="flex flex-col gap-2">
          <h3 className="font-semibold text-stone-900">
            <bdi>{p.name}</bdi>
          </h3>
          {children(p)}
        </div>
      ))}
    </div>
  );
}

function Commitments({ section }: { section: Of<"commitments"> }) {
  return (
    <SideBySide people={section.people}>
      {(p) => (
        <>
          {p.commitments.length === 0 ? <p className="text-sm text-stone-600">No commitments.</p> : null}
          {p.commitments.map((c) => (
            <div key={c.title} className="flex flex-col gap-1 text-sm">
              <p className="font-medium [overflow-wrap:anywhere]" dir="auto">
                {c.title}
                {c.shared ? <span className="font-normal text-stone-500"> (shared)</span> : null}
              </p>
              <p className="text-stone-700">Kept-rate over the period: {pct(c.rate)}</p>
              <p className="text-stone-700">
                Weekly:{" "}
                {c.weeks
                  .map((w) => `${formatDay(w.weekStart, { weekday: undefined })} ${pct(w.rate)}`)
                  .join(" · ")}
              </p>
              <Pattern days={c.pattern} />
            </div>
          ))}
        </>
      )}
    </SideBySide>
  );
}

function Boundaries({ section }: { section: Of<"boundaries"> }) {
  return (
    <div className="flex flex-col gap-3 text-sm">
      {section.changes.length === 0 ? (
        <p className="text-stone-600">No boundary was agreed, revised or retired in this period.</p>
      ) : (
        <ul className="flex list-disc flex-col gap-1 ps-5">
          {section.changes.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, in order
            <li key={i} className="[overflow-wrap:anywhere]">
              {day(c.day)}: <bdi>{c.title}</bdi> {c.what}
            </li>
          ))}
        </ul>
      )}
      {section.current.length > 0 ? (
        <table className="w-full text-start">
          <caption className="sr-only">Respect check-ins per boundary</caption>
          <thead>
            <tr>
              <th className="py-1">Boundary in force</th>
              {section.current[0]?.respect.map((r) => (
                <th key={r.name} className="py-1">
                  <bdi>{r.name}</bdi>: respected / not
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {section.current.map((b) => (
              <tr key={b.title} className="border-t border-stone-200">
                <td className="py-1 [overflow-wrap:anywhere]" dir="auto">
                  {b.title}
                </td>
                {b.respect.map((r) => (
                  <td key={r.name} className="py-1">
                    {r.respected} / {r.notRespected}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

function Notes({ section }: { section: Of<"notes"> }) {
  return (
    <SideBySide people={section.people} className="text-sm">
      {(p) => (
        <>
          {!p.included ? (
            <p className="text-stone-600">Not included.</p>
          ) : p.notes.length === 0 ? (
            <p className="text-stone-600">No shared notes in this period.</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {p.notes.map((n, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, in order
                <li key={i} className="[overflow-wrap:anywhere]" dir="auto">
                  <span className="text-stone-500">
                    {day(n.day)}, {n.commitment}:
                  </span>{" "}
                  {n.note}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </SideBySide>
  );
}

function Amends({ section }: { section: Of<"amends"> }) {
  return (
    <SideBySide people={section.people} className="text-sm">
      {(p) => (
        <>
          <p className="text-stone-700">{amendsTotals(p)}</p>
          {p.items.length > 0 ? (
            <ul className="flex flex-col gap-2">
              {p.items.map((a, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, in order
                <li key={i} className="flex flex-col gap-0.5">
                  <span className="text-stone-600">{amendsLine(a)}</span>
                  {a.text ? (
                    <span className="[overflow-wrap:anywhere]" dir="auto">
                      {a.text.whatIDid} · {a.text.impact} · {a.text.different}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {!p.included && p.items.length > 0 ? <p className="text-stone-500">Text not included.</p> : null}
        </>
      )}
    </SideBySide>
  );
}

function RepairTalks({ section }: { section: Of<"repair-talks"> }) {
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p className="text-stone-700">{timeOutTotals(section.timeOuts)}</p>
      <p className="text-stone-700">Conversations about what happened: {repairTalkTotals(section)}</p>
      {section.people.some((p) => p.plans.length > 0) ? (
        <SideBySide people={section.people} className="text-sm">
          {(p) => (
            <ul className="flex flex-col gap-1">
              {p.plans.map((plan, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, in order
                <li key={i} className="[overflow-wrap:anywhere]" dir="auto">
                  <span className="text-stone-500">{day(plan.day)}, one thing I'll do differently:</span>{" "}
                  {plan.text}
                </li>
              ))}
            </ul>
          )}
        </SideBySide>
      ) : null}
    </div>
  );
}

function QualityTime({ section }: { section: Of<"quality-time"> }) {
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p className="text-stone-700">{qualityTimeTotals(section)}</p>
      {section.people.some((p) => p.moments.length > 0) ? (
        <SideBySide people={section.people} className="text-sm">
          {(p) => (
            <ul className="flex flex-col gap-1">
              {p.moments.map((m, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, in order
                <li key={i} className="[overflow-wrap:anywhere]" dir="auto">
                  <span className="text-stone-500">{day(m.day)}, a moment I liked:</span> {m.text}
                </li>
              ))}
            </ul>
          )}
        </SideBySide>
      ) : null}
    </div>
  );
}

function Talks({ section }: { section: Of<"talks"> }) {
  if (!section.hasTalkDay && section.weeks.length === 0)
    return <p className="text-sm text-stone-600">No day was chosen for the weekly talk.</p>;
  return (
    <ul className="flex list-disc flex-col gap-1 ps-5 text-sm">
      {section.weeks.map((w) => (
        <li key={w.week}>
          {talkLine(w)}
          {w.skippedBy ? (
            <>
              {" "}
              by <bdi>{w.skippedBy}</bdi>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

const RENDERERS: { [K in SummarySection["kind"]]: { title: string; render: (s: Of<K>) => React.ReactNode } } =
  {
    commitments: {
      title: "Commitments: how consistently each kept them",
      render: (s) => <Commitments section={s} />,
    },
    boundaries: {
      title: "Boundaries: agreed, revised, retired; respect check-ins",
      render: (s) => <Boundaries section={s} />,
    },
    amends: {
      title: "Amends: shared and answered (text only where its author included it)",
      render: (s) => <Amends section={s} />,
    },
    talks: {
      title: "Weekly talks: held, skipped or still open (never the answers)",
      render: (s) => <Talks section={s} />,
    },
    "repair-talks": {
      title:
        "When a fight happens: time-outs and conversations about it, counts (a plan's words only where its author included them)",
      render: (s) => <RepairTalks section={s} />,
    },
    "quality-time": {
      title: "Quality time: how often (a moment's words only where its author included them)",
      render: (s) => <QualityTime section={s} />,
    },
    notes: {
      title: "Shared notes (only where their author included them)",
      render: (s) => <Notes section={s} />,
    },
  };

function Section({ section }: { section: SummarySection }) {
  const r = RENDERERS[section.kind] as { title: string; render: (s: SummarySection) => React.ReactNode };
  return (
    <section
      aria-labelledby={`summary-${section.kind}`}
      className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm"
    >
      <h2 id={`summary-${section.kind}`} className="mb-3 text-lg font-semibold text-stone-900">
        {r.title}
      </h2>
      {r.render(section)}
    </section>
  );
}

export function SummaryView({ summary }: { summary: TSummary }) {
  return (
    <div className="flex flex-col gap-4" data-summary>
      <style>{PRINT_CSS}</style>
      <p className="text-stone-700">
        <bdi>{summary.names[0]}</bdi> and <bdi>{summary.names[1]}</bdi>, {day(summary.from)} to{" "}
        {day(summary.to)}. Private notes are never part of this summary. Pattern: one square per day (filled
        kept, half partly, pink missed, grey excused or not due, dashed not logged).
      </p>
      {summary.sections.map((s) => (
        <Section key={s.kind} section={s} />
      ))}
    </div>
  );
}
