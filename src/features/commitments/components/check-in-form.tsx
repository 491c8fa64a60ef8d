"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField } from "@/components/ui/field";
import { OUTCOME_LABELS } from "@/domain/commitment/commitment";
import { NOTE_MAX, type Outcome } from "@/domain/commitment/schemas";
import { describeTRPCError, useTRPC } from "@/trpc/react";

export type ExistingCheckIn = {
  outcome: string;
  note: string | null;
  noteShared: boolean;
  excused: boolean;
  excuseNote: string | null;
};

/** Kept / partly / missed (or didn't come up), a note that is private unless shared, and an excuse for a miss. */
export function CheckInForm({
  commitmentId,
  title,
  day,
  outcomes,
  existing,
  partnerName,
}: {
  commitmentId: string;
  title: string;
  day: string;
  outcomes: Outcome[];
  existing: ExistingCheckIn | null;
  partnerName: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>((existing?.outcome as Outcome | undefined) ?? null);
  const [note, setNote] = useState(existing?.note ?? "");
  const [noteShared, setNoteShared] = useState(existing?.noteShared ?? false);
  const [excused, setExcused] = useState(existing?.excused ?? false);
  const [excuseNote, setExcuseNote] = useState(existing?.excuseNote ?? "");
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [refreshing, startRefresh] = useTransition();
  const checkIn = useMutation(trpc.commitment.checkIn.mutationOptions());
  const pending = checkIn.isPending || refreshing;
  // Once a day is checked in, the form folds away behind "Change"; it stays open after a save.
  const [open, setOpen] = useState(existing === null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusOnOpen = useRef(false);
  useEffect(() => {
    if (!open || !focusOnOpen.current) return;
    focusOnOpen.current = false;
    formRef.current?.querySelector<HTMLInputElement>("input:checked, input")?.focus();
  }, [open]);

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setMessage(null);
    if (!outcome) {
      setErrors({ outcome: "Choose how it went." });
      return;
    }
    const isMiss = outcome === "missed";
    if (isMiss && excused && !excuseNote.trim()) {
      setErrors({ excuseNote: `Say briefly why, for ${partnerName}.` });
      return;
    }
    setErrors({});
    try {
      const saved = await checkIn.mutateAsync({
        commitmentId,
        day,
        outcome,
        note: note.trim() || undefined,
        noteShared: noteShared && note.trim() !== "",
        excused: isMiss && excused,
        excuseNote: isMiss && excused ? excuseNote.trim() : undefined,
      });
      setMessage({
        tone: "success",
        text:
          saved.status === "created"
            ? "Checked in."
            : saved.status === "amended"
              ? `Corrected. ${partnerName} sees that it was corrected; the earlier answer stays in its history.`
              : "Already saved; nothing changed.",
      });
      startRefresh(() => router.refresh());
    } catch (error) {
      const { message: text, fieldErrors, code } = describeTRPCError(error);
      setMessage({ tone: "error", text });
      setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, v?.[0]])));
      if (code === "CONFLICT") startRefresh(() => router.refresh());
    }
  };

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
    <form ref={formRef} onSubmit={onSubmit} method="post" noValidate className="flex flex-col gap-3">
      <ChoiceGroup
        legend={`How did “${title}” go?`}
        hideLegend
        pills
        options={outcomes.map((value) => ({ value, label: OUTCOME_LABELS[value] }))}
        value={outcome}
        onChange={setOutcome}
        error={errors.outcome}
      />

      {outcome === "missed" ? (
        <div className="flex flex-col gap-2 rounded-lg bg-stone-50 p-3">
          <label className="flex min-h-11 items-center gap-3 text-sm text-stone-800">
            <input
              type="checkbox"
              checked={excused}
              onChange={(e) => setExcused(e.target.checked)}
              className="size-5 accent-sage-600"
            />
            Excuse this miss (illness, an emergency…)
          </label>
          {excused ? (
            <TextAreaField
              label={`What happened (${partnerName} sees this)`}
              rows={2}
              maxLength={NOTE_MAX}
              value={excuseNote}
              onChange={(e) => setExcuseNote(e.target.value)}
              error={errors.excuseNote}
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
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
      />
      <label className="flex min-h-11 items-center gap-3 text-sm text-stone-800">
        <input
          type="checkbox"
          checked={noteShared}
          onChange={(e) => setNoteShared(e.target.checked)}
          className="size-5 accent-sage-600"
        />
        Share this note with {partnerName}
      </label>

      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div>
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : existing ? "Update check-in" : "Save check-in"}
        </Button>
      </div>
    </form>
  );
}
