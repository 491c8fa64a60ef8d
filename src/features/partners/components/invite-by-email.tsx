"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { type TInviteByEmailInput, ZInviteByEmailInput } from "@/domain/invite/schemas";
import { zodFormResolver } from "@/lib/form-resolver";
import { useTRPC } from "@/trpc/react";
import { useAppMutation, type useSharedNotice } from "@/trpc/use-app-mutation";

type Sent = { url: string; code: string; expiresAt: Date };

/** Beside link and code: a new invitation, mailed to the partner's address. */
export function InviteByEmail({
  notice,
  onSent,
}: {
  notice: ReturnType<typeof useSharedNotice>;
  onSent: (sent: Sent) => Promise<void>;
}) {
  const trpc = useTRPC();
  const form = useAppForm<TInviteByEmailInput>({
    resolver: zodFormResolver(ZInviteByEmailInput),
    defaultValues: { email: "" },
  });
  const send = useAppMutation(trpc.invite.sendByEmail.mutationOptions(), { form, notice, refresh: false });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await send.run(values, "Sent. The link in the mail works for 7 days.");
    if (result.ok) await onSent(result.data);
  });
  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex-1">
        <TextField
          label="Or send it to your partner's email"
          type="email"
          autoComplete="off"
          error={form.formState.errors.email?.message}
          {...form.register("email")}
        />
      </div>
      <Button type="submit" variant="secondary" pending={send.pending}>
        Send invitation
      </Button>
    </Form>
  );
}
