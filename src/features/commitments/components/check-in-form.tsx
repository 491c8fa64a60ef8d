"use client";

import { useEffect, useRef } from "react";
import type { z } from "zod";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { NOTE_MAX, type Outcome, type TCheckIn, ZCheckIn } from "@/domain/commitment/schemas";
import { zodFormResolver } from "@/lib/form-resolver";
import { useDraft } from "@/lib/use-draft";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

type AnsweredCheckIn = {
  outcome: string;
  note: string | null;
  noteShared: boolean;
  excused: boolean;
  excuseNote: string | null;
};

type TCheckInInput = z.input<typeof ZCheckIn>;

/**
 * "Add a note" on an answer already given (the answer itself is one tap, QuickAnswer): a note that
 * is private unless shared, and for a miss an excuse. A note is not a correction of the answer.
 */
export function CheckInForm({
  commitmentId,
  day,
  existing,
  partnerName,
  onDone,
}: {
  commitmentId: string;
  day: string;
  existing: AnsweredCheckIn;
  partnerName: string;
  /** Called after a save or a cancel, to fold the form away. */
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const form = useAppForm<TCheckInInput, unknown, TCheckIn>({
    resolver: zodFormResolver(ZCheckIn, {
      outcome: "Choose how it went.",
      excuseNote: `Say briefly why, for ${partnerName}.`,
    }),
    defaultValues: {
      commitmentId,
      day,
      outcome: existing.outcome as Outcome,
      note: existing.note ?? "",
      noteShared: existing.noteShared,
      excused: existing.excused,
      excuseNote: existing.excuseNote ?? "",
    },
  });
  const { register, handleSubmit, watch, formState } = form;
  // The typed note survives a reload (a draft on this device), until it is saved.
  const clearDraft = useDraft(`check-in:${commitmentId}:${day}`, form, ["note", "excuseNote"]);
  const { errors } = formState;
  const checkIn = useAppMutation(trpc.commitment.checkIn.mutationOptions(), { form });
  const pending = checkIn.pending || formState.isSubmitting;
  const [outcome, noteShared, excused] = watch(["outcome", "noteShared", "excused"]);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLTextAreaElement>("textarea")?.focus();
  }, []);

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
      onDone();
    }
  });

  return (
    <Form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-3">
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
          {pending ? "Saving…" : "Save note"}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
