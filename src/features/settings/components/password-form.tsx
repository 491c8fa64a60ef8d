"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { NoticeAlert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { PasswordField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { type TChangePasswordInput, ZChangePasswordInput } from "@/domain/auth/schemas";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

export function PasswordForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useAppForm<TChangePasswordInput>({
    resolver: zodResolver(ZChangePasswordInput),
    defaultValues: { currentPassword: "", newPassword: "" },
    mode: "onTouched",
  });
  const { field, handleSubmit, formState, reset } = form;
  const change = useAppMutation(trpc.user.changePassword.mutationOptions(), { form, refresh: false });

  const onSubmit = handleSubmit(async (values) => {
    if (!(await change.run(values)).ok) return;
    // The change ended every session, this one too: sign this device in again.
    const result = await signIn("credentials", { email, password: values.newPassword, redirect: false });
    if (!result || result.error) {
      router.push("/sign-in?callbackUrl=%2Fsettings");
      return;
    }
    reset();
    change.setNotice({ tone: "success", text: "Password changed. Your other devices have been signed out." });
  });

  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-4">
      <NoticeAlert notice={change.notice} />
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <PasswordField label="Current password" autoComplete="current-password" {...field("currentPassword")} />
      <PasswordField
        label="New password"
        autoComplete="new-password"
        hint="At least 8 characters."
        {...field("newPassword")}
      />
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Changing…" className="self-start">
        Change password
      </SubmitButton>
    </Form>
  );
}
