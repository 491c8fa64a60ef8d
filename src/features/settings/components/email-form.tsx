"use client";

import { NoticeAlert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { EmailField, PasswordField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { type TChangeEmailInput, ZChangeEmailInput } from "@/domain/auth/schemas";
import { zodFormResolver } from "@/lib/form-resolver";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

/** The current address, whether it is confirmed, and a form to move the account to another one. */
export function EmailForm({ email, verified }: { email: string; verified: boolean }) {
  const trpc = useTRPC();
  const form = useAppForm<TChangeEmailInput>({
    resolver: zodFormResolver(ZChangeEmailInput),
    defaultValues: { email: "", currentPassword: "" },
    mode: "onTouched",
  });
  const { field, handleSubmit, formState, reset } = form;
  const change = useAppMutation(trpc.user.changeEmail.mutationOptions(), { form });

  // The notice doesn't repeat the address (shown above, wrapped): it could be long.
  const onSubmit = handleSubmit(async (values) => {
    const result = await change.run(values);
    if (!result.ok) return;
    reset();
    change.setNotice({
      tone: "success",
      text: result.data.mailEnabled
        ? "Saved. A confirmation link is on its way to your new address: open it to confirm. We've also let your old address know."
        : "Saved. Mail is off on this Kept server, so no confirmation link was sent.",
    });
  });

  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-4">
      <NoticeAlert notice={change.notice} />
      <p className="text-sm text-stone-700 [overflow-wrap:anywhere]">
        Your address: <bdi className="font-medium">{email}</bdi>{" "}
        <span className={verified ? "text-sage-800" : "text-stone-600"}>
          ({verified ? "confirmed" : "not confirmed yet"})
        </span>
      </p>
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <EmailField
        label="New address"
        hint="It stays unconfirmed until you open the link we send there."
        {...field("email")}
      />
      <PasswordField label="Current password" autoComplete="current-password" {...field("currentPassword")} />
      <SubmitButton
        pending={formState.isSubmitting || change.pending}
        pendingLabel="Saving…"
        className="self-start"
      >
        Change address
      </SubmitButton>
    </Form>
  );
}
