"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { type TChangePasswordInput, ZChangePasswordInput } from "@/domain/auth/schemas";
import { describeTRPCError, useTRPC } from "@/trpc/react";

export function PasswordForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<TChangePasswordInput>({
    resolver: zodResolver(ZChangePasswordInput),
    defaultValues: { currentPassword: "", newPassword: "" },
    mode: "onTouched",
  });
  const change = useMutation(trpc.user.changePassword.mutationOptions());

  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    try {
      await change.mutateAsync(values);
    } catch (error) {
      const { message, fieldErrors } = describeTRPCError(error);
      for (const key of ["currentPassword", "newPassword"] as const) {
        const first = fieldErrors[key]?.[0];
        if (first) setError(key, { message: first });
      }
      setStatus({ tone: "error", text: message });
      return;
    }
    // The change ended every session, this one too: sign this device in again.
    const result = await signIn("credentials", { email, password: values.newPassword, redirect: false });
    if (!result || result.error) {
      router.push("/sign-in?callbackUrl=%2Fsettings");
      return;
    }
    reset();
    setStatus({ tone: "success", text: "Password changed. Your other devices have been signed out." });
  });

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="flex flex-col gap-4">
      {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
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
    </form>
  );
}
