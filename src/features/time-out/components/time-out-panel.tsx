"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { describeMinutes, GRACE_MINUTES, returnAtFor, TIME_OUT_CHOICES } from "@/domain/time-out/time-out";
import { formatReturnTime } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

type Mine = { id: string; returnAt: Date; due: boolean } | null;

/** Take a time-out (one tap once a length is picked: 20 minutes is picked already), or come back. */
export function TimeOutPanel({
  mine,
  left,
  partnerName,
  timeZone,
}: {
  mine: Mine;
  left: number;
  partnerName: string;
  timeZone: string;
}) {
  const trpc = useTRPC();
  const [minutes, setMinutes] = useState<string>(String(TIME_OUT_CHOICES[0]));
  const start = useAppMutation(trpc.timeOut.start.mutationOptions());
  const back = useAppMutation(trpc.timeOut.back.mutationOptions());

  if (mine) {
    return (
      <div className="flex flex-col gap-4">
        <p className="text-lg text-stone-900" data-testid="my-time-out">
          {mine.due ? "It's the time you said. " : "You're taking a time-out. "}
          <bdi>{partnerName}</bdi> knows you'll be back{" "}
          <span suppressHydrationWarning>{formatReturnTime(mine.returnAt, timeZone)}</span>.
        </p>
        <p className="text-sm text-stone-700">
          Breathe, walk, drink some water: something that calms your body, not a rehearsal of the argument.
          You'll get a reminder shortly before. If you don't come back within {describeMinutes(GRACE_MINUTES)}{" "}
          of that time, the time-out simply ends and you both get a gentle note.
        </p>
        <NoticeAlert notice={back.notice} />
        <Button
          className="self-start"
          pending={back.pending}
          onClick={() => back.run(undefined, "Welcome back. Your partner knows you're ready to talk.")}
        >
          I'm back, ready to talk
        </Button>
      </div>
    );
  }
  const now = new Date();
  const options = TIME_OUT_CHOICES.map((m) => ({
    value: String(m),
    label: `${describeMinutes(m)} · back ${formatReturnTime(returnAtFor(now, m), timeZone, now)}`,
  }));
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        start.run({ minutes: Number(minutes) }, "Your time-out has started. Take care of yourself.");
      }}
    >
      <p className="text-stone-800">
        When a conversation gets too heated, stepping away for a while helps more than pushing on. No reason
        needed.
      </p>
      <div suppressHydrationWarning>
        <ChoiceGroup legend="I'll be back in" options={options} value={minutes} onChange={setMinutes} />
      </div>
      <p className="text-sm text-stone-700">
        <bdi>{partnerName}</bdi> will see that you need a break and the time you'll be back. That time is the
        one time of day Kept ever shows your partner (everything else is days): you choose to share it, so
        they aren't left wondering.
      </p>
      <NoticeAlert notice={start.notice} />
      <Button type="submit" className="self-start" pending={start.pending} disabled={left === 0}>
        I need a break from this conversation
      </Button>
      <p className="text-sm text-stone-600">
        {left === 0
          ? "You've taken three time-outs in the last seven days. A time-out is a pause, not a way around talking: come back to the conversation, or bring it to your weekly talk."
          : `A time-out is a pause, not a way around talking: up to 24 hours, at most three in seven days (${left} left now), and your weekly talk waits for you all the same.`}
      </p>
    </form>
  );
}
