"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { formatDay } from "@/domain/commitment/format-day";
import { ABOUT_MAX } from "@/domain/repair-talk/schemas";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

type LinkType = "check-in" | "boundary" | "amends";
type Option = { type: LinkType; id: string; label: string; day?: string };

const GROUPS: { type: LinkType; label: string }[] = [
  { type: "check-in", label: "One of your check-ins" },
  { type: "boundary", label: "A boundary" },
  { type: "amends", label: "An amends" },
];

/**
 * Starts a conversation about one incident, optionally about a check-in, a boundary or an amends
 * (a native select: on a phone it opens the system's own picker, long labels and all).
 */
export function StartRepairTalkForm({ partnerName, options }: { partnerName: string; options: Option[] }) {
  const trpc = useTRPC();
  const [about, setAbout] = useState("");
  const [chosen, setChosen] = useState("");
  const start = useAppMutation(trpc.repairTalk.start.mutationOptions(), { refresh: false });
  const link = options.find((o) => `${o.type}:${o.id}` === chosen);
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await start.run({
          about,
          ...(link ? { link: { type: link.type, id: link.id } } : {}),
        });
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
      {options.length > 0 ? (
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="repair-link" className="text-sm font-medium text-stone-800">
            Is it about one of these? (optional)
          </label>
          <p id="repair-link-hint" className="text-sm text-stone-600">
            {partnerName} sees which one, with a link to it.
          </p>
          <select
            id="repair-link"
            aria-describedby="repair-link-hint"
            value={chosen}
            onChange={(e) => setChosen(e.target.value)}
            dir="auto"
            className="min-h-11 w-full min-w-0 max-w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-900"
          >
            <option value="">Nothing in particular</option>
            {GROUPS.map((g) => {
              const inGroup = options.filter((o) => o.type === g.type);
              return inGroup.length === 0 ? null : (
                <optgroup key={g.type} label={g.label}>
                  {inGroup.map((o) => (
                    <option key={o.id} value={`${o.type}:${o.id}`}>
                      {o.day ? `${formatDay(o.day, { weekday: undefined })} · ${o.label}` : o.label}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
        </div>
      ) : null}
      <NoticeAlert notice={start.notice} />
      <Button type="submit" className="self-start" pending={start.pending}>
        Talk about what happened
      </Button>
    </form>
  );
}
