"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
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
  const { register, handleSubmit, formState, reset } = form;
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
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={formState.errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        error={formState.errors.newPassword?.message}
        hint="At least 8 characters."
        {...register("newPassword")}
      />
      <Button type="submit" pending={formState.isSubmitting} className="self-start">
        {formState.isSubmitting ? "Changing…" : "Change password"}
      </Button>
    </Form>
  );
}
