"use client";

import type { z } from "zod";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { AMENDS_ANSWERS } from "@/domain/amends/amends";
import { AMENDS_NOTE_MAX, ZAnswerAmends, ZFollowUp } from "@/domain/amends/schemas";
import { zodFormResolver } from "@/lib/form-resolver";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

const answerOf = (value: string | null) => AMENDS_ANSWERS.find((a) => a.value === value)?.value;

/** The partner's answer, with an optional note; it can be changed later and every answer is kept. */
export function AnswerAmends({ id, current }: { id: string; current: string | null }) {
  const trpc = useTRPC();
  const form = useAppForm<z.input<typeof ZAnswerAmends>, unknown, z.output<typeof ZAnswerAmends>>({
    resolver: zodFormResolver(ZAnswerAmends),
    // An answer already given starts chosen: "Change your answer" shows which one it is.
    defaultValues: { id, answer: answerOf(current), note: "" },
  });
  const { handleSubmit, watch, setValue, formState, reset, field } = form;
  const answer = useAppMutation(trpc.amends.answer.mutationOptions(), { form });
  const onSubmit = handleSubmit(async (values) => {
    const result = await answer.run(values, "Your answer is sent.");
    if (result.ok) reset({ id, answer: values.answer, note: "" });
  });
  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-4">
      <ChoiceGroup
        legend={current ? "Change your answer" : "Your answer"}
        options={AMENDS_ANSWERS}
        value={watch("answer") ?? null}
        onChange={(v) => setValue("answer", v, { shouldValidate: formState.isSubmitted })}
        error={formState.errors.answer?.message}
      />
      <TextAreaField
        label="A note (optional)"
        maxLength={AMENDS_NOTE_MAX}
        rows={2}
        dir="auto"
        {...field("note")}
      />
      <NoticeAlert notice={answer.notice} />
      <Button type="submit" pending={answer.pending} className="self-start">
        {answer.pending ? "Sending…" : "Send my answer"}
      </Button>
    </Form>
  );
}

/** A follow-up by either partner: the conversation goes on, and the history keeps it. */
export function FollowUpAmends({ id }: { id: string }) {
  const trpc = useTRPC();
  const form = useAppForm<z.input<typeof ZFollowUp>, unknown, z.output<typeof ZFollowUp>>({
    resolver: zodFormResolver(ZFollowUp),
    defaultValues: { id, note: "" },
  });
  const { handleSubmit, reset, field } = form;
  const followUp = useAppMutation(trpc.amends.followUp.mutationOptions(), { form });
  const onSubmit = handleSubmit(async (values) => {
    const result = await followUp.run(values, "Added.");
    if (result.ok) reset({ id, note: "" });
  });
  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-3">
      <TextAreaField
        label="Add a follow-up"
        hint="Something you've done since, or something you'd like to add. Both of you can."
        maxLength={AMENDS_NOTE_MAX}
        rows={2}
        dir="auto"
        {...field("note")}
      />
      <NoticeAlert notice={followUp.notice} />
      <Button type="submit" variant="secondary" pending={followUp.pending} className="self-start">
        {followUp.pending ? "Adding…" : "Add follow-up"}
      </Button>
    </Form>
  );
}

/** A draft can be let go; nothing of it was ever seen by anyone else. */
export function DeleteDraft({ id }: { id: string }) {
  const trpc = useTRPC();
  const remove = useAppMutation(trpc.amends.deleteDraft.mutationOptions(), { refresh: false });
  return (
    <div className="flex flex-col gap-2">
      <Button
        variant="secondary"
        pending={remove.pending}
        className="self-start"
        onClick={async () => {
          const result = await remove.run({ id });
          if (result.ok) remove.navigate("/amends");
        }}
      >
        Delete this draft
      </Button>
      <NoticeAlert notice={remove.notice} />
    </div>
  );
}

/** "We talked about it": it leaves the weekly talk's list. */
export function MarkTalked({ id }: { id: string }) {
  const trpc = useTRPC();
  const mark = useAppMutation(trpc.amends.markTalked.mutationOptions());
  return (
    <div className="flex flex-col gap-2">
      <Button
        variant="secondary"
        pending={mark.pending}
        className="self-start"
        onClick={() => mark.run({ id })}
      >
        We've talked about it
      </Button>
      <NoticeAlert notice={mark.notice} />
    </div>
  );
}
