"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { BoundaryCategory } from "@/domain/boundary/schemas";
import { useTRPC } from "@/trpc/react";
import { type MutationResult, useAppMutation, useSharedNotice } from "@/trpc/use-app-mutation";
import type { TBoundaryDetail, TBoundaryVersion } from "../types";
import { ownerValue } from "../wording";
import { BoundaryTextForm, type TBoundaryFormValues } from "./boundary-text-form";
import { ConfirmWithNote } from "./confirm-with-note";

type Mode = "edit" | "decline" | "withdraw" | "revise" | "retire" | null;
type Action<TVariables> = {
  run: (variables: TVariables, success: string) => Promise<MutationResult<unknown>>;
};

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
  const [mode, setMode] = useState<Mode>(null);
  // One notice for all the actions: it survives the refresh that shows the latest version.
  const notice = useSharedNotice();
  const agree = useAppMutation(trpc.boundary.agree.mutationOptions(), { notice });
  const edit = useAppMutation(trpc.boundary.edit.mutationOptions(), { notice });
  const decline = useAppMutation(trpc.boundary.decline.mutationOptions(), { notice });
  const withdraw = useAppMutation(trpc.boundary.withdraw.mutationOptions(), { notice });
  const proposeRevision = useAppMutation(trpc.boundary.proposeRevision.mutationOptions(), { notice });
  const proposeRetire = useAppMutation(trpc.boundary.proposeRetire.mutationOptions(), { notice });

  const { id, rev, status, partnerName, pending, active } = boundary;
  const busy = [agree, edit, decline, withdraw, proposeRevision, proposeRetire].some((m) => m.pending);

  /** Runs one action; the step closes once done, or when it was stale (the page then shows why and the latest version). */
  async function run<TVariables>(mutation: Action<TVariables>, variables: TVariables, success: string) {
    const result = await mutation.run(variables, success);
    if (result.ok || result.stale) setMode(null);
    return result;
  }
  const ref = { id, rev };
  const sendText =
    (
      mutation: Parameters<typeof run<{ id: string; rev: number; text: TBoundaryFormValues }>>[0],
      success: string,
    ) =>
    (text: TBoundaryFormValues) =>
      run(mutation, { ...ref, text }, success);

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
        answer={ref}
        pending={withdraw.pending}
        onCancel={() => setMode(null)}
        onConfirm={(answer) => run(withdraw, answer, "You withdrew your proposal.")}
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
          draftKey={`boundary:${boundary.id}:edit`}
          pendingLabel="Sending…"
          noteLabel={`A note for ${partnerName} (optional)`}
          busy={edit.pending}
          focusOnMount
          onCancel={() => setMode(null)}
          onSubmit={sendText(edit, `You suggested an edit. ${partnerName} will be asked to answer.`)}
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
          answer={ref}
          pending={decline.pending}
          onCancel={() => setMode(null)}
          onConfirm={(answer) =>
            run(
              decline,
              answer,
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
              pending={agree.pending}
              disabled={busy}
              onClick={() =>
                run(
                  agree,
                  { ...ref, versionNumber: number },
                  retire ? "You agreed. This boundary is now retired." : `You agreed to version ${number}.`,
                )
              }
            >
              {agree.pending ? "Agreeing…" : retire ? "Agree to retire it" : "Agree to this version"}
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
          draftKey={`boundary:${boundary.id}:own-edit`}
          pendingLabel="Saving…"
          noteLabel={`What you changed, for ${partnerName} (optional)`}
          busy={edit.pending}
          focusOnMount
          onCancel={() => setMode(null)}
          onSubmit={sendText(edit, "Your edit is saved as a new version.")}
        />
      );
    } else if (mode === "withdraw" && pending.startedByMe) {
      body = withdrawConfirm(pending);
    } else {
      body = (
        <div className="flex flex-col gap-3">
          <p className="text-sm text-stone-700">
            <bdi>{partnerName}</bdi> can agree, {retire ? "" : "suggest an edit, "}or decline. You can still
            change your mind.
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
          draftKey={`boundary:${boundary.id}:change`}
          pendingLabel="Proposing…"
          noteLabel={`Why the change, for ${partnerName} (optional)`}
          busy={proposeRevision.pending}
          focusOnMount
          onCancel={() => setMode(null)}
          onSubmit={sendText(
            proposeRevision,
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
          answer={ref}
          pending={proposeRetire.pending}
          onCancel={() => setMode(null)}
          onConfirm={(answer) => run(proposeRetire, answer, "You proposed retiring this boundary.")}
        />
      );
    } else {
      body = (
        <div className="flex flex-col gap-3">
          <p className="text-sm text-stone-700">
            Changes need <bdi>{partnerName}</bdi>'s agreement too. Until then, the agreed version stays
            active.
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

  if (!body && !notice[0]) return null;
  return (
    <Card title={title} headingId="boundary-actions">
      <div className="flex flex-col gap-4">
        <NoticeAlert notice={notice[0]} />
        {body}
      </div>
    </Card>
  );
}
