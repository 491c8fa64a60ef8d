"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FEELINGS, type Feeling, iStatementHints, type StepKey } from "@/domain/repair-talk/repair-talk";
import { REPAIR_ANSWER_MAX } from "@/domain/repair-talk/schemas";
import { useTRPC } from "@/trpc/react";
import { useAppMutation, useSharedNotice } from "@/trpc/use-app-mutation";

type Draft = { feelings: string[]; text: string } | undefined;

/** The caller's answer to the step both are on: a private draft until they share it. */
export function StepForm({
  talkId,
  step,
  label,
  hint,
  optional,
  draft,
  partnerName,
}: {
  talkId: string;
  step: StepKey;
  label: string;
  hint: string;
  optional: boolean;
  draft: Draft;
  partnerName: string;
}) {
  const trpc = useTRPC();
  const [feelings, setFeelings] = useState<Feeling[]>((draft?.feelings ?? []) as Feeling[]);
  const [text, setText] = useState(draft?.text ?? "");
  const notice = useSharedNotice();
  const save = useAppMutation(trpc.repairTalk.save.mutationOptions(), { notice });
  const share = useAppMutation(trpc.repairTalk.save.mutationOptions(), { notice });
  const hints = iStatementHints(step, text);
  const input = { id: talkId, step, feelings: step === "felt" ? feelings : [], text };
  return (
    <form
      className="flex flex-col gap-4"
      aria-label={`Your answer: ${label}`}
      onSubmit={(e) => {
        e.preventDefault();
        void share.run({ ...input, share: true }, (r) =>
          r.revealed
            ? "Shared. This step is open to you both now."
            : `Shared. It opens when ${partnerName} has shared theirs.`,
        );
      }}
    >
      <p className="text-sm text-stone-700">{hint}</p>
      {step === "felt" ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium text-stone-700">I felt…</legend>
          <div className="flex flex-wrap gap-2">
            {FEELINGS.map((f) => (
              <label
                key={f}
                className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-stone-300 bg-white px-4 text-sm text-stone-800 has-[:checked]:border-sage-600 has-[:checked]:bg-sage-50 has-[:checked]:font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-sage-600"
              >
                <input
                  type="checkbox"
                  className="size-4 accent-sage-600"
                  checked={feelings.includes(f)}
                  onChange={(e) =>
                    setFeelings((now) => (e.target.checked ? [...now, f] : now.filter((x) => x !== f)))
                  }
                />
                {f}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <TextAreaField
        label={step === "felt" ? "In my own words (optional)" : optional ? `${label} (optional)` : label}
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={REPAIR_ANSWER_MAX}
        dir="auto"
        rows={4}
      />
      {hints.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm text-stone-700" aria-live="polite">
          {hints.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      ) : null}
      <NoticeAlert notice={notice[0]} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={share.pending}>
          <span>
            Share with <bdi>{partnerName}</bdi>
          </span>
        </Button>
        <Button
          type="button"
          variant="secondary"
          pending={save.pending}
          onClick={() => save.run({ ...input, share: false }, "Saved. Only you can see it.")}
        >
          Save for later
        </Button>
      </div>
    </form>
  );
}
