"use client";

import Link from "next/link";
import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { STOP_TO, type StopTo } from "@/domain/repair-talk/repair-talk";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

/** Pause (a time-out) or stop, at any step; nothing is lost and nothing is scored. */
export function StopPanel({ talkId }: { talkId: string }) {
  const trpc = useTRPC();
  const stop = useAppMutation(trpc.repairTalk.stop.mutationOptions());
  // Stopping ends the conversation for both: one more tap to be sure, never a surprise.
  const [asked, setAsked] = useState<StopTo | null>(null);
  if (asked) {
    return (
      <div className="flex flex-col gap-3">
        <p className="text-stone-800">
          Stop here? The conversation ends for both of you and stays as it is; your partner is told you'll{" "}
          {asked === "counselor" ? "take it to your counselor" : "take it to your weekly talk"}.
        </p>
        <NoticeAlert notice={stop.notice} />
        <div className="flex flex-wrap gap-3">
          <Button pending={stop.pending} onClick={() => stop.run({ id: talkId, to: asked })}>
            Yes, stop here
          </Button>
          <Button variant="secondary" onClick={() => setAsked(null)}>
            Keep going
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-stone-700">
        Too much right now? Take a time-out and come back to this step, or stop here and take it further
        together. What you've shared stays as it is.
      </p>
      <NoticeAlert notice={stop.notice} />
      <div className="flex flex-wrap gap-3">
        <Link
          href="/time-out"
          className="inline-flex min-h-11 items-center rounded-full border border-stone-300 bg-white px-4 text-sm font-medium text-stone-800 hover:bg-stone-50"
        >
          Pause: take a time-out
        </Link>
        {STOP_TO.map((s) => (
          <Button key={s.value} variant="secondary" onClick={() => setAsked(s.value)}>
            {s.label}
          </Button>
        ))}
      </div>
    </div>
  );
}
