"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { CHOICES, type Choice } from "@/domain/quality-time/quality-time";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

/** One idea's private mark: yes, maybe or not now (or none); shown at once, saved in the background. */
export function IdeaMark({
  ideaKey,
  title,
  detail,
  mine,
}: {
  ideaKey: string;
  title: string;
  detail: string;
  mine: Choice | null;
}) {
  const trpc = useTRPC();
  const [choice, setChoice] = useState<Choice | null>(mine);
  const mark = useAppMutation(trpc.qualityTime.mark.mutationOptions());
  const save = async (next: Choice | null) => {
    const previous = choice;
    setChoice(next);
    const result = await mark.run({ ideaKey, choice: next });
    if (!result.ok) setChoice(previous);
  };
  return (
    <div className="flex flex-col gap-1 py-3">
      <ChoiceGroup
        legend={title}
        options={CHOICES}
        value={choice ?? ""}
        onChange={(next) => void save(next)}
        pills
      />
      <div className="flex flex-wrap items-center gap-x-3 text-xs text-stone-500">
        <span>{detail}</span>
        {choice ? (
          <button
            type="button"
            className="min-h-11 text-sage-800 underline underline-offset-2"
            onClick={() => void save(null)}
          >
            Clear my answer
          </button>
        ) : null}
      </div>
      <NoticeAlert notice={mark.notice?.tone === "error" ? mark.notice : null} />
    </div>
  );
}
