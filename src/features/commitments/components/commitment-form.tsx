"use client";

import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { formatDay } from "@/domain/commitment/format-day";
import { type TCadence, ZCreate, ZEdit } from "@/domain/commitment/schemas";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";
import {
  CommitmentFields,
  commitmentResolver,
  dateProblems,
  formValuesFrom,
  sharedInput,
} from "./commitment-fields";

export type CommitmentFormInitial = {
  id: string;
  title: string;
  description: string;
  cadence: TCadence;
  boundaryId: string | null;
};

type Boundaries = { id: string; title: string }[];

/** Makes a new commitment, then opens it. */
export function CommitmentForm({
  partnerName,
  today,
  boundaries,
}: {
  partnerName: string;
  today: string;
  boundaries: Boundaries;
}) {
  const trpc = useTRPC();
  const form = useAppForm({
    resolver: commitmentResolver(
      (v) =>
        ZCreate.safeParse({
          ...sharedInput(v),
          who: v.who || undefined,
          startsOn: v.startsOn,
          boundaryId: v.boundaryId || undefined,
        }),
      (v) => dateProblems(v, today),
    ),
    defaultValues: formValuesFrom(today),
  });
  const create = useAppMutation(trpc.commitment.create.mutationOptions(), { form, refresh: false });
  const pending = create.pending || form.formState.isSubmitting;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await create.run(values);
    if (result.ok) create.navigate(`/commitments/${result.data.id}`);
  });

  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-4">
      <CommitmentFields form={form} today={today} boundaries={boundaries} create={{ partnerName }} />
      <NoticeAlert notice={create.notice} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : "Make this commitment"}
        </Button>
      </div>
    </Form>
  );
}

/** Edits a commitment: its kind of cadence stays; a new cadence may start next week. */
export function EditCommitmentForm({
  initial,
  today,
  boundaries,
  onDone,
}: {
  initial: CommitmentFormInitial;
  today: string;
  boundaries: Boundaries;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const form = useAppForm({
    resolver: commitmentResolver((v) =>
      ZEdit.safeParse({ ...sharedInput(v), id: initial.id, boundaryId: v.boundaryId || null }),
    ),
    defaultValues: formValuesFrom(today, initial),
  });
  const edit = useAppMutation(trpc.commitment.edit.mutationOptions(), { form });
  const pending = edit.pending || form.formState.isSubmitting;

  const onSubmit = form.handleSubmit(async (values) => {
    await edit.run(values, (result) =>
      result.cadenceFrom && result.cadenceFrom > today
        ? `Saved. The new schedule starts on ${formatDay(result.cadenceFrom)}, so past weeks stay as they were.`
        : "Saved.",
    );
  });

  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-4">
      <CommitmentFields
        form={form}
        today={today}
        boundaries={boundaries}
        editingKind={initial.cadence.kind}
      />
      <NoticeAlert notice={edit.notice} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : "Save changes"}
        </Button>
        <Button variant="secondary" onClick={onDone} disabled={pending}>
          Close
        </Button>
      </div>
    </Form>
  );
}
