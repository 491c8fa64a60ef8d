"use client";

import type { z } from "zod";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { NOTE_MAX, ZRespect } from "@/domain/boundary/schemas";
import { zodFormResolver } from "@/lib/form-resolver";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

const CHOICES = [
  { value: "yes", label: "Respected" },
  { value: "no", label: "Not respected" },
] as const;

/** This week's own answer: one per person per week, changeable until the week ends. */
export function RespectCheckIn({
  boundaryId,
  mine,
}: {
  boundaryId: string;
  mine: { respected: boolean; note: string | null } | null;
}) {
  const trpc = useTRPC();
  const form = useAppForm<z.input<typeof ZRespect>, unknown, z.output<typeof ZRespect>>({
    resolver: zodFormResolver(ZRespect, { respected: "Choose respected or not respected." }),
    defaultValues: { id: boundaryId, respected: mine?.respected, note: mine?.note ?? "" },
  });
  const { handleSubmit, watch, setValue, formState, field } = form;
  const respected = watch("respected");
  const respect = useAppMutation(trpc.boundary.respect.mutationOptions(), { form });
  const pending = respect.pending || formState.isSubmitting;

  const onSubmit = handleSubmit(async (values) => {
    await respect.run(values, "Saved. You can change it until your week ends.");
  });

  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-4">
      {mine ? (
        <p className="text-sm text-stone-700">
          Your answer this week: <strong>{mine.respected ? "respected" : "not respected"}</strong>.
        </p>
      ) : null}
      <ChoiceGroup
        legend="This week, I felt this boundary was…"
        options={CHOICES}
        value={respected === undefined ? null : respected ? "yes" : "no"}
        onChange={(choice) =>
          setValue("respected", choice === "yes", { shouldValidate: formState.isSubmitted })
        }
        error={formState.errors.respected?.message}
      />
      <TextAreaField
        label="A note (optional)"
        hint="Your partner can read it. No scores, just how it felt."
        maxLength={NOTE_MAX}
        rows={2}
        {...field("note")}
      />
      <NoticeAlert notice={respect.notice} />
      <Button type="submit" pending={pending} className="self-start">
        {pending ? "Saving…" : mine ? "Update my check-in" : "Save my check-in"}
      </Button>
    </Form>
  );
}
