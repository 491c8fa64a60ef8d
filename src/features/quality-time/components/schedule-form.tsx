"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

/** Puts an idea both want on a day: a shared one-off commitment for both. */
export function ScheduleForm({ ideaKey, title, today }: { ideaKey: string; title: string; today: string }) {
  const trpc = useTRPC();
  const [day, setDay] = useState("");
  const schedule = useAppMutation(trpc.qualityTime.schedule.mutationOptions(), { refresh: false });
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      aria-label={`Put “${title}” on a day`}
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await schedule.run({ ideaKey, day });
        if (result.ok) schedule.navigate(`/quality-time/${result.data.id}`);
      }}
    >
      <TextField
        label="On which day?"
        type="date"
        min={today}
        value={day}
        onChange={(e) => setDay(e.target.value)}
        required
      />
      <Button type="submit" variant="secondary" pending={schedule.pending}>
        Put it on this day
      </Button>
      <div className="basis-full">
        <NoticeAlert notice={schedule.notice} />
      </div>
    </form>
  );
}
