"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { z } from "zod";
import { Alert, NoticeAlert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { PasswordField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { TextLink } from "@/components/ui/text-link";
import { useAppForm } from "@/components/ui/use-app-form";
import { ZNewPassword } from "@/domain/auth/schemas";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

const ZForm = z.strictObject({ password: ZNewPassword });
type TForm = z.infer<typeof ZForm>;

export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const [done, setDone] = useState(false);
  const form = useAppForm<TForm>({
    resolver: zodResolver(ZForm),
    defaultValues: { password: "" },
    mode: "onTouched",
  });
  const { field, handleSubmit, formState } = form;
  const reset = useAppMutation(trpc.auth.resetPassword.mutationOptions(), { form, refresh: false });
  const onSubmit = handleSubmit(async ({ password }) => {
    if ((await reset.run({ token, password })).ok) setDone(true);
  });

  if (done) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">
          Your new password is set. You are signed out everywhere; sign in with it now.
        </Alert>
        <TextLink href="/sign-in">Sign in</TextLink>
      </div>
    );
  }
  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-4">
      <NoticeAlert notice={reset.notice} />
      <PasswordField
        label="New password"
        autoComplete="new-password"
        hint="At least 8 characters. A short sentence works well."
        {...field("password")}
      />
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Saving…">
        Set new password
      </SubmitButton>
      <p className="text-sm text-stone-600">
        Link not working? <TextLink href="/forgot-password">Ask for a new one</TextLink>
      </p>
    </Form>
  );
}
