import Link from "next/link";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { BreakBanner } from "@/features/break/components/break-banner";
import type { TPersonView } from "../types";
import { percent, points } from "../wording";
import { Heatmap } from "./heatmap";
import { TrendChart } from "./trend-chart";

/** One partner's consistency: never ranked against the other, no joint score. */
export function PersonPanel({
  person,
  showStreaks,
  showCommitments = true,
}: {
  person: TPersonView;
  showStreaks: boolean;
  showCommitments?: boolean;
}) {
  const who = person.isMe ? "You" : person.name;
  const headingId = `person-${person.id}`;
  const onBreak =
    person.onBreak && !person.isMe ? (
      <BreakBanner partnerBreak={{ name: person.name, ...person.onBreak }} />
    ) : null;
  if (!person.hasCommitments) {
    return (
      <Card title={who} headingId={headingId}>
        {onBreak}
        <p className="text-stone-700">
          {person.isMe ? (
            <>
              Nothing to show yet. Once you <TextLink href="/commitments">make a commitment</TextLink> and
              check in, your weeks, streaks and calendar appear here.
            </>
          ) : (
            <>
              Once <bdi>{person.name}</bdi> makes a commitment and checks in, their weeks and calendar appear
              here.
            </>
          )}
        </p>
      </Card>
    );
  }
  const week = person.thisWeek;
  return (
    <Card title={who} headingId={headingId}>
      <div className="flex flex-col gap-5">
        {onBreak}
        <div className="flex flex-col gap-1" data-testid={`this-week-${person.id}`}>
          <p className="text-sm text-stone-600">This week</p>
          {/* The same calm size for both people: a figure to read, not a score to compare. */}
          {week && week.target > 0 ? (
            <p className="text-base font-medium text-stone-900">
              {week.keptScore > week.target
                ? `Kept ${points(week.keptScore)}, aim of ${week.target} reached`
                : `Kept ${points(week.keptScore)} of ${week.target}`}
            </p>
          ) : (
            <p className="text-base text-stone-800">Nothing with a set target this week</p>
          )}
          <p className="text-sm text-stone-700">
            Kept-rate: <span data-testid={`rate-${person.id}`}>{percent(week?.rate ?? null)}</span>
            {week && week.tally.notLogged > 0 ? ` · ${week.tally.notLogged} not logged yet` : ""}
          </p>
          {showStreaks ? (
            <p className="text-sm text-stone-700" data-testid={`streak-${person.id}`}>
              {person.streak.current === 0
                ? "No streak right now"
                : `${person.streak.current} week${person.streak.current === 1 ? "" : "s"} in a row met the target`}
              {person.streak.best > person.streak.current ? ` (best: ${person.streak.best})` : ""}
            </p>
          ) : null}
        </div>

        <section aria-labelledby={`${headingId}-trend`} className="flex flex-col gap-2">
          <h3 id={`${headingId}-trend`} className="text-sm font-medium text-stone-900">
            Weekly kept-rate ({person.weeks.length} weeks; overall {percent(person.range.rate)})
          </h3>
          <TrendChart weeks={person.weeks} who={who} id={`${headingId}-chart`} />
        </section>

        <section aria-labelledby={`${headingId}-days`} className="flex flex-col gap-2">
          <h3 id={`${headingId}-days`} className="text-sm font-medium text-stone-900">
            Day by day (last {Math.round(person.heatmap.days.length / 30.4)} months)
          </h3>
          <Heatmap heatmap={person.heatmap} weekStartsOn={person.weekStartsOn} who={who} />
        </section>

        {showCommitments ? (
          <section aria-labelledby={`${headingId}-strength`} className="flex flex-col gap-2">
            <h3 id={`${headingId}-strength`} className="text-sm font-medium text-stone-900">
              Habit strength{" "}
              <TextLink href="/help#strength" className="font-normal">
                what this means
              </TextLink>
            </h3>
            <ul className="flex flex-col gap-3">
              {person.commitments.map((c) => (
                <li key={c.id} className="flex flex-col gap-1">
                  <div className="flex items-baseline justify-between gap-2 text-sm">
                    <Link
                      href={`/commitments/${c.id}`}
                      className="text-stone-900 underline decoration-stone-300"
                    >
                      <bdi>{c.title}</bdi>
                      {c.archived ? " (archived)" : ""}
                    </Link>
                    <span className="shrink-0 text-stone-700">kept-rate {percent(c.rate)}</span>
                  </div>
                  <p className="text-sm text-stone-700" data-testid="strength">
                    {c.strengthWords ? (
                      <>
                        <span className="font-medium text-stone-900">{c.strengthWords.label}</span>:{" "}
                        {c.strengthWords.detail}
                      </>
                    ) : (
                      "A one-off: done or not, no habit to grow."
                    )}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </Card>
  );
}
