import { PROMPTS, type PromptKey } from "@/domain/talk/talk";
import { FollowThroughForm } from "@/features/repair/follow-through-form";
import { UserText } from "@/features/repair/user-text";
import { ConfirmForm, ReflectForm } from "./listening";

type Reflection = { id: string; text: string; verdict: string | null; verdictNote: string | null };
export type ShownAnswer = {
  id: string;
  text: Record<PromptKey, string>;
  commitmentId: string | null;
  boundaryId: string | null;
  reflections: Partial<Record<PromptKey, Reflection>>;
};

function Verdict({ r }: { r: Reflection }) {
  if (!r.verdict) return <p className="text-sm text-stone-600">Waiting to hear whether that's it.</p>;
  return (
    <p className="text-sm text-stone-700">
      {r.verdict === "yes" ? "“Yes, that's it.”" : "“Not quite.”"}
      {r.verdictNote ? (
        <>
          {" "}
          <bdi dir="auto" className="[overflow-wrap:anywhere]">
            {r.verdictNote}
          </bdi>
        </>
      ) : null}
    </p>
  );
}

/**
 * Both people's answers, prompt by prompt, side by side from a tablet's width up. Under the
 * partner's answer the listener reflects it; under one's own, the partner's reflection to confirm.
 */
export function RevealedAnswers({
  mine,
  partner,
  partnerName,
  readOnly,
}: {
  mine: ShownAnswer;
  partner: ShownAnswer;
  partnerName: string;
  readOnly: boolean;
}) {
  return (
    <div className="flex flex-col gap-6">
      {PROMPTS.map((p) => {
        const heard = partner.reflections[p.key];
        const theirs = mine.reflections[p.key];
        return (
          <section key={p.key} aria-labelledby={`prompt-${p.key}`} className="flex flex-col gap-3">
            <h3 id={`prompt-${p.key}`} className="font-medium text-stone-900">
              {p.label}
            </h3>
            <div className="grid items-start gap-3 md:grid-cols-2">
              <div
                className="flex flex-col gap-2 rounded-xl border border-stone-200 p-3"
                data-testid={`mine-${p.key}`}
              >
                <p className="text-sm font-medium text-stone-600">You</p>
                <UserText text={mine.text[p.key]} />
                {theirs ? (
                  <div className="flex flex-col gap-2 rounded-lg bg-stone-50 p-3">
                    <p className="text-sm text-stone-600">
                      <bdi>{partnerName}</bdi> heard:
                    </p>
                    <UserText text={theirs.text} />
                    {!readOnly && !theirs.verdict ? (
                      <ConfirmForm reflectionId={theirs.id} />
                    ) : (
                      <Verdict r={theirs} />
                    )}
                  </div>
                ) : null}
              </div>
              <div
                className="flex flex-col gap-2 rounded-xl border border-stone-200 p-3"
                data-testid={`partner-${p.key}`}
              >
                <p className="text-sm font-medium text-stone-600">
                  <bdi>{partnerName}</bdi>
                </p>
                <UserText text={partner.text[p.key]} />
                {heard ? (
                  <div className="flex flex-col gap-1 rounded-lg bg-stone-50 p-3">
                    <p className="text-sm text-stone-600">What you heard:</p>
                    <UserText text={heard.text} />
                    <Verdict r={heard} />
                  </div>
                ) : null}
                {!readOnly && (!heard || heard.verdict === "not-quite") ? (
                  <ReflectForm answerId={partner.id} prompt={p.key} current={heard?.text} />
                ) : null}
              </div>
            </div>
          </section>
        );
      })}
      {!readOnly && mine.text.request && !mine.commitmentId && !mine.boundaryId ? (
        <section aria-labelledby="request-follow-through" className="flex flex-col gap-2">
          <h3 id="request-follow-through" className="font-medium text-stone-900">
            Make your request something you keep
          </h3>
          <p className="text-sm text-stone-700">
            Optional: a commitment of yours, or a boundary you propose.
          </p>
          <FollowThroughForm
            from="talk"
            id={mine.id}
            suggestedTitle={mine.text.request.split("\n")[0] ?? ""}
          />
        </section>
      ) : null}
    </div>
  );
}

/** One person's answers alone: before the reveal, or of a skipped week. */
export function OwnAnswers({ text }: { text: Record<PromptKey, string> }) {
  return (
    <dl className="flex flex-col gap-3">
      {PROMPTS.map((p) => (
        <div key={p.key} className="flex flex-col gap-1">
          <dt className="text-sm font-medium text-stone-600">{p.label}</dt>
          <dd>
            <UserText text={text[p.key] || "—"} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
