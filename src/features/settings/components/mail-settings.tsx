"use client";

import { useForm } from "react-hook-form";
import { Alert, NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { type TUpdateMailSettingsInput, ZUpdateMailSettingsInput } from "@/domain/mail/schemas";
import { zodFormResolver } from "@/lib/form-resolver";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

export type MailSettingsView = {
  enabled: boolean;
  email: string;
  verified: boolean;
  titles: boolean;
  categories: {
    category: keyof TUpdateMailSettingsInput["choices"];
    label: string;
    hint: string;
    on: boolean;
  }[];
};

/** Every mail category with its own box; essential mails (password reset) can't be turned off. */
export function MailSettings({ settings }: { settings: MailSettingsView }) {
  const trpc = useTRPC();
  const form = useForm<TUpdateMailSettingsInput>({
    resolver: zodFormResolver(ZUpdateMailSettingsInput),
    defaultValues: {
      choices: Object.fromEntries(
        settings.categories.map((c) => [c.category, c.on]),
      ) as TUpdateMailSettingsInput["choices"],
      titles: settings.titles,
    },
  });
  const { register, handleSubmit, formState } = form;
  const update = useAppMutation(trpc.mail.updateSettings.mutationOptions(), { form });
  const onSubmit = handleSubmit(async (values) => {
    await update.run(values, "Saved.");
  });

  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-4">
      {settings.enabled ? null : (
        <Alert tone="note">
          Mail is off on this Kept server: nothing is sent. Your choices are kept for when it is turned on.
        </Alert>
      )}
      <NoticeAlert notice={update.notice} />
      <p className="text-sm text-stone-600 [overflow-wrap:anywhere]">
        Mail goes to <bdi>{settings.email}</bdi>. A mail says that something happened and links to it; it
        never holds a boundary's text or a note.
      </p>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium text-stone-900">Send me…</legend>
        {settings.categories.map((c) => (
          <label key={c.category} className="flex min-h-11 items-start gap-3 text-sm text-stone-800">
            <input
              type="checkbox"
              className="mt-0.5 size-5 shrink-0 accent-sage-600"
              {...register(`choices.${c.category}`)}
            />
            <span>
              {c.label}
              <span className="block text-stone-600">{c.hint}</span>
            </span>
          </label>
        ))}
        <label className="flex min-h-11 items-start gap-3 text-sm text-stone-800">
          <input type="checkbox" className="mt-0.5 size-5 shrink-0 accent-sage-600" {...register("titles")} />
          <span>
            Name what a mail is about
            <span className="block text-stone-600">
              Adds a commitment's or boundary's title. Off by default, since others may see your mail.
            </span>
          </span>
        </label>
        <p className="text-sm text-stone-600">Password-reset mails always come: you ask for them.</p>
      </fieldset>
      <Button type="submit" pending={formState.isSubmitting} className="self-start">
        {formState.isSubmitting ? "Saving…" : "Save mail choices"}
      </Button>
    </Form>
  );
}
