"use client";

import type { z } from "zod";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { titleFrom } from "@/domain/amends/amends";
import { ZFollowThrough } from "@/domain/amends/schemas";
import { zodFormResolver } from "@/lib/form-resolver";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

const CHOICES = [
  { value: "commitment", label: "A commitment of mine (when it comes up)" },
  { value: "boundary", label: "A boundary I propose" },
] as const;

/**
 * One step from words to something kept: an amends' "what I'll do differently" (`from: "amends"`)
 * or a talk's request (`from: "talk"`, the answer's id) becomes a commitment or a boundary proposal.
 */
export function FollowThroughForm({
  from,
  id,
  suggestedTitle,
}: {
  from: "amends" | "talk" | "repair-talk";
  id: string;
  suggestedTitle: string;
}) {
  const trpc = useTRPC();
  const form = useAppForm<z.input<typeof ZFollowThrough>, unknown, z.output<typeof ZFollowThrough>>({
    resolver: zodFormResolver(ZFollowThrough),
    defaultValues: { id, as: "commitment", title: titleFrom(suggestedTitle, 120) },
  });
  const { handleSubmit, watch, setValue, formState, field } = form;
  const options =
    from === "amends"
      ? trpc.amends.followThrough.mutationOptions()
      : from === "talk"
        ? trpc.talk.followThrough.mutationOptions()
        : trpc.repairTalk.followThrough.mutationOptions();
  const make = useAppMutation(options, { form });
  const kind = watch("as");
  const onSubmit = handleSubmit(async (values) => {
    const result = await make.run(values);
    if (!result.ok) return;
    make.navigate(
      result.data.commitmentId
        ? `/commitments/${result.data.commitmentId}`
        : `/boundaries/${result.data.boundaryId}`,
    );
  });
  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-4">
      <ChoiceGroup
        legend="Turn it into"
        options={CHOICES}
        value={kind ?? null}
        onChange={(v) => setValue("as", v)}
        error={formState.errors.as?.message}
      />
      <TextField label="A short title" maxLength={120} {...field("title")} />
      <NoticeAlert notice={make.notice} />
      <Button type="submit" variant="secondary" pending={make.pending} className="self-start">
        {make.pending
          ? "Making it…"
          : kind === "boundary"
            ? "Propose this boundary"
            : "Make this a commitment"}
      </Button>
    </Form>
  );
}
