import type { Metadata } from "next";
import { NAV_ENTRIES, NAV_GROUPS } from "@/components/nav-entries";
import { NavIcon } from "@/components/nav-icons";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { BoundaryReviewHelpSection } from "@/features/boundaries/review-help-section";
import { QualityTimeHelpSection } from "@/features/quality-time/help-section";
import { RepairHelpSection } from "@/features/repair/help-section";
import { RepairTalkHelpSection } from "@/features/repair-talk/help-section";
import { TimeOutHelpSection } from "@/features/time-out/help-section";

export const metadata: Metadata = { title: "How Kept works" };

export default function HelpPage() {
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="How Kept works" />
      <Card title="Where things are" headingId="places">
        <p className="mb-3 text-sm text-stone-700">
          On a phone, the first four are the tabs at the bottom; the rest are under More. On a wider screen,
          everything is in the column beside the page.
        </p>
        <dl className="flex flex-col gap-3 text-stone-800">
          {NAV_ENTRIES.map((e) => (
            // A dl's group holds only its dt and dd (axe): the icon sits inside the term.
            <div key={e.href}>
              <dt className="flex items-center gap-3 font-medium">
                <NavIcon name={e.icon} className="size-5 shrink-0 text-sage-700" />
                <a href={e.href} className="text-sage-700 underline">
                  {e.label}
                </a>
                {e.group === "together" ? (
                  <span className="text-xs font-normal text-stone-500">{NAV_GROUPS.together}</span>
                ) : null}
              </dt>
              <dd className="ps-8 text-sm">{e.help}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title="Check-ins" headingId="check-ins">
        <ul className="flex list-disc flex-col gap-2 ps-5 text-stone-800">
          <li>
            A day is your own local day, in the time zone set in your settings. You can check in for today and
            correct the 7 days before; older days are locked so history stays honest.
          </li>
          <li>A day without a check-in is “not logged”. It is never counted as a miss.</li>
          <li>
            Notes are private unless you share them. An excused miss always shows your reason to your partner.
          </li>
          <li>Paused days aren't due and don't count either way.</li>
        </ul>
      </Card>
      <Card title="Consistency" headingId="consistency">
        <dl className="flex flex-col gap-4 text-stone-800">
          <div>
            <dt className="font-medium">Weekly kept-rate</dt>
            <dd>
              Kept ÷ (kept + missed) over your own week, where “partly” counts as half. Excused misses, paused
              days and “didn't come up” are left out. Days that were due but not logged are unknown: left out
              of the rate, and their number is shown beside it. A week with nothing answered shows “—”, not 0
              %.
            </dd>
          </div>
          <div>
            <dt className="font-medium">Kept X of Y</dt>
            <dd>
              X is what you kept this week (partly counts half); Y is what your commitments aimed for this
              week (every due day, and “N times a week”), less excused misses. “When it comes up” has no
              target.
            </dd>
          </div>
          <div id="strength">
            <dt className="font-medium">Habit strength</dt>
            <dd className="flex flex-col gap-2">
              <p>
                How settled a commitment has become, told in words: it grows a little with every kept day and
                shrinks a little with every miss, so it moves slowly. One hard day barely changes it; after
                months of keeping something, even a few misses in a row leave it well rooted.
              </p>
              <p>
                A new commitment shows “Building” until about two weeks of days have been answered, because
                before that it can't say anything fair. A one-off has no strength at all: it is done or not.
                Excused, paused, “didn't come up” and unlogged days leave it as it was.
              </p>
              <p>
                From weaker to stronger it reads: just starting, taking root, growing steady, well rooted. It
                is about the habit, never about the person, and never a comparison between you.
              </p>
            </dd>
          </div>
          <div>
            <dt className="font-medium">Streaks</dt>
            <dd>
              Weeks in a row that met their target, counted for each of you separately (never a joint streak).
              The running week counts once it's met and never breaks a streak before it ends; fully paused
              weeks neither count nor break. You can hide streaks in your settings.
            </dd>
          </div>
        </dl>
      </Card>
      <BoundaryReviewHelpSection />
      <RepairHelpSection />
      <TimeOutHelpSection />
      <RepairTalkHelpSection />
      <QualityTimeHelpSection />
    </div>
  );
}
