"use client";

import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import {
  SWITCHABLE_KINDS,
  type SwitchableKind,
  type TUpdateSettingsInput,
  ZUpdateSettingsInput,
} from "@/domain/notification/schemas";
import { zodFormResolver } from "@/lib/form-resolver";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

export type NotificationSetting = { kind: string; label: string; switchable: boolean; on: boolean };

const isSwitchable = (kind: string): kind is SwitchableKind => (SWITCHABLE_KINDS as string[]).includes(kind);

/** One box per kind; the ones that need an answer (and security) are always on and shown as such. */
export function NotificationSettings({ settings }: { settings: NotificationSetting[] }) {
  const trpc = useTRPC();
  const choices = Object.fromEntries(
    settings.flatMap((s) => (isSwitchable(s.kind) ? [[s.kind, s.on]] : [])),
  ) as TUpdateSettingsInput["choices"];
  const form = useAppForm<TUpdateSettingsInput>({
    resolver: zodFormResolver(ZUpdateSettingsInput),
    defaultValues: { choices },
  });
  const { register, handleSubmit, formState } = form;
  const update = useAppMutation(trpc.notification.updateSettings.mutationOptions(), { form });
  const onSubmit = handleSubmit(async (values) => {
    await update.run(values, "Saved.");
  });
  const switchable = settings.filter((s) => isSwitchable(s.kind));
  const fixed = settings.filter((s) => !isSwitchable(s.kind));

  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-4">
      <NoticeAlert notice={update.notice} />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium text-stone-900">Tell me in Kept when…</legend>
        {switchable.map((s) => (
          <label key={s.kind} className="flex min-h-11 items-center gap-3 text-sm text-stone-800">
            <input
              type="checkbox"
              className="size-5 shrink-0 accent-sage-600"
              {...register(`choices.${s.kind as SwitchableKind}`)}
            />
            {s.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium text-stone-900">Always shown</legend>
        <p className="text-sm text-stone-600">
          What needs your answer, changes to your link and warnings about your account can't be turned off.
        </p>
        {fixed.map((s) => (
          <label key={s.kind} className="flex min-h-11 items-center gap-3 text-sm text-stone-600">
            <input type="checkbox" className="size-5 shrink-0 accent-sage-600" checked disabled readOnly />
            {s.label}
          </label>
        ))}
      </fieldset>
      <Button type="submit" pending={formState.isSubmitting} className="self-start">
        {formState.isSubmitting ? "Saving…" : "Save notification choices"}
      </Button>
    </Form>
  );
}
