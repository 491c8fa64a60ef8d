"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ABOUT_MAX } from "@/domain/repair-talk/schemas";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

type Link = { type: "check-in" | "boundary" | "amends"; id: string };

/** Starts a conversation about one incident; `link` when it is started from an amends, a boundary or a check-in. */
export function StartRepairTalkForm({ partnerName, link }: { partnerName: string; link?: Link }) {
  const trpc = useTRPC();
  const [about, setAbout] = useState("");
  const start = useAppMutation(trpc.repairTalk.start.mutationOptions(), { refresh: false });
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await start.run({ about, ...(link ? { link } : {}) });
        if (result.ok) start.navigate(`/repair/${result.data.id}`);
      }}
    >
      <TextField
        label="What happened, in a few words"
        hint={`${partnerName} sees these words from the start; everything else stays private until you've both shared each step.`}
        value={about}
        onChange={(e) => setAbout(e.target.value)}
        maxLength={ABOUT_MAX}
        dir="auto"
        required
      />
      <NoticeAlert notice={start.notice} />
      <Button type="submit" className="self-start" pending={start.pending}>
        Talk about what happened
      </Button>
    </form>
  );
}
