"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { NoticeAlert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { TextButton } from "@/components/ui/text-link";
import { useAppForm } from "@/components/ui/use-app-form";
import { type TUpdateProfileInput, ZUpdateProfileInput } from "@/domain/auth/schemas";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function ProfileForm({ initial, timeZones }: { initial: TUpdateProfileInput; timeZones: string[] }) {
  const trpc = useTRPC();
  const form = useAppForm<TUpdateProfileInput>({
    resolver: zodResolver(ZUpdateProfileInput),
    defaultValues: initial,
    mode: "onTouched",
  });
  const { register, field, handleSubmit, formState, setValue, reset } = form;
  const update = useAppMutation(trpc.user.updateProfile.mutationOptions(), { form });
  const zones = timeZones.includes(initial.timeZone) ? timeZones : [initial.timeZone, ...timeZones];

  const onSubmit = handleSubmit(async (values) => {
    const result = await update.run(values, "Saved.");
    if (!result.ok) return;
    const saved = result.data;
    reset({
      name: saved.name,
      timeZone: saved.timeZone,
      weekStartsOn: saved.weekStartsOn,
      showStreaks: saved.showStreaks,
    });
  });

  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-4">
      <NoticeAlert notice={update.notice} />
      <TextField label="Display name" autoComplete="name" {...field("name")} />
      <div className="flex flex-col gap-2">
        <SelectField label="Time zone" hint="Your days are counted in this time zone." {...field("timeZone")}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </SelectField>
        <TextButton
          onClick={() =>
            setValue("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone, { shouldDirty: true })
          }
        >
          Use this device's time zone
        </TextButton>
      </div>
      <SelectField label="Week starts on" {...field("weekStartsOn", { valueAsNumber: true })}>
        {WEEKDAYS.map((day, index) => (
          <option key={day} value={index}>
            {day}
          </option>
        ))}
      </SelectField>
      <label className="flex min-h-11 items-center gap-3 text-sm text-stone-800">
        <input type="checkbox" className="size-5 accent-sage-600" {...register("showStreaks")} />
        Show streaks on the dashboard (weeks in a row that met their target)
      </label>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Saving…" className="self-start">
        Save profile
      </SubmitButton>
    </Form>
  );
}
