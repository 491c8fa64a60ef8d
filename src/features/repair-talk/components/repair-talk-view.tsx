import type { inferRouterOutputs } from "@trpc/server";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { impactFrom, type StepKey } from "@/domain/repair-talk/repair-talk";
import { FollowThroughForm } from "@/features/repair/follow-through-form";
import { UserText } from "@/features/repair/user-text";
import { formatLocalDay } from "@/lib/format";
import type { AppRouter } from "@/server/api/root";
import { HeardOfMe, MyHeard } from "./heard";
import { PartAmendsCard } from "./part-amends";
import { StepForm } from "./step-form";
import { StopPanel } from "./stop-panel";

type Talk = inferRouterOutputs<AppRouter>["repairTalk"]["get"];
type Answer = Talk["steps"][number]["mine"][number];

function AnswerText({ answer }: { answer: Answer | undefined }) {
  if (!answer) return <p className="text-sm text-stone-600">Left out.</p>;
  return (
    <div className="flex flex-col gap-2">
      {answer.feelings.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label="Feelings">
          {answer.feelings.map((f) => (
            <li key={f} className="rounded-full bg-sage-50 px-3 py-1 text-sm text-sage-800">
              {f}
            </li>
          ))}
        </ul>
      ) : null}
      {answer.text ? <UserText text={answer.text} /> : null}
      {!answer.text && answer.feelings.length === 0 ? (
        <p className="text-sm text-stone-600">Left out.</p>
      ) : null}
    </div>
  );
}

/** "My part", once both parts are open: an amends of one's own in one step, or a link to it. */
function PartAmends({ talk, part }: { talk: Talk; part: Answer }) {
  if (part.amendsId) {
    return (
      <p className="text-sm text-stone-700">
        You made your part <TextLink href={`/amends/${part.amendsId}`}>an amends</TextLink>.
      </p>
    );
  }
  const theirFeelings = talk.steps.find((s) => s.key === "felt")?.partner[0]?.feelings ?? [];
  const myPlan = talk.steps.find((s) => s.key === "plan");
  return (
    <PartAmendsCard
      partnerName={talk.partnerName}
      fromPart={{
        answerId: part.id,
        whatIDid: part.text,
        impact: theirFeelings.length > 0 ? impactFrom(theirFeelings) : "",
        // Only once both plans are open: before, it would be shared with the amends.
        different: myPlan?.revealed ? (myPlan.mine[0]?.text ?? "") : "",
      }}
    />
  );
}

/** One opened step: both answers side by side (one above the other on a phone). */
function OpenStep({ talk, step }: { talk: Talk; step: Talk["steps"][number] }) {
  const open = talk.status === "open" && !talk.archived;
  const heard = step.key === ("heard" satisfies StepKey);
  const plan = step.key === ("plan" satisfies StepKey);
  const part = step.key === ("part" satisfies StepKey);
  const mine = step.mine[0];
  return (
    <section
      aria-label={step.label}
      className="flex flex-col gap-3 border-t border-stone-200 pt-4 first:border-t-0 first:pt-0"
    >
      <h2 className="font-medium text-stone-900">{step.label}</h2>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-2 rounded-lg bg-stone-50 p-3">
          <p className="text-xs font-medium uppercase tracking-wide text-stone-600">You</p>
          {heard ? (
            <MyHeard talkId={talk.id} attempts={step.mine} partnerName={talk.partnerName} open={open} />
          ) : (
            <AnswerText answer={mine} />
          )}
        </div>
        <div
          className="flex min-w-0 flex-col gap-2 rounded-lg bg-stone-50 p-3"
          data-testid={`partner-${step.key}`}
        >
          <p className="text-xs font-medium uppercase tracking-wide text-stone-600">
            <bdi>{talk.partnerName}</bdi>
          </p>
          {heard ? (
            <HeardOfMe attempts={step.partner} partnerName={talk.partnerName} />
          ) : (
            <AnswerText answer={step.partner[0]} />
          )}
        </div>
      </div>
      {part && mine?.shared && mine.text && !talk.archived ? <PartAmends talk={talk} part={mine} /> : null}
      {plan && mine?.text && !talk.archived ? (
        mine.commitmentId || mine.boundaryId ? (
          <p className="text-sm text-stone-700">
            You made it{" "}
            {mine.commitmentId ? (
              <TextLink href={`/commitments/${mine.commitmentId}`}>a commitment</TextLink>
            ) : (
              <TextLink href={`/boundaries/${mine.boundaryId}`}>a boundary proposal</TextLink>
            )}
            .
          </p>
        ) : (
          <Card title="Make your plan something kept">
            <FollowThroughForm from="repair-talk" id={mine.id} suggestedTitle={mine.text} />
          </Card>
        )
      ) : null}
    </section>
  );
}

/** A whole conversation: the opened steps, the step both are on, and pause or stop. */
export function RepairTalkView({ talk }: { talk: Talk }) {
  const current = talk.steps.find((s) => s.key === talk.current);
  const opened = talk.steps.filter((s) => s.revealed);
  const mineNow = current?.mine[0];
  return (
    <div className="flex flex-col gap-6">
      <p
        className="rounded-lg border border-sage-200 bg-sage-50 px-3 py-2 text-sm text-sage-900"
        data-testid="repair-status"
        role="status"
      >
        {talk.statusText}
      </p>
      {opened.length > 0 ? (
        <Card>
          <div className="flex flex-col gap-4">
            {opened.map((s) => (
              <OpenStep key={s.key} talk={talk} step={s} />
            ))}
          </div>
        </Card>
      ) : null}
      {current ? (
        <Card title={`Step ${talk.steps.indexOf(current) + 1} of ${talk.steps.length}: ${current.label}`}>
          {mineNow?.shared ? (
            <div className="flex flex-col gap-2">
              <p className="text-sm text-stone-700">What you shared (it opens when you've both shared):</p>
              <AnswerText answer={mineNow} />
            </div>
          ) : (
            <StepForm
              key={current.key}
              talkId={talk.id}
              step={current.key}
              label={current.label}
              hint={current.hint}
              optional={current.optional}
              draft={mineNow}
              partnerName={talk.partnerName}
            />
          )}
        </Card>
      ) : null}
      {talk.archived ? null : talk.status === "open" ? (
        <Card title="Pause or stop">
          <StopPanel talkId={talk.id} />
        </Card>
      ) : (
        <p className="text-sm text-stone-700">
          {talk.status === "finished" ? "Finished" : "Stopped"} on{" "}
          {formatLocalDay(talk.endedOn ?? talk.startedOn)}. Nothing here is scored.
        </p>
      )}
    </div>
  );
}
