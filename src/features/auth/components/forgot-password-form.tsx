"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { NoticeAlert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { EmailField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { TextLink } from "@/components/ui/text-link";
import { useAppForm } from "@/components/ui/use-app-form";
import { type TRequestPasswordResetInput, ZRequestPasswordResetInput } from "@/domain/auth/schemas";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const form = useAppForm<TRequestPasswordResetInput>({
    resolver: zodResolver(ZRequestPasswordResetInput),
    defaultValues: { email: "" },
    mode: "onTouched",
  });
  const { field, handleSubmit, formState } = form;
  const request = useAppMutation(trpc.auth.requestPasswordReset.mutationOptions(), { form, refresh: false });
  const onSubmit = handleSubmit(async (values) => {
    await request.run(values, (data) => data.message);
  });

  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-4">
      <NoticeAlert notice={request.notice} />
      <EmailField {...field("email")} />
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Sending…">
        Send me a link
      </SubmitButton>
      <p className="text-sm text-stone-600">
        Remembered it? <TextLink href="/sign-in">Sign in</TextLink>
      </p>
    </Form>
  );
}
