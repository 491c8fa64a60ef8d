"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField } from "@/components/ui/field";
import { NOTE_MAX } from "@/domain/commitment/schemas";
import { describeTRPCError, useTRPC } from "@/trpc/react";

type Kind = "noticed" | "differ";
const CHOICES: { value: Kind; label: string }[] = [
  { value: "noticed", label: "I noticed (thank you)" },
  { value: "differ", label: "I see it differently" },
];

/** The partner's response to a check-in: changeable, and removable (undo). */
export function AckControls({
  checkInId,
  authorName,
  mine,
}: {
  checkInId: string;
  authorName: string;
  mine: { kind: Kind; note: string | null } | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<Kind>(mine?.kind ?? "noticed");
  const [note, setNote] = useState(mine?.note ?? "");
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [refreshing, startRefresh] = useTransition();
  const acknowledge = useMutation(trpc.commitment.acknowledge.mutationOptions());
  const unacknowledge = useMutation(trpc.commitment.unacknowledge.mutationOptions());
  const pending = acknowledge.isPending || unacknowledge.isPending || refreshing;

  const run = async (action: () => Promise<unknown>, success: string) => {
    setMessage(null);
    try {
      await action();
      setOpen(false);
      setMessage({ tone: "success", text: success });
      startRefresh(() => router.refresh());
    } catch (e) {
      setMessage({ tone: "error", text: describeTRPCError(e).message });
    }
  };

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (kind === "differ" && !note.trim()) {
      setError(`Say how you see it, so ${authorName} can understand.`);
      return;
    }
    setError(null);
    await run(
      () => acknowledge.mutateAsync({ checkInId, kind, note: note.trim() || undefined }),
      `Sent. ${authorName} will see it.`,
    );
  };

  if (!open) {
    return (
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setOpen(true)} disabled={pending}>
            {mine ? "Change my response" : "Respond"}
          </Button>
          {mine ? (
            <Button
              variant="secondary"
              pending={unacknowledge.isPending}
              onClick={() =>
                run(() => unacknowledge.mutateAsync({ id: checkInId }), "Your response was removed.")
              }
            >
              Remove my response
            </Button>
          ) : null}
        </div>
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="flex flex-col gap-3">
      <ChoiceGroup
        legend={`Your response to ${authorName}`}
        options={CHOICES}
        value={kind}
        onChange={setKind}
      />
      <TextAreaField
        label={kind === "differ" ? "How you see it" : "A few words (optional)"}
        rows={2}
        maxLength={NOTE_MAX}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={error ?? undefined}
      />
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? "Sending…" : "Send"}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
