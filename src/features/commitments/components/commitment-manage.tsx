"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { formatDay } from "@/domain/commitment/format-day";
import { ZPause } from "@/domain/commitment/schemas";
import { describeTRPCError, useTRPC } from "@/trpc/react";
import { CommitmentForm, type CommitmentFormInitial } from "./commitment-form";

type Message = { tone: "error" | "success"; text: string } | null;

function useRun() {
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const [refreshing, startRefresh] = useTransition();
  const run = async (action: () => Promise<unknown>, success: string) => {
    setMessage(null);
    try {
      await action();
      setMessage({ tone: "success", text: success });
      startRefresh(() => router.refresh());
      return true;
    } catch (e) {
      setMessage({ tone: "error", text: describeTRPCError(e).message });
      return false;
    }
  };
  return { run, message, refreshing };
}

/** Edit (opens the form in place) and archive / bring back, with the archive undoable. */
export function CommitmentActions({
  initial,
  archived,
  partnerName,
  today,
  boundaries,
}: {
  initial: CommitmentFormInitial;
  archived: boolean;
  partnerName: string;
  today: string;
  boundaries: { id: string; title: string }[];
}) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const archive = useMutation(trpc.commitment.archive.mutationOptions());
  const { run, message, refreshing } = useRun();

  if (editing) {
    return (
      <CommitmentForm
        initial={initial}
        partnerName={partnerName}
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
          pending={archive.isPending || refreshing}
          onClick={() =>
            run(
              () => archive.mutateAsync({ id: initial.id, archived: !archived }),
              archived
                ? "Brought back. It shows on Today again."
                : "Archived. Its history stays; you can bring it back.",
            )
          }
        >
          {archived ? "Bring it back" : "Archive"}
        </Button>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
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
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const pause = useMutation(trpc.commitment.pause.mutationOptions());
  const unpause = useMutation(trpc.commitment.unpause.mutationOptions());
  const { run, message, refreshing } = useRun();

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = ZPause.safeParse({ commitmentId, from, to });
    if (!parsed.success) {
      const next: { from?: string; to?: string } = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === "from" ? "from" : "to";
        next[key] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    await run(() => pause.mutateAsync(parsed.data), "Paused. Those days won't count.");
  };

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
                pending={unpause.isPending}
                onClick={() => run(() => unpause.mutateAsync({ id: p.id }), "Pause removed.")}
              >
                Remove pause
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={onSubmit} method="post" noValidate className="flex flex-wrap items-end gap-3">
        <TextField
          label="Pause from"
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          error={errors.from}
        />
        <TextField
          label="Until (inclusive)"
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          error={errors.to}
        />
        <Button type="submit" variant="secondary" pending={pause.isPending || refreshing}>
          Pause
        </Button>
      </form>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
