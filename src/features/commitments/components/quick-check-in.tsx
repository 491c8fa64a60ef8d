"use client";

import { useEffect, useRef, useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { OUTCOME_LABELS } from "@/domain/commitment/commitment";
import type { Outcome } from "@/domain/commitment/schemas";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/trpc/react";
import { useAppMutation, useSharedNotice } from "@/trpc/use-app-mutation";
import { enqueue, newRequestKey, useQueue } from "../offline-queue";
import type { TTodayItem } from "../types";
import { OUTCOME_MARKS, OutcomeBadge } from "./check-in-summary";

/** How long Undo stays offered after a one-tap answer. */
const UNDO_MS = 8_000;

type Previous = { id: string; values: NonNullable<TTodayItem["checkIn"]> | null };

/**
 * The answer row of one due item: one tap on Kept / Partly / Missed saves it at once, with Undo for
 * a few seconds; then the item folds to one line with Change and "Add a note". Offline, the answer
 * is queued on the device and sent when it is online again.
 */
export function QuickAnswer({
  item,
  day,
  userId,
  onAddNote,
}: {
  item: TTodayItem;
  day: string;
  userId: string;
  onAddNote: () => void;
}) {
  const trpc = useTRPC();
  const notice = useSharedNotice();
  const checkIn = useAppMutation(trpc.commitment.checkIn.mutationOptions(), { notice });
  const undo = useAppMutation(trpc.commitment.undoCheckIn.mutationOptions(), { notice });
  const queued = useQueue(userId).find((q) => q.commitmentId === item.id && q.day === day && !q.problem);
  const existing = item.checkIn;
  // What this tap just saved, shown at once, before the page's refresh brings it from the server.
  const [justSaved, setJustSaved] = useState<Outcome | null>(null);
  const [previous, setPrevious] = useState<Previous | null>(null);
  const [changing, setChanging] = useState(false);
  const rowRef = useRef<HTMLDivElement>(null);
  const answersRef = useRef<HTMLFieldSetElement>(null);
  const current = (queued?.outcome ?? justSaved ?? existing?.outcome ?? null) as Outcome | null;

  // Once the page shows the server's answer, it is the one to show.
  const serverAnswer = `${existing?.id ?? ""}:${existing?.rev ?? -1}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever the server's answer changes
  useEffect(() => setJustSaved(null), [serverAnswer]);

  useEffect(() => {
    if (!previous) return;
    const timer = setTimeout(() => setPrevious(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [previous]);

  const answer = async (outcome: Outcome) => {
    if (outcome === current && !changing) return;
    const input = {
      commitmentId: item.id,
      day,
      outcome,
      // A changed answer keeps the note; an excuse belongs to a miss only.
      note: existing?.note ?? undefined,
      noteShared: existing?.noteShared ?? false,
      excused: outcome === "missed" ? (existing?.excused ?? false) : false,
      excuseNote: outcome === "missed" && existing?.excused ? (existing.excuseNote ?? undefined) : undefined,
      requestKey: newRequestKey(),
    };
    setChanging(false);
    setJustSaved(outcome);
    // The tapped button is gone once the row folds: focus its answered line, once it is drawn,
    // rather than let it fall to the page.
    setTimeout(() => rowRef.current?.focus(), 0);
    if (!navigator.onLine) {
      enqueue({ ...input, userId, title: item.title });
      return;
    }
    const result = await checkIn.run(input);
    if (result.ok) {
      setPrevious({ id: result.data.id, values: existing });
    } else if (result.offline) {
      // Not lost: kept on the device and sent when it is online (QueueSender).
      checkIn.setNotice(null);
      enqueue({ ...input, userId, title: item.title });
    } else {
      setJustSaved(null);
    }
  };

  const takeBack = async () => {
    if (!previous) return;
    const before = previous.values;
    setPrevious(null);
    const result = before
      ? await checkIn.run({
          commitmentId: item.id,
          day,
          outcome: before.outcome as Outcome,
          note: before.note ?? undefined,
          noteShared: before.noteShared,
          excused: before.excused,
          excuseNote: before.excuseNote ?? undefined,
        })
      : await undo.run({ id: previous.id });
    if (result.ok) {
      setJustSaved(before ? (before.outcome as Outcome) : null);
      setTimeout(() => answersRef.current?.querySelector("button")?.focus(), 0);
    }
  };

  const showAnswers = current === null || changing;
  return (
    <div className="flex flex-col gap-2">
      {showAnswers ? (
        <fieldset ref={answersRef} className="min-w-0">
          <legend className="sr-only">How did “{item.title}” go?</legend>
          <div
            className={cn(
              "grid gap-2",
              item.outcomes.length > 3 ? "grid-cols-2 sm:grid-cols-4" : "grid-cols-3",
            )}
          >
            {item.outcomes.map((o) => (
              <Button
                key={o}
                variant={o === current ? "primary" : "secondary"}
                aria-pressed={o === current}
                className="px-2"
                onClick={() => void answer(o)}
              >
                <span aria-hidden="true" className="me-1">
                  {OUTCOME_MARKS[o]}
                </span>
                {OUTCOME_LABELS[o]}
              </Button>
            ))}
          </div>
        </fieldset>
      ) : (
        <div
          ref={rowRef}
          tabIndex={-1}
          className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg outline-offset-4"
          data-testid="answered"
        >
          <OutcomeBadge outcome={current} excused={current === "missed" && (existing?.excused ?? false)} />
          <span role="status" className="text-sm text-stone-600">
            {queued ? "Saved on this device: it will be sent when you're online." : previous ? "Saved." : ""}
          </span>
          {previous ? (
            <Button
              variant="secondary"
              className="min-h-11 px-3"
              pending={undo.pending}
              onClick={() => void takeBack()}
            >
              Undo
            </Button>
          ) : null}
          <span className="ms-auto flex gap-1">
            <Button
              variant="secondary"
              className="px-3"
              aria-label={`Change the answer for “${item.title}”`}
              onClick={() => {
                setChanging(true);
                setTimeout(
                  () => answersRef.current?.querySelector<HTMLButtonElement>("[aria-pressed=true]")?.focus(),
                  0,
                );
              }}
            >
              Change
            </Button>
            {queued ? null : (
              <Button
                variant="secondary"
                className="px-3"
                aria-label={`${existing?.note ? "Edit the note" : "Add a note"} for “${item.title}”`}
                onClick={onAddNote}
              >
                {existing?.note ? "Edit note" : "Add a note"}
              </Button>
            )}
          </span>
        </div>
      )}
      <NoticeAlert notice={notice[0]} />
    </div>
  );
}
