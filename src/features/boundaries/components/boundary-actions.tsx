"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextAreaField } from "@/components/ui/field";
import { type BoundaryCategory, NOTE_MAX } from "@/domain/boundary/schemas";
import { describeTRPCError, type FieldErrors, useTRPC } from "@/trpc/react";
import type { TBoundaryDetail, TBoundaryVersion } from "../types";
import { ownerValue } from "../wording";
import { BoundaryTextForm, type TBoundaryFormValues } from "./boundary-text-form";

type Mode = "edit" | "decline" | "withdraw" | "revise" | "retire" | null;
type Message = { tone: "error" | "success"; text: string };

const prefill = (v: TBoundaryVersion | null) =>
  v
    ? {
        title: v.title,
        description: v.description,
        category: v.category as BoundaryCategory,
        owner: ownerValue(v),
      }
    : undefined;

/**
 * What the viewer can do with a boundary right now. It stays mounted across refreshes, so a
 * "this boundary changed" message survives the refresh that shows the latest version.
 */
export function BoundaryActions({
  boundary,
}: {
  boundary: Pick<TBoundaryDetail, "id" | "rev" | "status" | "partnerName" | "pending" | "active">;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [mode, setMode] = useState<Mode>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [refreshing, startRefresh] = useTransition();
  const agree = useMutation(trpc.boundary.agree.mutationOptions());
  const edit = useMutation(trpc.boundary.edit.mutationOptions());
  const decline = useMutation(trpc.boundary.decline.mutationOptions());
  const withdraw = useMutation(trpc.boundary.withdraw.mutationOptions());
  const proposeRevision = useMutation(trpc.boundary.proposeRevision.mutationOptions());
  const proposeRetire = useMutation(trpc.boundary.proposeRetire.mutationOptions());

  const { id, rev, status, partnerName, pending, active } = boundary;
  const busy =
    refreshing || [agree, edit, decline, withdraw, proposeRevision, proposeRetire].some((m) => m.isPending);

  /** Runs one action; on a stale or impossible action, shows why and the latest version. */
  async function run(action: () => Promise<unknown>, success: string): Promise<FieldErrors | null> {
    setMessage(null);
    try {
      await action();
      setMode(null);
      setMessage({ tone: "success", text: success });
      startRefresh(() => router.refresh());
      return null;
    } catch (error) {
      const { message: text, fieldErrors, code } = describeTRPCError(error);
      setMessage({ tone: "error", text });
      if (code === "CONFLICT" || code === "NOT_FOUND") {
        setMode(null);
        startRefresh(() => router.refresh());
      }
      return fieldErrors;
    }
  }
  const ref = { id, rev };
  const sendText = (
    mutate: (input: { id: string; rev: number; text: TBoundaryFormValues }) => Promise<unknown>,
    success: string,
  ) => {
    return (text: TBoundaryFormValues) => run(() => mutate({ ...ref, text }), success);
  };

  const withdrawConfirm = (p: NonNullable<typeof pending>) => {
    const retire = p.kind === "retire";
    return (
      <ConfirmWithNote
        heading={retire ? "Withdraw your proposal to retire it?" : "Withdraw your proposal?"}
        explanation={
          p.kind === "create"
            ? "The proposal ends and nothing becomes active. It stays in your shared history."
            : p.kind === "revise"
              ? "The agreed version stays active, unchanged."
              : "The boundary stays active."
        }
        confirmLabel="Yes, withdraw"
        danger
        pending={withdraw.isPending || refreshing}
        onCancel={() => setMode(null)}
        onConfirm={(note) => run(() => withdraw.mutateAsync({ ...ref, note }), "You withdrew your proposal.")}
      />
    );
  };

  let body: React.ReactNode = null;
  let title = "What you can do";

  if (pending && !pending.byMe) {
    title = "Your answer";
    const retire = pending.kind === "retire";
    const number = pending.version?.number ?? 0;
    if (mode === "edit") {
      body = (
        <BoundaryTextForm
          initial={prefill(pending.version)}
          submitLabel="Send my edit"
          pendingLabel="Sending…"
          noteLabel={`A note for ${partnerName} (optional)`}
          busy={refreshing}
          focusOnMount
          onCancel={() => setMode(null)}
          onSubmit={sendText(
            edit.mutateAsync,
            `You suggested an edit. ${partnerName} will be asked to answer.`,
          )}
        />
      );
    } else if (mode === "withdraw" && pending.startedByMe) {
      body = withdrawConfirm(pending);
    } else if (mode === "decline") {
      body = (
        <ConfirmWithNote
          heading={retire ? "Keep this boundary?" : "Decline this proposal?"}
          explanation={
            pending.kind === "create"
              ? `The proposal ends and nothing becomes active. Either of you can propose something new later.`
              : pending.kind === "revise"
                ? "The agreed version stays active, unchanged."
                : "The boundary stays active."
          }
          confirmLabel={retire ? "Yes, keep it" : "Yes, decline"}
          danger={!retire}
          pending={decline.isPending || refreshing}
          onCancel={() => setMode(null)}
          onConfirm={(note) =>
            run(
              () => decline.mutateAsync({ ...ref, note }),
              pending.kind === "create"
                ? "You declined the proposal."
                : retire
                  ? "You chose to keep this boundary. It stays active."
                  : "You declined the change. The agreed version stays active.",
            )
          }
        />
      );
    } else {
      body = (
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap gap-2">
            <Button
              pending={agree.isPending}
              disabled={busy}
              onClick={() =>
                run(
                  () => agree.mutateAsync({ ...ref, versionNumber: number }),
                  retire ? "You agreed. This boundary is now retired." : `You agreed to version ${number}.`,
                )
              }
            >
              {agree.isPending ? "Agreeing…" : retire ? "Agree to retire it" : "Agree to this version"}
            </Button>
            {retire ? null : (
              <Button variant="secondary" disabled={busy} onClick={() => setMode("edit")}>
                Suggest an edit
              </Button>
            )}
            <Button variant="secondary" disabled={busy} onClick={() => setMode("decline")}>
              {retire ? "Keep it active" : "Decline"}
            </Button>
            {pending.startedByMe ? (
              <Button variant="secondary" disabled={busy} onClick={() => setMode("withdraw")}>
                Withdraw my proposal
              </Button>
            ) : null}
          </div>
        </div>
      );
    }
  } else if (pending?.byMe) {
    title = `Waiting for ${partnerName}`;
    const retire = pending.kind === "retire";
    if (mode === "edit") {
      body = (
        <BoundaryTextForm
          initial={prefill(pending.version)}
          submitLabel="Save my edit"
          pendingLabel="Saving…"
          noteLabel={`What you changed, for ${partnerName} (optional)`}
          busy={refreshing}
          focusOnMount
          onCancel={() => setMode(null)}
          onSubmit={sendText(edit.mutateAsync, "Your edit is saved as a new version.")}
        />
      );
    } else if (mode === "withdraw" && pending.startedByMe) {
      body = withdrawConfirm(pending);
    } else {
      body = (
        <div className="flex flex-col gap-3">
          <p className="text-sm text-stone-700">
            {partnerName} can agree, {retire ? "" : "suggest an edit, "}or decline. You can still change your
            mind.
          </p>
          <div className="flex flex-wrap gap-2">
            {retire ? null : (
              <Button variant="secondary" disabled={busy} onClick={() => setMode("edit")}>
                Edit my proposal
              </Button>
            )}
            {pending.startedByMe ? (
              <Button variant="secondary" disabled={busy} onClick={() => setMode("withdraw")}>
                Withdraw
              </Button>
            ) : null}
          </div>
        </div>
      );
    }
  } else if (status === "active" && active) {
    if (mode === "revise") {
      body = (
        <BoundaryTextForm
          initial={prefill(active)}
          submitLabel="Propose this change"
          pendingLabel="Proposing…"
          noteLabel={`Why the change, for ${partnerName} (optional)`}
          busy={refreshing}
          focusOnMount
          onCancel={() => setMode(null)}
          onSubmit={sendText(
            proposeRevision.mutateAsync,
            `You proposed a change. The agreed version stays active until ${partnerName} agrees.`,
          )}
        />
      );
    } else if (mode === "retire") {
      body = (
        <ConfirmWithNote
          heading="Propose retiring this boundary?"
          explanation={`${partnerName} will be asked to agree. Until then it stays active.`}
          confirmLabel="Propose retiring it"
          pending={proposeRetire.isPending || refreshing}
          onCancel={() => setMode(null)}
          onConfirm={(note) =>
            run(() => proposeRetire.mutateAsync({ ...ref, note }), "You proposed retiring this boundary.")
          }
        />
      );
    } else {
      body = (
        <div className="flex flex-col gap-3">
          <p className="text-sm text-stone-700">
            Changes need {partnerName}'s agreement too. Until then, the agreed version stays active.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" disabled={busy} onClick={() => setMode("revise")}>
              Propose a change
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setMode("retire")}>
              Propose retiring it
            </Button>
          </div>
        </div>
      );
    }
  }

  if (!body && !message) return null;
  return (
    <Card title={title} headingId="boundary-actions">
      <div className="flex flex-col gap-4">
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        {body}
      </div>
    </Card>
  );
}

function ConfirmWithNote({
  heading,
  explanation,
  confirmLabel,
  danger = false,
  pending,
  onConfirm,
  onCancel,
}: {
  heading: string;
  explanation: string;
  confirmLabel: string;
  danger?: boolean;
  pending: boolean;
  onConfirm: (note: string | undefined) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [note, setNote] = useState("");
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
      <TextAreaField
        label="A note (optional)"
        hint="Your partner sees it in the history."
        maxLength={NOTE_MAX}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="flex flex-wrap gap-2">
        <Button
          variant={danger ? "danger" : "primary"}
          pending={pending}
          onClick={() => onConfirm(note.trim() || undefined)}
        >
          {confirmLabel}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={onCancel}>
          Go back
        </Button>
      </div>
    </section>
  );
}
