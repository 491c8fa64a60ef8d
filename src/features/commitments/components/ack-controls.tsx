"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
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
  dayLabel,
  mine,
}: {
  checkInId: string;
  authorName: string;
  /** Names the check-in in button labels ("Respond to Alex's check-in, Wed 25 Nov"). */
  dayLabel: string;
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
  // Opening moves focus into the form; closing returns it to the button that opened it.
  const formRef = useRef<HTMLFormElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    if (open) formRef.current?.querySelector<HTMLInputElement>("input:checked, input")?.focus();
    else openerRef.current?.focus();
  }, [open]);
  const toggle = (next: boolean) => {
    moveFocus.current = true;
    setOpen(next);
  };

  const run = async (action: () => Promise<unknown>, success: string) => {
    setMessage(null);
    try {
      await action();
      toggle(false);
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
          <Button
            ref={openerRef}
            variant="secondary"
            onClick={() => toggle(true)}
            disabled={pending}
            aria-label={`${mine ? "Change my response to" : "Respond to"} ${authorName}'s check-in, ${dayLabel}`}
          >
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
    <form ref={formRef} onSubmit={onSubmit} method="post" noValidate className="flex flex-col gap-3">
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
        <Button variant="secondary" onClick={() => toggle(false)} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
