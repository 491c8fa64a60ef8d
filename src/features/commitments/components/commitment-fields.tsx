"use client";

import { useId } from "react";
import type { FieldErrors, Resolver } from "react-hook-form";
import type { z } from "zod";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { AppFormReturn } from "@/components/ui/use-app-form";
import { addDays, BACKFILL_DAYS } from "@/domain/commitment/schedule";
import { DESCRIPTION_MAX, type TCadence, TITLE_MAX, WEEKDAY_LABELS } from "@/domain/commitment/schemas";

type CadenceKind = TCadence["kind"];
const CADENCE_CHOICES: { value: CadenceKind; label: string }[] = [
  { value: "daily", label: "Every day" },
  { value: "weekdays", label: "On chosen days of the week" },
  { value: "timesPerWeek", label: "A number of times per week" },
  { value: "conditional", label: "When it comes up (e.g. “text when I'm running late”)" },
  { value: "once", label: "Once, by a date" },
];
const RECURRING: CadenceKind[] = ["daily", "weekdays", "timesPerWeek"];
// Weekdays listed Monday first, as most people read a week.
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** What the form edits: the cadence as its separate inputs, which the schemas' `cadence` is built from. */
type TCommitmentFormValues = {
  title: string;
  description: string;
  who: "me" | "both" | "";
  kind: CadenceKind;
  days: string[];
  times: string;
  due: string;
  startsOn: string;
  boundaryId: string;
};

export function formValuesFrom(
  today: string,
  initial?: { title: string; description: string; cadence: TCadence; boundaryId: string | null },
): TCommitmentFormValues {
  const start = initial?.cadence;
  return {
    title: initial?.title ?? "",
    description: initial?.description ?? "",
    who: "",
    kind: start?.kind ?? "daily",
    days: start?.kind === "weekdays" ? start.days.map(String) : [],
    times: start?.kind === "timesPerWeek" ? String(start.times) : "3",
    due: start?.kind === "once" ? start.due : "",
    startsOn: today,
    boundaryId: initial?.boundaryId ?? "",
  };
}

/** The fields both procedures share, in the shape of their schemas. */
export function sharedInput(v: TCommitmentFormValues) {
  const { kind } = v;
  const cadence =
    kind === "weekdays"
      ? { kind, days: v.days.map(Number) }
      : kind === "timesPerWeek"
        ? { kind, times: Number(v.times) }
        : kind === "once"
          ? { kind, due: v.due }
          : { kind };
  return { title: v.title, description: v.description || undefined, cadence };
}

/** The input on screen that shows a problem with the cadence. */
const CADENCE_FIELD: Record<CadenceKind, keyof TCommitmentFormValues> = {
  daily: "kind",
  conditional: "kind",
  weekdays: "days",
  timesPerWeek: "times",
  once: "due",
};

/**
 * Validates with the procedure's schema (`parse`), each message placed by the input it is about;
 * `moreProblems` are checks of valid input the server makes too, shown here beside their field.
 */
export function commitmentResolver<Output>(
  parse: (values: TCommitmentFormValues) => z.ZodSafeParseResult<Output>,
  moreProblems: (
    values: TCommitmentFormValues,
  ) => Partial<Record<keyof TCommitmentFormValues, string>> = () => ({}),
): Resolver<TCommitmentFormValues, unknown, Output> {
  return async (values) => {
    const parsed = parse(values);
    const problems: Partial<Record<keyof TCommitmentFormValues, string>> = {};
    if (parsed.success) Object.assign(problems, moreProblems(values));
    else
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]);
        const field = key === "cadence" ? CADENCE_FIELD[values.kind] : key in values ? key : "title";
        problems[field as keyof TCommitmentFormValues] ??= issue.message;
      }
    const errors: FieldErrors<TCommitmentFormValues> = {};
    for (const [field, message] of Object.entries(problems))
      errors[field as keyof TCommitmentFormValues] = { type: "validate", message };
    if (parsed.success && Object.keys(errors).length === 0) return { values: parsed.data, errors: {} };
    return { values: {}, errors };
  };
}

/** The same date rules the server applies to a new commitment, checked here so the message sits by its field. */
export function dateProblems(v: TCommitmentFormValues, today: string) {
  const problems: Partial<Record<keyof TCommitmentFormValues, string>> = {};
  if (v.startsOn < addDays(today, -BACKFILL_DAYS))
    problems.startsOn = "A commitment can start at most 7 days ago.";
  if (v.kind === "once" && v.due < today)
    problems.due = "That due date has passed. Pick today or a later day.";
  if (v.kind === "once" && v.due < v.startsOn) problems.due = "The due date can't be before the start.";
  return problems;
}

/** The inputs of a commitment; `create` adds who makes it and when it starts. An edit keeps its kind of cadence. */
export function CommitmentFields({
  form,
  today,
  boundaries,
  editingKind,
  create,
}: {
  form: AppFormReturn<TCommitmentFormValues, unknown, unknown>;
  today: string;
  boundaries: { id: string; title: string }[];
  editingKind?: CadenceKind;
  create?: { partnerName: string };
}) {
  const ids = useId();
  const { register, registerChoice, watch, setValue, formState } = form;
  const { errors } = formState;
  const [kind, who] = watch(["kind", "who"]);
  const kinds = editingKind
    ? CADENCE_CHOICES.filter((c) =>
        RECURRING.includes(editingKind) ? RECURRING.includes(c.value) : c.value === editingKind,
      )
    : CADENCE_CHOICES;

  return (
    <>
      <TextField
        label="What I'll do"
        hint="A few words, e.g. “Text when I'm running late”."
        maxLength={TITLE_MAX}
        autoComplete="off"
        error={errors.title?.message}
        {...register("title")}
      />
      <TextAreaField
        label="What keeping it looks like (optional)"
        maxLength={DESCRIPTION_MAX}
        rows={3}
        error={errors.description?.message}
        {...register("description")}
      />
      {create ? (
        <ChoiceGroup
          legend="Who makes this commitment?"
          options={[
            { value: "me", label: "Me" },
            { value: "both", label: `Both of us (${create.partnerName} and I each check in)` },
          ]}
          value={who}
          onChange={(value) => setValue("who", value, { shouldValidate: formState.isSubmitted })}
          error={errors.who?.message}
        />
      ) : null}
      <SelectField label="How often" error={errors.kind?.message} {...register("kind")}>
        {kinds.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      {kind === "weekdays" ? (
        <fieldset className="flex flex-col gap-1" aria-describedby={errors.days ? `${ids}-days` : undefined}>
          <legend className="mb-1 text-sm font-medium text-stone-700">On these days</legend>
          <div className="flex flex-wrap gap-2">
            {WEEK_ORDER.map((d) => (
              <label
                key={d}
                className="inline-flex min-h-11 items-center gap-2 rounded-full border border-stone-300 px-3 text-sm has-[:checked]:border-sage-600 has-[:checked]:bg-sage-50"
              >
                <input
                  type="checkbox"
                  className="size-4 accent-sage-600"
                  {...registerChoice("days", String(d))}
                />
                {WEEKDAY_LABELS[d]}
              </label>
            ))}
          </div>
          {errors.days ? (
            <p id={`${ids}-days`} className="text-sm text-rose-700">
              {errors.days.message}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {kind === "timesPerWeek" ? (
        <TextField
          label="Times per week"
          type="number"
          inputMode="numeric"
          min={1}
          max={7}
          error={errors.times?.message}
          {...register("times")}
        />
      ) : null}
      {kind === "once" ? (
        <TextField
          label="Due date"
          type="date"
          min={today}
          error={errors.due?.message}
          {...register("due")}
        />
      ) : null}
      {create ? (
        <TextField
          label="Starts"
          type="date"
          min={addDays(today, -BACKFILL_DAYS)}
          hint="Today by default; up to 7 days back if you want to log recent days."
          error={errors.startsOn?.message}
          {...register("startsOn")}
        />
      ) : null}
      {boundaries.length > 0 ? (
        <SelectField
          label="Serves a boundary (optional)"
          error={errors.boundaryId?.message}
          {...register("boundaryId")}
        >
          <option value="">None</option>
          {boundaries.map((b) => (
            <option key={b.id} value={b.id}>
              <bdi>{b.title}</bdi>
            </option>
          ))}
        </SelectField>
      ) : null}
    </>
  );
}
