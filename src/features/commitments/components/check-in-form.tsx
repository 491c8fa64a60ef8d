"use client";

import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { OUTCOME_LABELS } from "@/domain/commitment/commitment";
import { NOTE_MAX, type Outcome, type TCheckIn, ZCheckIn } from "@/domain/commitment/schemas";
import { zodFormResolver } from "@/lib/form-resolver";
import { useDraft } from "@/lib/use-draft";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

type ExistingCheckIn = {
  outcome: string;
  note: string | null;
  noteShared: boolean;
  excused: boolean;
  excuseNote: string | null;
};

type TCheckInInput = z.input<typeof ZCheckIn>;

/** Kept / partly / missed (or didn't come up), a note that is private unless shared, and an excuse for a miss. */
export function CheckInForm({
  commitmentId,
  title,
  day,
  outcomes,
  existing,
  partnerName,
  noteOnly = false,
  onDone,
}: {
  commitmentId: string;
  title: string;
  day: string;
  outcomes: Outcome[];
  existing: ExistingCheckIn | null;
  partnerName: string;
  /** The note and share options of an answer already given ("Add a note"): no outcome choice. */
  noteOnly?: boolean;
  /** Called after a save or a cancel, to fold the form away. */
  onDone?: () => void;
}) {
  const trpc = useTRPC();
  const form = useForm<TCheckInInput, unknown, TCheckIn>({
    resolver: zodFormResolver(ZCheckIn, {
      outcome: "Choose how it went.",
      excuseNote: `Say briefly why, for ${partnerName}.`,
    }),
    defaultValues: {
      commitmentId,
      day,
      outcome: existing?.outcome as Outcome | undefined,
      note: existing?.note ?? "",
      noteShared: existing?.noteShared ?? false,
      excused: existing?.excused ?? false,
      excuseNote: existing?.excuseNote ?? "",
    },
  });
  const { register, handleSubmit, watch, setValue, formState } = form;
  // The typed note survives a reload (a draft on this device), until it is saved.
  const clearDraft = useDraft(`check-in:${commitmentId}:${day}`, form, ["note", "excuseNote"]);
  const { errors } = formState;
  const checkIn = useAppMutation(trpc.commitment.checkIn.mutationOptions(), { form });
  const pending = checkIn.pending || formState.isSubmitting;
  const [outcome, noteShared, excused] = watch(["outcome", "noteShared", "excused"]);
  // Once a day is checked in, the form folds away behind "Change"; it stays open after a save.
  const [open, setOpen] = useState(existing === null || noteOnly);
  const formRef = useRef<HTMLFormElement>(null);
  const focusOnOpen = useRef(false);
  useEffect(() => {
    if (noteOnly) formRef.current?.querySelector<HTMLTextAreaElement>("textarea")?.focus();
  }, [noteOnly]);
  useEffect(() => {
    if (!open || !focusOnOpen.current) return;
    focusOnOpen.current = false;
    formRef.current?.querySelector<HTMLInputElement>("input:checked, input")?.focus();
  }, [open]);

  const onSubmit = handleSubmit(async (values) => {
    const result = await checkIn.run(values, (saved) =>
      saved.status === "created"
        ? "Checked in."
        : saved.status === "amended"
          ? `Corrected. ${partnerName} sees that it was corrected; the earlier answer stays in its history.`
          : saved.status === "noted"
            ? "Note saved."
            : "Already saved; nothing changed.",
    );
    if (result.ok) {
      clearDraft();
      onDone?.();
    }
  });

  if (!open) {
    return (
      <div>
        <Button
          variant="secondary"
          onClick={() => {
            focusOnOpen.current = true;
            setOpen(true);
          }}
          aria-label={`Change the check-in for “${title}”`}
        >
          Change
        </Button>
      </div>
    );
  }

  return (
    <Form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-3">
      {noteOnly ? null : (
        <ChoiceGroup
          legend={`How did “${title}” go?`}
          hideLegend
          pills
          options={outcomes.map((value) => ({ value, label: OUTCOME_LABELS[value] }))}
          value={outcome ?? null}
          onChange={(value) => {
            setValue("outcome", value, { shouldValidate: formState.isSubmitted });
            // Only a miss can be excused: the box is hidden for any other answer, and so unticked.
            if (value !== "missed") setValue("excused", false);
          }}
          error={errors.outcome?.message}
        />
      )}

      {outcome === "missed" ? (
        <div className="flex flex-col gap-2 rounded-lg bg-stone-50 p-3">
          <label className="flex min-h-11 items-center gap-3 text-sm text-stone-800">
            <input type="checkbox" className="size-5 accent-sage-600" {...register("excused")} />
            Excuse this miss (illness, an emergency…)
          </label>
          {excused ? (
            <TextAreaField
              label={`What happened (${partnerName} sees this)`}
              rows={2}
              maxLength={NOTE_MAX}
              error={errors.excuseNote?.message}
              {...register("excuseNote")}
            />
          ) : null}
        </div>
      ) : null}

      <TextAreaField
        label="Note (optional)"
        hint={
          noteShared
            ? `${partnerName} will see this note.`
            : `Private to you unless you share it with ${partnerName}.`
        }
        rows={2}
        maxLength={NOTE_MAX}
        error={errors.note?.message}
        {...register("note")}
      />
      <label className="flex min-h-11 items-center gap-3 text-sm text-stone-800">
        <input type="checkbox" className="size-5 accent-sage-600" {...register("noteShared")} />
        Share this note with <bdi>{partnerName}</bdi>
      </label>

      <NoticeAlert notice={checkIn.notice} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : noteOnly ? "Save note" : existing ? "Update check-in" : "Save check-in"}
        </Button>
        {onDone ? (
          <Button variant="secondary" onClick={onDone}>
            Cancel
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
