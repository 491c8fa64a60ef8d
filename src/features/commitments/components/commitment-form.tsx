"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { formatDay } from "@/domain/commitment/format-day";
import { addDays, BACKFILL_DAYS } from "@/domain/commitment/schedule";
import {
  DESCRIPTION_MAX,
  type TCadence,
  TITLE_MAX,
  WEEKDAY_LABELS,
  ZCreate,
  ZEdit,
} from "@/domain/commitment/schemas";
import { describeTRPCError, useTRPC } from "@/trpc/react";

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

type Errors = Partial<
  Record<"title" | "description" | "who" | "cadence" | "startsOn" | "boundaryId", string>
>;

export type CommitmentFormInitial = {
  id: string;
  title: string;
  description: string;
  cadence: TCadence;
  boundaryId: string | null;
};

function cadenceFrom(kind: CadenceKind, days: number[], times: string, due: string): unknown {
  switch (kind) {
    case "weekdays":
      return { kind, days };
    case "timesPerWeek":
      return { kind, times: Number(times) };
    case "once":
      return { kind, due };
    default:
      return { kind };
  }
}

/** Creates a commitment, or edits one (`initial`): its kind stays; a new cadence may start next week. */
export function CommitmentForm({
  partnerName,
  today,
  boundaries,
  initial,
  onDone,
}: {
  partnerName: string;
  today: string;
  boundaries: { id: string; title: string }[];
  initial?: CommitmentFormInitial;
  onDone?: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const ids = useId();
  const editing = initial !== undefined;
  const start = initial?.cadence;
  const [title, setTitle] = useState(initial?.title ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [who, setWho] = useState<"me" | "both" | "">("");
  const [kind, setKind] = useState<CadenceKind>(start?.kind ?? "daily");
  const [days, setDays] = useState<number[]>(start?.kind === "weekdays" ? start.days : []);
  const [times, setTimes] = useState(start?.kind === "timesPerWeek" ? String(start.times) : "3");
  const [due, setDue] = useState(start?.kind === "once" ? start.due : "");
  const [startsOn, setStartsOn] = useState(today);
  const [boundaryId, setBoundaryId] = useState(initial?.boundaryId ?? "");
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [navigating, startNavigation] = useTransition();
  const create = useMutation(trpc.commitment.create.mutationOptions());
  const edit = useMutation(trpc.commitment.edit.mutationOptions());
  const pending = create.isPending || edit.isPending || navigating;

  const kinds = editing
    ? CADENCE_CHOICES.filter((c) =>
        RECURRING.includes(initial.cadence.kind)
          ? RECURRING.includes(c.value)
          : c.value === initial.cadence.kind,
      )
    : CADENCE_CHOICES;

  const showIssues = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) => {
    const next: Errors = {};
    for (const issue of issues) {
      const key = String(issue.path[0] ?? "title") as keyof Errors;
      next[key] ??= issue.message;
    }
    setErrors(next);
  };

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const base = {
      title,
      description: description || undefined,
      cadence: cadenceFrom(kind, days, times, due),
    };
    try {
      if (editing) {
        const parsed = ZEdit.safeParse({ ...base, id: initial.id, boundaryId: boundaryId || null });
        if (!parsed.success) return showIssues(parsed.error.issues);
        setErrors({});
        const result = await edit.mutateAsync(parsed.data);
        setMessage({
          tone: "success",
          text:
            result.cadenceFrom && result.cadenceFrom > today
              ? `Saved. The new schedule starts on ${formatDay(result.cadenceFrom)}, so past weeks stay as they were.`
              : "Saved.",
        });
        startNavigation(() => router.refresh());
      } else {
        const parsed = ZCreate.safeParse({
          ...base,
          who: who || undefined,
          startsOn,
          boundaryId: boundaryId || undefined,
        });
        if (!parsed.success) return showIssues(parsed.error.issues);
        // The same date rules the server applies, checked here so the message sits by its field.
        const dateProblems: Errors = {};
        if (startsOn < addDays(today, -BACKFILL_DAYS))
          dateProblems.startsOn = "A commitment can start at most 7 days ago.";
        if (kind === "once" && due < today)
          dateProblems.cadence = "That due date has passed. Pick today or a later day.";
        if (kind === "once" && due < startsOn)
          dateProblems.cadence = "The due date can't be before the start.";
        if (Object.keys(dateProblems).length > 0) return setErrors(dateProblems);
        setErrors({});
        const created = await create.mutateAsync(parsed.data);
        startNavigation(() => router.push(`/commitments/${created.id}`));
      }
    } catch (error) {
      const { message: text, fieldErrors } = describeTRPCError(error);
      setMessage({ tone: "error", text });
      setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, v?.[0]])) as Errors);
    }
  };

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="flex flex-col gap-4">
      <TextField
        label="What I'll do"
        hint="A few words, e.g. “Text when I'm running late”."
        maxLength={TITLE_MAX}
        autoComplete="off"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
      />
      <TextAreaField
        label="What keeping it looks like (optional)"
        maxLength={DESCRIPTION_MAX}
        rows={3}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.description}
      />
      {editing ? null : (
        <ChoiceGroup
          legend="Who makes this commitment?"
          options={[
            { value: "me", label: "Me" },
            { value: "both", label: `Both of us (${partnerName} and I each check in)` },
          ]}
          value={who}
          onChange={setWho}
          error={errors.who}
        />
      )}
      <SelectField
        label="How often"
        value={kind}
        onChange={(e) => setKind(e.target.value as CadenceKind)}
        error={kind === "daily" || kind === "conditional" ? errors.cadence : undefined}
      >
        {kinds.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      {kind === "weekdays" ? (
        <fieldset
          className="flex flex-col gap-1"
          aria-describedby={errors.cadence ? `${ids}-days` : undefined}
        >
          <legend className="mb-1 text-sm font-medium text-stone-700">On these days</legend>
          <div className="flex flex-wrap gap-2">
            {WEEK_ORDER.map((d) => (
              <label
                key={d}
                className="inline-flex min-h-11 items-center gap-2 rounded-full border border-stone-300 px-3 text-sm has-[:checked]:border-sage-600 has-[:checked]:bg-sage-50"
              >
                <input
                  type="checkbox"
                  checked={days.includes(d)}
                  onChange={(e) => setDays(e.target.checked ? [...days, d] : days.filter((x) => x !== d))}
                  className="size-4 accent-sage-600"
                />
                {WEEKDAY_LABELS[d]}
              </label>
            ))}
          </div>
          {errors.cadence ? (
            <p id={`${ids}-days`} className="text-sm text-rose-700">
              {errors.cadence}
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
          value={times}
          onChange={(e) => setTimes(e.target.value)}
          error={errors.cadence}
        />
      ) : null}
      {kind === "once" ? (
        <TextField
          label="Due date"
          type="date"
          min={today}
          value={due}
          onChange={(e) => setDue(e.target.value)}
          error={errors.cadence}
        />
      ) : null}
      {editing ? null : (
        <TextField
          label="Starts"
          type="date"
          min={addDays(today, -BACKFILL_DAYS)}
          hint="Today by default; up to 7 days back if you want to log recent days."
          value={startsOn}
          onChange={(e) => setStartsOn(e.target.value)}
          error={errors.startsOn}
        />
      )}
      {boundaries.length > 0 ? (
        <SelectField
          label="Serves a boundary (optional)"
          value={boundaryId}
          onChange={(e) => setBoundaryId(e.target.value)}
          error={errors.boundaryId}
        >
          <option value="">None</option>
          {boundaries.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title}
            </option>
          ))}
        </SelectField>
      ) : null}
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : editing ? "Save changes" : "Make this commitment"}
        </Button>
        {onDone && editing ? (
          <Button variant="secondary" onClick={onDone} disabled={pending}>
            Close
          </Button>
        ) : null}
      </div>
    </form>
  );
}
