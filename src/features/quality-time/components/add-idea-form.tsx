"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { EFFORTS, IDEA_KINDS } from "@/domain/quality-time/ideas";
import { IDEA_TITLE_MAX } from "@/domain/quality-time/schemas";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

/** An idea of the couple's own; its author's mark on it is "yes". */
export function AddIdeaForm({ partnerName }: { partnerName: string }) {
  const trpc = useTRPC();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<string>(IDEA_KINDS[0].value);
  const [effort, setEffort] = useState<string>(EFFORTS[0].value);
  const add = useAppMutation(trpc.qualityTime.addIdea.mutationOptions());
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await add.run({ title, kind, effort }, "Added, with your yes.");
        if (result.ok) setTitle("");
      }}
    >
      <TextField
        label="Your idea"
        hint={`${partnerName} sees it in the list to mark it too. Your yes is on it already.`}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={IDEA_TITLE_MAX}
        dir="auto"
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {IDEA_KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="How much it takes" value={effort} onChange={(e) => setEffort(e.target.value)}>
          {EFFORTS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </SelectField>
      </div>
      <NoticeAlert notice={add.notice} />
      <Button type="submit" className="self-start" pending={add.pending}>
        Add the idea
      </Button>
    </form>
  );
}
