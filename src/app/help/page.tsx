import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RepairHelpSection } from "@/features/repair/help-section";

export const metadata: Metadata = { title: "How Kept works" };

export default function HelpPage() {
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="How Kept works" />
      <Card title="Check-ins" headingId="check-ins">
        <ul className="flex list-disc flex-col gap-2 pl-5 text-stone-800">
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
          <div>
            <dt className="font-medium">Habit strength</dt>
            <dd>
              A slowly moving score in the style of the Loop Habit Tracker. For each due day (or week, for “N
              times a week”): new score = old score × m + result × (1 − m), with m = 0.5^(√f ÷ 13), where f is
              how many times a day it is expected and the result is 1 for kept, ½ for partly, 0 for missed.
              Excused, paused, not-applicable and not-logged days leave it unchanged. After months of keeping
              something, three misses in a row leave it above 80 %.
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
      <RepairHelpSection />
    </div>
  );
}
