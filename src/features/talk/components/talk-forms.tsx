"use client";

import type { z } from "zod";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { TALK_ANSWER_MAX, ZTalkAnswers, ZTalkDay } from "@/domain/talk/schemas";
import { PROMPTS, type PromptKey, WEEKDAY_NAMES } from "@/domain/talk/talk";
import { zodFormResolver } from "@/lib/form-resolver";
import { useTRPC } from "@/trpc/react";
import { useAppMutation, useSharedNotice } from "@/trpc/use-app-mutation";

/** The couple's talk day: either of them can choose or change it. */
export function TalkDayForm({ day }: { day: number | null }) {
  const trpc = useTRPC();
  const form = useAppForm<z.input<typeof ZTalkDay>, unknown, z.output<typeof ZTalkDay>>({
    resolver: zodFormResolver(ZTalkDay),
    defaultValues: { day: day ?? 0 },
  });
  const setDay = useAppMutation(trpc.talk.setDay.mutationOptions(), { form });
  const onSubmit = form.handleSubmit(async (values) => {
    await setDay.run(values, "Saved. Your partner sees the same day.");
  });
  return (
    <Form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
      <SelectField
        label="Our talk day"
        error={form.formState.errors.day?.message}
        {...form.register("day", { valueAsNumber: true })}
      >
        {WEEKDAY_NAMES.map((name, i) => (
          <option key={name} value={i}>
            {name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant={day === null ? "primary" : "secondary"} pending={setDay.pending}>
        {day === null ? "Choose this day" : "Change the day"}
      </Button>
      <div className="basis-full">
        <NoticeAlert notice={setDay.notice} />
      </div>
    </Form>
  );
}

/** This week's four prompts, private until both have shared theirs. */
export function TalkAnswerForm({
  week,
  mine,
  partnerName,
}: {
  week: string;
  mine: Record<PromptKey, string> | null;
  partnerName: string;
}) {
  const trpc = useTRPC();
  const form = useAppForm<z.input<typeof ZTalkAnswers>, unknown, z.output<typeof ZTalkAnswers>>({
    resolver: zodFormResolver(ZTalkAnswers),
    defaultValues: {
      week,
      appreciation: mine?.appreciation ?? "",
      wentWell: mine?.wentWell ?? "",
      hard: mine?.hard ?? "",
      request: mine?.request ?? "",
      submit: false,
    },
  });
  const notice = useSharedNotice();
  const save = useAppMutation(trpc.talk.save.mutationOptions(), { form, notice });
  const onSubmit = form.handleSubmit(async (values) => {
    await save.run(values, (r) =>
      r.revealed
        ? "Shared. You've both answered: here is what you each wrote."
        : r.submitted
          ? "Shared. Your answers open to each other once both of you have shared."
          : "Saved. Only you can see this draft.",
    );
  });
  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-5">
      {PROMPTS.map((p) => (
        <TextAreaField
          key={p.key}
          label={p.label}
          maxLength={TALK_ANSWER_MAX}
          rows={3}
          dir="auto"
          error={form.formState.errors[p.key]?.message}
          {...form.register(p.key)}
        />
      ))}
      <NoticeAlert notice={notice[0]} />
      <div className="flex flex-wrap gap-3">
        <Button
          type="submit"
          variant="secondary"
          pending={save.pending}
          onClick={() => form.setValue("submit", false)}
        >
          Save privately
        </Button>
        <Button type="submit" pending={save.pending} onClick={() => form.setValue("submit", true)}>
          Share my answers
        </Button>
      </div>
      <p className="text-sm text-stone-600">
        <bdi>{partnerName}</bdi> sees your answers only once you've both shared yours, and you see theirs at
        the same moment. Once shared, they can't be changed.
      </p>
    </Form>
  );
}

/** "Not this week", and taking it back. No penalty, nothing counted. */
export function SkipTalk({ week, skipped }: { week: string; skipped: boolean }) {
  const trpc = useTRPC();
  const skip = useAppMutation(trpc.talk.skip.mutationOptions());
  return (
    <div className="flex flex-col gap-2">
      <Button
        variant="secondary"
        pending={skip.pending}
        className="self-start"
        onClick={() => skip.run({ week, skipped: !skipped })}
      >
        {skipped ? "Let's talk this week after all" : "Not this week"}
      </Button>
      {skipped ? null : (
        <p className="text-sm text-stone-600">
          Skipping is fine: nothing is counted, and there's always next week.
        </p>
      )}
      <NoticeAlert notice={skip.notice} />
    </div>
  );
}
