"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField } from "@/components/ui/field";
import { NOTE_MAX } from "@/domain/boundary/schemas";
import { describeTRPCError, useTRPC } from "@/trpc/react";

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
  const router = useRouter();
  const [choice, setChoice] = useState<"yes" | "no" | null>(mine ? (mine.respected ? "yes" : "no") : null);
  const [note, setNote] = useState(mine?.note ?? "");
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [refreshing, startRefresh] = useTransition();
  const respect = useMutation(trpc.boundary.respect.mutationOptions());
  const pending = respect.isPending || refreshing;

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setStatus(null);
    if (!choice) {
      setChoiceError("Choose respected or not respected.");
      return;
    }
    setChoiceError(null);
    try {
      await respect.mutateAsync({
        id: boundaryId,
        respected: choice === "yes",
        note: note.trim() || undefined,
      });
      setStatus({ tone: "success", text: "Saved. You can change it until your week ends." });
      startRefresh(() => router.refresh());
    } catch (error) {
      setStatus({ tone: "error", text: describeTRPCError(error).message });
      startRefresh(() => router.refresh());
    }
  };

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="flex flex-col gap-4">
      {mine ? (
        <p className="text-sm text-stone-700">
          Your answer this week: <strong>{mine.respected ? "respected" : "not respected"}</strong>.
        </p>
      ) : null}
      <ChoiceGroup
        legend="This week, I felt this boundary was…"
        options={CHOICES}
        value={choice}
        onChange={setChoice}
        error={choiceError}
      />
      <TextAreaField
        label="A note (optional)"
        hint="Your partner can read it. No scores, just how it felt."
        maxLength={NOTE_MAX}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
      <Button type="submit" pending={pending} className="self-start">
        {pending ? "Saving…" : mine ? "Update my check-in" : "Save my check-in"}
      </Button>
    </form>
  );
}
