import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PillLink } from "@/components/ui/text-link";
import {
  JOURNEY_FILTERS,
  type JourneyFilter,
  KIND_LABEL,
  monthChange,
  monthlyRates,
} from "@/domain/journey/journey";
import type { TDashboardPeople } from "@/features/talk/types";
import type { TJourney } from "../types";

const monthName = (month: string) =>
  new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
const dayName = (day: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(`${day}T12:00:00Z`),
  );
/** A month in words, not a score: the journey is read for its direction, not its figures. */
const inWords = (rate: number | null) => {
  if (rate === null) return "nothing answered that month";
  if (rate >= 0.9) return "kept nearly everything";
  if (rate >= 0.7) return "kept most of it";
  if (rate >= 0.4) return "kept about half";
  return "a harder month";
};

/** The month-over-month consistency of each person, on their own: never one against the other. */
function MonthConsistency({
  month,
  previous,
  people,
}: {
  month: string;
  previous: string | undefined;
  people: { name: string; rates: Map<string, number | null> }[];
}) {
  const shown = people.filter((p) => p.rates.has(month));
  if (shown.length === 0) return null;
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {shown.map((p) => {
        const rate = p.rates.get(month) ?? null;
        const change = previous ? monthChange(p.rates.get(previous) ?? null, rate) : null;
        return (
          <li key={p.name} className="rounded-lg bg-stone-50 px-3 py-2 text-sm text-stone-700">
            <bdi className="font-medium text-stone-900">{p.name}</bdi>: {inWords(rate)}
            {change ? <span className="block text-stone-600">{change}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

export function JourneyView({ journey, people }: { journey: TJourney; people: TDashboardPeople | null }) {
  const rates = (people ?? []).map((p) => ({ name: p.name, rates: monthlyRates(p.weeks) }));
  const showConsistency = journey.filter === "all";
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Show" className="flex flex-wrap gap-2">
        {JOURNEY_FILTERS.map((f) => (
          <PillLink
            key={f.value}
            href={f.value === "all" ? "/journey" : `/journey?filter=${f.value}`}
            current={journey.filter === (f.value as JourneyFilter)}
          >
            {f.label}
          </PillLink>
        ))}
      </nav>
      {journey.months.map((m, i) => (
        <Card key={m.month} title={monthName(m.month)} headingId={`month-${m.month}`}>
          <div className="flex flex-col gap-3">
            {showConsistency ? (
              <MonthConsistency month={m.month} previous={journey.months[i + 1]?.month} people={rates} />
            ) : null}
            {m.events.length === 0 ? (
              <p className="text-stone-600">A quiet month{journey.filter === "all" ? "" : " for this"}.</p>
            ) : (
              <ol className="flex flex-col gap-2">
                {m.events.map((e) => (
                  <li key={e.key} className="flex flex-col gap-0.5 border-s-2 border-sage-200 ps-3">
                    <span className="text-sm text-stone-600">
                      {dayName(e.day)}
                      {e.by ? (
                        <>
                          {" · "}
                          <bdi>{e.by}</bdi>
                        </>
                      ) : null}
                    </span>
                    {e.href ? (
                      <Link
                        href={e.href}
                        className="text-stone-900 underline decoration-stone-300 [overflow-wrap:anywhere]"
                      >
                        {KIND_LABEL[e.kind]}
                        {e.title ? (
                          <>
                            {": "}
                            <bdi dir="auto">{e.title}</bdi>
                          </>
                        ) : null}
                      </Link>
                    ) : (
                      <span>{KIND_LABEL[e.kind]}</span>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </div>
        </Card>
      ))}
    </div>
  );
}
