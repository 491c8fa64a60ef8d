"use client";

import { useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { NOTE_MAX, ZAck } from "@/domain/commitment/schemas";
import { zodFormResolver } from "@/lib/form-resolver";
import { useTRPC } from "@/trpc/react";
import { useAppMutation, useSharedNotice } from "@/trpc/use-app-mutation";

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
  const [open, setOpen] = useState(false);
  const form = useAppForm<z.input<typeof ZAck>, unknown, z.output<typeof ZAck>>({
    resolver: zodFormResolver(ZAck, { note: `Say how you see it, so ${authorName} can understand.` }),
    defaultValues: { checkInId, kind: mine?.kind ?? "noticed", note: mine?.note ?? "" },
  });
  const { handleSubmit, watch, setValue, formState, field } = form;
  const kind = watch("kind");
  const notice = useSharedNotice();
  const acknowledge = useAppMutation(trpc.commitment.acknowledge.mutationOptions(), { form, notice });
  const unacknowledge = useAppMutation(trpc.commitment.unacknowledge.mutationOptions(), { notice });
  const pending = acknowledge.pending || unacknowledge.pending || formState.isSubmitting;
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

  const onSubmit = handleSubmit(async (values) => {
    if ((await acknowledge.run(values, `Sent. ${authorName} will see it.`)).ok) toggle(false);
  });

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
              pending={unacknowledge.pending}
              onClick={() => unacknowledge.run({ id: checkInId }, "Your response was removed.")}
            >
              Remove my response
            </Button>
          ) : null}
        </div>
        <NoticeAlert notice={notice[0]} />
      </div>
    );
  }

  return (
    <Form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-3">
      <ChoiceGroup
        legend={`Your response to ${authorName}`}
        options={CHOICES}
        value={kind}
        onChange={(value) => setValue("kind", value, { shouldValidate: formState.isSubmitted })}
      />
      <TextAreaField
        label={kind === "differ" ? "How you see it" : "A few words (optional)"}
        rows={2}
        maxLength={NOTE_MAX}
        {...field("note")}
      />
      <NoticeAlert notice={notice[0]} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? "Sending…" : "Send"}
        </Button>
        <Button variant="secondary" onClick={() => toggle(false)} disabled={pending}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
