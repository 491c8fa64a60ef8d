"use client";

import { useState } from "react";
import type { z } from "zod";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { formatDay } from "@/domain/commitment/format-day";
import { ZPause } from "@/domain/commitment/schemas";
import { zodFormResolver } from "@/lib/form-resolver";
import { useTRPC } from "@/trpc/react";
import { useAppMutation, useSharedNotice } from "@/trpc/use-app-mutation";
import { type CommitmentFormInitial, EditCommitmentForm } from "./commitment-form";

/** Edit (opens the form in place) and archive / bring back, with the archive undoable. */
export function CommitmentActions({
  initial,
  archived,
  today,
  boundaries,
}: {
  initial: CommitmentFormInitial;
  archived: boolean;
  today: string;
  boundaries: { id: string; title: string }[];
}) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const archive = useAppMutation(trpc.commitment.archive.mutationOptions());

  if (editing) {
    return (
      <EditCommitmentForm
        initial={initial}
        today={today}
        boundaries={boundaries}
        onDone={() => setEditing(false)}
      />
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        {archived ? null : (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit
          </Button>
        )}
        <Button
          variant="secondary"
          pending={archive.pending}
          onClick={() =>
            archive.run(
              { id: initial.id, archived: !archived },
              archived
                ? "Brought back. It shows on Today again."
                : "Archived. Its history stays; you can bring it back.",
            )
          }
        >
          {archived ? "Bring it back" : "Archive"}
        </Button>
      </div>
      <NoticeAlert notice={archive.notice} />
    </div>
  );
}

/** My pauses of this commitment (travel, illness): paused days aren't due and don't count. */
export function PauseControls({
  commitmentId,
  today,
  pauses,
}: {
  commitmentId: string;
  today: string;
  pauses: { id: string; from: string; to: string }[];
}) {
  const trpc = useTRPC();
  const form = useAppForm<z.input<typeof ZPause>, unknown, z.output<typeof ZPause>>({
    resolver: zodFormResolver(ZPause),
    defaultValues: { commitmentId, from: today, to: today },
  });
  const { field, handleSubmit, formState } = form;
  const notice = useSharedNotice();
  const pause = useAppMutation(trpc.commitment.pause.mutationOptions(), { form, notice });
  const unpause = useAppMutation(trpc.commitment.unpause.mutationOptions(), { notice });

  const onSubmit = handleSubmit(async (values) => {
    await pause.run(values, "Paused. Those days won't count.");
  });

  return (
    <div className="flex flex-col gap-4">
      {pauses.length > 0 ? (
        <ul className="flex flex-col gap-2" aria-label="Your pauses">
          {pauses.map((p) => (
            <li
              key={p.id}
              className="flex flex-wrap items-center justify-between gap-2 text-sm text-stone-800"
            >
              <span>
                Paused {formatDay(p.from, { year: "numeric" })} – {formatDay(p.to, { year: "numeric" })}
              </span>
              <Button
                variant="secondary"
                pending={unpause.pending}
                onClick={() => unpause.run({ id: p.id }, "Pause removed.")}
              >
                Remove pause
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <Form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
        <TextField label="Pause from" type="date" {...field("from")} />
        <TextField label="Until (inclusive)" type="date" {...field("to")} />
        <Button type="submit" variant="secondary" pending={pause.pending || formState.isSubmitting}>
          Pause
        </Button>
      </Form>
      <NoticeAlert notice={notice[0]} />
    </div>
  );
}
