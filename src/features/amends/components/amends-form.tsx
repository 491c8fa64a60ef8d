"use client";

import type { z } from "zod";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { gentleHints } from "@/domain/amends/amends";
import { AMENDS_TEXT_MAX, ZCreateAmends } from "@/domain/amends/schemas";
import { zodFormResolver } from "@/lib/form-resolver";
import { useTRPC } from "@/trpc/react";
import { useAppMutation, useSharedNotice } from "@/trpc/use-app-mutation";
import { AMENDS_GUIDANCE } from "./guidance";

type Values = z.input<typeof ZCreateAmends>;
const FIELDS = ["whatIDid", "impact", "different"] as const;

type AmendsText = { whatIDid: string; impact: string; different: string };

/**
 * The guided fields of an amends, for a new one or a draft. Saving keeps it private; sharing sends
 * it to the partner (and can't be undone: what was shared stays as it was shared). `fromPart`: a
 * repair conversation's "my part" (its answer's id), with the fields filled in from the conversation.
 */
export function AmendsForm({
  partnerName,
  draft,
  fromPart,
}: {
  partnerName: string;
  draft?: AmendsText & { id: string; rev: number };
  fromPart?: AmendsText & { answerId: string };
}) {
  const trpc = useTRPC();
  const start = draft ?? fromPart;
  const form = useAppForm<Values, unknown, z.output<typeof ZCreateAmends>>({
    resolver: zodFormResolver(ZCreateAmends),
    defaultValues: {
      whatIDid: start?.whatIDid ?? "",
      impact: start?.impact ?? "",
      different: start?.different ?? "",
      share: false,
    },
  });
  const { register, handleSubmit, watch, setValue, formState } = form;
  const notice = useSharedNotice();
  const create = useAppMutation(trpc.amends.create.mutationOptions(), { form, notice, refresh: false });
  const fromRepair = useAppMutation(trpc.repairTalk.makeAmends.mutationOptions(), {
    form,
    notice,
    refresh: false,
  });
  const edit = useAppMutation(trpc.amends.edit.mutationOptions(), { form, notice, refresh: false });
  const share = useAppMutation(trpc.amends.share.mutationOptions(), { notice, refresh: false });
  const pending =
    create.pending || fromRepair.pending || edit.pending || share.pending || formState.isSubmitting;

  const onSubmit = handleSubmit(async ({ share: shareNow, ...text }) => {
    if (fromPart) {
      const made = await fromRepair.run({ id: fromPart.answerId, ...text, share: shareNow });
      if (made.ok) fromRepair.navigate(`/amends/${made.data.amendsId}`);
      return;
    }
    if (!draft) {
      const created = await create.run({ ...text, share: shareNow });
      if (created.ok) create.navigate(`/amends/${created.data.id}`);
      return;
    }
    const saved = await edit.run({ id: draft.id, rev: draft.rev, ...text });
    if (!saved.ok) return;
    if (shareNow) {
      const shared = await share.run({ id: draft.id, rev: saved.data.rev });
      if (!shared.ok) return;
    }
    edit.navigate(`/amends/${draft.id}`);
  });

  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-5">
      {FIELDS.map((field) => {
        const hints = gentleHints(field, watch(field) ?? "");
        return (
          <div key={field} className="flex flex-col gap-2">
            <TextAreaField
              label={AMENDS_GUIDANCE[field].label}
              hint={AMENDS_GUIDANCE[field].hint}
              maxLength={AMENDS_TEXT_MAX}
              rows={4}
              dir="auto"
              error={formState.errors[field]?.message}
              {...register(field)}
            />
            {hints.map((h) => (
              <p key={h} className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
                {h}
              </p>
            ))}
          </div>
        );
      })}
      <NoticeAlert notice={notice[0]} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="secondary" pending={pending} onClick={() => setValue("share", false)}>
          Save as a private draft
        </Button>
        <Button type="submit" pending={pending} onClick={() => setValue("share", true)}>
          Share with <bdi>{partnerName}</bdi>
        </Button>
      </div>
      <p className="text-sm text-stone-600">
        A draft is yours alone until you share it. Once shared, it stays as it is; you can add follow-ups.
      </p>
    </Form>
  );
}
