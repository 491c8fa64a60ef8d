"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, useHydrated } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { type TUpdateProfileInput, ZUpdateProfileInput } from "@/domain/auth/schemas";
import { describeTRPCError, useTRPC } from "@/trpc/react";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function ProfileForm({ initial, timeZones }: { initial: TUpdateProfileInput; timeZones: string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, formState, setValue, setError, reset } = useForm<TUpdateProfileInput>({
    resolver: zodResolver(ZUpdateProfileInput),
    defaultValues: initial,
    mode: "onTouched",
  });
  const update = useMutation(trpc.user.updateProfile.mutationOptions());
  // Until React has hydrated, react-hook-form hasn't registered the fields, and registering them
  // puts back their saved values: a box unticked in that moment would tick itself again and the
  // old value be saved. The fields wait for hydration, as the buttons do.
  const hydrated = useHydrated();
  const zones = timeZones.includes(initial.timeZone) ? timeZones : [initial.timeZone, ...timeZones];

  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    try {
      const saved = await update.mutateAsync(values);
      reset({
        name: saved.name,
        timeZone: saved.timeZone,
        weekStartsOn: saved.weekStartsOn,
        showStreaks: saved.showStreaks,
      });
      setStatus({ tone: "success", text: "Saved." });
      router.refresh();
    } catch (error) {
      const { message, fieldErrors } = describeTRPCError(error);
      for (const key of ["name", "timeZone", "weekStartsOn"] as const) {
        const first = fieldErrors[key]?.[0];
        if (first) setError(key, { message: first });
      }
      setStatus({ tone: "error", text: message });
    }
  });

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="flex flex-col gap-4">
      <fieldset disabled={!hydrated} className="contents">
        {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
        <TextField
          label="Display name"
          autoComplete="name"
          error={formState.errors.name?.message}
          {...register("name")}
        />
        <div className="flex flex-col gap-2">
          <SelectField
            label="Time zone"
            error={formState.errors.timeZone?.message}
            hint="Your days are counted in this time zone."
            {...register("timeZone")}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </SelectField>
          <button
            type="button"
            className="self-start text-sm text-sage-700 underline"
            onClick={() =>
              setValue("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone, { shouldDirty: true })
            }
          >
            Use this device's time zone
          </button>
        </div>
        <SelectField
          label="Week starts on"
          error={formState.errors.weekStartsOn?.message}
          {...register("weekStartsOn", { valueAsNumber: true })}
        >
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
        <Button type="submit" pending={formState.isSubmitting} className="self-start">
          {formState.isSubmitting ? "Saving…" : "Save profile"}
        </Button>
      </fieldset>
    </form>
  );
}
