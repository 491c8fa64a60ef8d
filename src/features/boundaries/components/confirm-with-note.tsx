"use client";

import { useEffect, useId, useRef } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { NOTE_MAX, ZAnswer } from "@/domain/boundary/schemas";
import { zodFormResolver } from "@/lib/form-resolver";

type TAnswer = z.output<typeof ZAnswer>;

/** One step of answering a boundary (decline, withdraw, propose retiring): its question, an optional note, confirm or go back. */
export function ConfirmWithNote({
  heading,
  explanation,
  confirmLabel,
  danger = false,
  answer,
  pending,
  onConfirm,
  onCancel,
}: {
  heading: string;
  explanation: string;
  confirmLabel: string;
  danger?: boolean;
  /** The boundary and the `rev` the answer is about. */
  answer: { id: string; rev: number };
  pending: boolean;
  onConfirm: (answer: TAnswer) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { handleSubmit, formState, field } = useAppForm<z.input<typeof ZAnswer>, unknown, TAnswer>({
    resolver: zodFormResolver(ZAnswer),
    defaultValues: { ...answer, note: "" },
  });
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The buttons that opened this step are gone: keyboard and screen reader users land on its question.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h3 ref={headingRef} id={headingId} tabIndex={-1} className="font-medium text-stone-900">
        {heading}
      </h3>
      <p className="text-sm text-stone-700">{explanation}</p>
      <Form onSubmit={handleSubmit(onConfirm)} className="flex flex-col gap-3">
        <TextAreaField
          label="A note (optional)"
          hint="Your partner sees it in the history."
          maxLength={NOTE_MAX}
          rows={2}
          {...field("note")}
        />
        <div className="flex flex-wrap gap-2">
          <Button
            type="submit"
            variant={danger ? "danger" : "primary"}
            pending={pending || formState.isSubmitting}
          >
            {confirmLabel}
          </Button>
          <Button variant="secondary" disabled={pending} onClick={onCancel}>
            Go back
          </Button>
        </div>
      </Form>
    </section>
  );
}
