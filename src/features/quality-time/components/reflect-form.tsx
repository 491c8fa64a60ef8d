"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField } from "@/components/ui/field";
import { CLOSENESS_LABELS } from "@/domain/quality-time/quality-time";
import { MOMENT_MAX } from "@/domain/quality-time/schemas";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

const OPTIONS = CLOSENESS_LABELS.map((label, i) => ({ value: String(i + 1), label }));

/** The two small questions afterwards: given once, private until the partner has answered too. */
export function ReflectForm({ id, partnerName }: { id: string; partnerName: string }) {
  const trpc = useTRPC();
  const [moment, setMoment] = useState("");
  const [closeness, setCloseness] = useState("");
  const [error, setError] = useState<string | undefined>();
  const reflect = useAppMutation(trpc.qualityTime.reflect.mutationOptions());
  return (
    <form
      className="flex flex-col gap-4"
      aria-label="Two small questions"
      onSubmit={(e) => {
        e.preventDefault();
        if (!closeness) {
          setError("Pick how close you felt, 1 to 5.");
          return;
        }
        setError(undefined);
        void reflect.run({ id, moment, closeness: Number(closeness) }, (r) =>
          r.revealed
            ? "Thank you. Your answers are open to you both now."
            : `Thank you. They open when ${partnerName} has answered too.`,
        );
      }}
    >
      <TextAreaField
        label="A moment I liked"
        hint={`Private until ${partnerName} has answered too. You can't change it afterwards.`}
        value={moment}
        onChange={(e) => setMoment(e.target.value)}
        maxLength={MOMENT_MAX}
        rows={3}
        dir="auto"
        required
      />
      <ChoiceGroup
        legend="How close I felt"
        options={OPTIONS}
        value={closeness}
        onChange={setCloseness}
        error={error}
        pills
      />
      <NoticeAlert notice={reflect.notice} />
      <Button type="submit" className="self-start" pending={reflect.pending}>
        Share my answers
      </Button>
    </form>
  );
}
