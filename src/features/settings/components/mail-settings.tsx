"use client";

import { Alert, NoticeAlert } from "@/components/ui/alert";
import { Button, SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { type TUpdateMailSettingsInput, ZUpdateMailSettingsInput } from "@/domain/mail/schemas";
import { zodFormResolver } from "@/lib/form-resolver";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

type MailSettingsView = {
  enabled: boolean;
  email: string;
  verified: boolean;
  titles: boolean;
  reminderTime: string;
  quietFrom: string;
  quietTo: string;
  weeklySummaryDay: number;
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
  const form = useAppForm<TUpdateMailSettingsInput>({
    resolver: zodFormResolver(ZUpdateMailSettingsInput),
    defaultValues: {
      choices: Object.fromEntries(
        settings.categories.map((c) => [c.category, c.on]),
      ) as TUpdateMailSettingsInput["choices"],
      titles: settings.titles,
      reminderTime: settings.reminderTime,
      quietFrom: settings.quietFrom,
      quietTo: settings.quietTo,
      weeklySummaryDay: settings.weeklySummaryDay,
    },
  });
  const { register, field, handleSubmit, formState } = form;
  const update = useAppMutation(trpc.mail.updateSettings.mutationOptions(), { form });
  const resend = useAppMutation(trpc.mail.resendVerification.mutationOptions(), { refresh: false });
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
      {settings.verified ? null : (
        <div className="flex flex-col gap-2 rounded-lg border border-stone-200 p-3 text-sm text-stone-700">
          <p>
            Your address isn't confirmed yet. Everything works; reminders wait until you open the link we
            sent.
          </p>
          <NoticeAlert notice={resend.notice} />
          {settings.enabled ? (
            <Button
              variant="secondary"
              className="self-start"
              pending={resend.pending}
              onClick={() => resend.run(undefined, "Sent. Look for a mail from Kept.")}
            >
              Send the link again
            </Button>
          ) : null}
        </div>
      )}
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
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 font-medium text-stone-900">When</legend>
        <TextField
          label="Reminder at"
          type="time"
          hint="Your own time, in your time zone. Only on days when something due is still unlogged, at most once."
          {...field("reminderTime")}
        />
        <div className="flex flex-wrap gap-3">
          <TextField label="Quiet from" type="time" {...field("quietFrom")} />
          <TextField label="Quiet until" type="time" {...field("quietTo")} />
        </div>
        <SelectField label="Weekly summary on" {...field("weeklySummaryDay", { valueAsNumber: true })}>
          {WEEKDAYS.map((day, index) => (
            <option key={day} value={index}>
              {day}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Saving…" className="self-start">
        Save mail choices
      </SubmitButton>
    </Form>
  );
}
