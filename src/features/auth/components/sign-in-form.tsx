"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { EmailField, PasswordField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { TextLink } from "@/components/ui/text-link";
import { useAppForm } from "@/components/ui/use-app-form";
import { type TSignInInput, ZSignInInput } from "@/domain/auth/schemas";
import { safeCallbackPath } from "@/lib/safe-redirect";

const ERRORS: Record<string, string> = {
  CredentialsSignin: "That email and password don't match an account.",
  RATE_LIMITED: "Too many attempts. Please wait a few minutes and try again.",
};

export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const callbackUrl = safeCallbackPath(params.get("callbackUrl"));
  const initialError = params.get("error");
  const [formError, setFormError] = useState<string | null>(
    initialError ? (ERRORS[initialError] ?? "We couldn't sign you in. Please try again.") : null,
  );
  const { field, handleSubmit, formState } = useAppForm<TSignInInput>({
    resolver: zodResolver(ZSignInInput),
    defaultValues: { email: "", password: "" },
    mode: "onTouched",
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(
        ERRORS[result?.error ?? ""] ?? "We couldn't reach Kept. Check your connection and try again.",
      );
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  });

  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-4">
      {formError ? <Alert>{formError}</Alert> : null}
      <EmailField {...field("email")} />
      <PasswordField autoComplete="current-password" {...field("password")} />
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
      <p className="text-sm text-stone-600">
        <TextLink href="/forgot-password">Forgot your password?</TextLink>
      </p>
      <p className="text-sm text-stone-600">
        New to Kept?{" "}
        <TextLink href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          Create an account
        </TextLink>
      </p>
    </Form>
  );
}
