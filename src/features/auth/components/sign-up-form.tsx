"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { type TSignUpInput, ZSignUpInput } from "@/domain/auth/schemas";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { describeTRPCError, useTRPC } from "@/trpc/react";

function detectTimeZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

export function SignUpForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const params = useSearchParams();
  const callbackUrl = safeCallbackPath(params.get("callbackUrl"));
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TSignUpInput>({
    resolver: zodResolver(ZSignUpInput),
    defaultValues: { name: "", email: "", password: "", timeZone: "UTC" },
    mode: "onTouched",
  });
  const { register, handleSubmit, setValue, setError, watch, formState } = form;

  useEffect(() => setValue("timeZone", detectTimeZone()), [setValue]);

  const signUp = useMutation(trpc.auth.signUp.mutationOptions());

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await signUp.mutateAsync(values);
    } catch (error) {
      const { message, fieldErrors } = describeTRPCError(error);
      let placed = false;
      for (const key of ["name", "email", "password", "timeZone"] as const) {
        const first = fieldErrors[key]?.[0];
        if (first) {
          setError(key, { message: first });
          placed = true;
        }
      }
      if (!placed) setFormError(message);
      return;
    }
    const result = await signIn("credentials", {
      email: values.email,
      password: values.password,
      redirect: false,
    });
    if (!result || result.error) {
      router.push(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  });

  const pending = formState.isSubmitting;
  return (
    <form onSubmit={onSubmit} method="post" noValidate className="flex flex-col gap-4">
      {formError ? <Alert>{formError}</Alert> : null}
      <TextField
        label="Your name"
        autoComplete="name"
        error={formState.errors.name?.message}
        hint="Your partner will see this name."
        {...register("name")}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        error={formState.errors.email?.message}
        {...register("email")}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        error={formState.errors.password?.message}
        hint="At least 8 characters. A short sentence works well."
        {...register("password")}
      />
      <p className="text-xs text-stone-500">
        Time zone: <span data-testid="detected-time-zone">{watch("timeZone")}</span> (you can change it later
        in settings).
      </p>
      <Button type="submit" pending={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-sm text-stone-600">
        Already have an account?{" "}
        <Link
          href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="text-sage-700 underline"
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
