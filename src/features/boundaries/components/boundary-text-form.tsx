"use client";

import { useEffect, useId } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import {
  BOUNDARY_CATEGORIES,
  BOUNDARY_OWNERS,
  DESCRIPTION_MAX,
  NOTE_MAX,
  TITLE_MAX,
  ZBoundaryTextWithNote,
} from "@/domain/boundary/schemas";
import { zodFormResolver } from "@/lib/form-resolver";
import { useDraft } from "@/lib/use-draft";
import { type MutationResult, showFieldErrors } from "@/trpc/use-app-mutation";

type TBoundaryFormInput = z.input<typeof ZBoundaryTextWithNote>;
export type TBoundaryFormValues = z.output<typeof ZBoundaryTextWithNote>;

/**
 * The text of a boundary version: used to propose, to edit a proposal and to propose a change.
 * `onSubmit` runs the mutation; the server's field errors, if any, show beside their inputs.
 */
export function BoundaryTextForm({
  initial,
  submitLabel,
  pendingLabel,
  noteLabel = "A note for your partner (optional)",
  onSubmit,
  onCancel,
  busy = false,
  focusOnMount = false,
  draftKey,
  extra,
}: {
  initial?: Partial<TBoundaryFormInput>;
  submitLabel: string;
  pendingLabel: string;
  noteLabel?: string;
  onSubmit: (values: TBoundaryFormValues) => Promise<MutationResult<unknown>>;
  onCancel?: () => void;
  /** Kept pending while the page refreshes after a successful save. */
  busy?: boolean;
  /** When the form replaces the button that opened it, focus moves into it. */
  focusOnMount?: boolean;
  /** Where the typed text is kept on this device until it is saved (survives a reload). */
  draftKey?: string;
  /** More fields of the caller's own, shown before the buttons (given the chosen category). */
  extra?: (category: string) => React.ReactNode;
}) {
  const ownerId = useId();
  const form = useAppForm<TBoundaryFormInput, unknown, TBoundaryFormValues>({
    resolver: zodFormResolver(ZBoundaryTextWithNote),
    defaultValues: { title: "", description: "", note: "", ...initial },
    mode: "onTouched",
  });
  const { register, registerChoice, handleSubmit, formState, setFocus } = form;
  const clearDraft = useDraft(draftKey, form, ["title", "description", "note"]);
  const { errors } = formState;
  useEffect(() => {
    if (focusOnMount) setFocus("title");
  }, [focusOnMount, setFocus]);
  const pending = formState.isSubmitting || busy;

  const submit = handleSubmit(async (values) => {
    const result = await onSubmit(values);
    if (result.ok) clearDraft();
    else showFieldErrors(form, result.fieldErrors);
  });

  return (
    <Form onSubmit={submit} className="flex flex-col gap-4">
      <TextField
        label="Title"
        hint="A few words, e.g. “Phones stay private”."
        maxLength={TITLE_MAX}
        autoComplete="off"
        error={errors.title?.message}
        {...register("title")}
      />
      <TextAreaField
        label="What it means in practice"
        hint="Concrete and kind: what each of you will and won't do."
        maxLength={DESCRIPTION_MAX}
        rows={5}
        error={errors.description?.message}
        {...register("description")}
      />
      <SelectField label="Category" error={errors.category?.message} {...register("category")}>
        <option value="">Choose a category…</option>
        {BOUNDARY_CATEGORIES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={errors.owner ? `${ownerId}-error` : undefined}
      >
        <legend className="mb-1 text-sm font-medium text-stone-700">Whose boundary is it?</legend>
        {BOUNDARY_OWNERS.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-3 text-stone-800">
            <input
              type="radio"
              className="size-5 accent-sage-600"
              aria-invalid={errors.owner ? true : undefined}
              {...registerChoice("owner", o.value)}
            />
            {o.label}
          </label>
        ))}
        {errors.owner ? (
          <p id={`${ownerId}-error`} className="text-sm text-rose-700">
            {errors.owner.message}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        label={noteLabel}
        hint="Why it matters to you, or what you changed. Your partner sees it in the history."
        maxLength={NOTE_MAX}
        rows={2}
        error={errors.note?.message}
        {...register("note")}
      />
      {extra ? extra(form.watch("category") ?? "") : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
