"use client";

import type { z } from "zod";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { REFLECTION_MAX, VERDICT_NOTE_MAX, ZConfirm, ZReflect } from "@/domain/talk/schemas";
import type { PromptKey } from "@/domain/talk/talk";
import { zodFormResolver } from "@/lib/form-resolver";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

/** The listener says the partner's answer back in their own words. */
export function ReflectForm({
  answerId,
  prompt,
  current,
}: {
  answerId: string;
  prompt: PromptKey;
  current?: string;
}) {
  const trpc = useTRPC();
  const form = useAppForm<z.input<typeof ZReflect>, unknown, z.output<typeof ZReflect>>({
    resolver: zodFormResolver(ZReflect),
    defaultValues: { answerId, prompt, text: current ?? "" },
  });
  const reflect = useAppMutation(trpc.talk.reflect.mutationOptions(), { form });
  const onSubmit = form.handleSubmit(async (values) => {
    await reflect.run(values, "Sent back. They'll say whether that's it.");
  });
  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-2">
      <TextAreaField
        label="What I heard you say…"
        hint="In your own words, without answering it yet."
        maxLength={REFLECTION_MAX}
        rows={2}
        dir="auto"
        error={form.formState.errors.text?.message}
        {...form.register("text")}
      />
      <NoticeAlert notice={reflect.notice} />
      <Button type="submit" variant="secondary" pending={reflect.pending} className="self-start">
        {current ? "Say it again" : "Say it back"}
      </Button>
    </Form>
  );
}

const VERDICTS = [
  { value: "yes", label: "Yes, that's it" },
  { value: "not-quite", label: "Not quite" },
] as const;

/** The writer: did the reflection catch it? "Not quite" invites a word more. */
export function ConfirmForm({ reflectionId }: { reflectionId: string }) {
  const trpc = useTRPC();
  const form = useAppForm<z.input<typeof ZConfirm>, unknown, z.output<typeof ZConfirm>>({
    resolver: zodFormResolver(ZConfirm),
    defaultValues: { reflectionId, verdict: undefined, note: "" },
  });
  const confirm = useAppMutation(trpc.talk.confirm.mutationOptions(), { form });
  const verdict = form.watch("verdict");
  const onSubmit = form.handleSubmit(async (values) => {
    await confirm.run(values);
  });
  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-2">
      <ChoiceGroup
        legend="Is that what you meant?"
        options={VERDICTS}
        value={verdict ?? null}
        onChange={(v) => form.setValue("verdict", v, { shouldValidate: form.formState.isSubmitted })}
        error={form.formState.errors.verdict?.message}
        pills
      />
      {verdict === "not-quite" ? (
        <TextField
          label="A word more (optional)"
          maxLength={VERDICT_NOTE_MAX}
          dir="auto"
          error={form.formState.errors.note?.message}
          {...form.register("note")}
        />
      ) : null}
      <NoticeAlert notice={confirm.notice} />
      <Button type="submit" variant="secondary" pending={confirm.pending} className="self-start">
        Send
      </Button>
    </Form>
  );
}
