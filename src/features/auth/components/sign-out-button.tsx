"use client";

import { useState } from "react";
import { formatDay } from "@/domain/commitment/format-day";
import { type QueuedCheckIn, sendQueuedBeforeSignOut } from "@/features/commitments/offline-queue";
import { signOutHere } from "@/lib/sign-out";

type State = { step: "idle" | "pending" | "failed" } | { step: "unsent"; unsent: readonly QueuedCheckIn[] };

/**
 * Signing out ends everything this device kept for the session, check-ins queued offline too, so
 * they are sent first; any that can't be (offline, or refused) are named, and signing out then
 * drops them only when the person says so.
 */
export function SignOutButton() {
  const [state, setState] = useState<State>({ step: "idle" });
  const signOut = () => {
    setState({ step: "pending" });
    signOutHere("/").catch(() => setState({ step: "failed" }));
  };
  const start = async () => {
    setState({ step: "pending" });
    const unsent = await sendQueuedBeforeSignOut();
    if (unsent.length > 0) setState({ step: "unsent", unsent });
    else signOut();
  };

  if (state.step === "unsent") {
    const n = state.unsent.length;
    return (
      <div role="alertdialog" aria-labelledby="unsent-title" className="flex flex-col gap-2 py-2 text-sm">
        <p id="unsent-title" className="font-medium text-stone-900">
          {n === 1 ? "1 check-in hasn't" : `${n} check-ins haven't`} reached Kept yet
        </p>
        <ul className="list-disc ps-5 text-stone-700">
          {state.unsent.map((q) => (
            <li key={q.requestKey} className="[overflow-wrap:anywhere]">
              <bdi>{q.title}</bdi>, {formatDay(q.day)}
              {q.problem ? `: ${q.problem}` : null}
            </li>
          ))}
        </ul>
        <p className="text-stone-700">
          Signing out removes {n === 1 ? "it" : "them"} from this device. Stay signed in to send{" "}
          {n === 1 ? "it" : "them"} when you're online.
        </p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            // biome-ignore lint/a11y/noAutofocus: the question needs an answer before anything else
            autoFocus
            className="min-h-11 rounded-full bg-sage-600 px-3 font-medium text-white hover:bg-sage-700"
            onClick={() => setState({ step: "idle" })}
          >
            Stay signed in
          </button>
          <button
            type="button"
            className="min-h-11 rounded-full border border-stone-300 px-3 hover:bg-stone-50"
            onClick={signOut}
          >
            Sign out and drop {n === 1 ? "it" : "them"}
          </button>
        </div>
      </div>
    );
  }
  return (
    <button
      type="button"
      className="min-h-11 px-1 hover:underline disabled:opacity-60"
      disabled={state.step === "pending"}
      onClick={() => void start().catch(() => setState({ step: "failed" }))}
    >
      {state.step === "pending"
        ? "Signing out…"
        : state.step === "failed"
          ? "Couldn't sign out. Try again"
          : "Sign out"}
    </button>
  );
}
