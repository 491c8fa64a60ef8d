"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useEffect } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { EmailField, PasswordField, TextField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { TextLink } from "@/components/ui/text-link";
import { useAppForm } from "@/components/ui/use-app-form";
import { type TSignUpInput, ZSignUpInput } from "@/domain/auth/schemas";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

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
  const form = useAppForm<TSignUpInput>({
    resolver: zodResolver(ZSignUpInput),
    defaultValues: { name: "", email: "", password: "", timeZone: "UTC" },
    mode: "onTouched",
  });
  const { field, handleSubmit, setValue, watch, formState } = form;

  useEffect(() => setValue("timeZone", detectTimeZone()), [setValue]);

  const signUp = useAppMutation(trpc.auth.signUp.mutationOptions(), { form, refresh: false });

  const onSubmit = handleSubmit(async (values) => {
    if (!(await signUp.run(values)).ok) return;
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

  return (
    <Form onSubmit={onSubmit} className="flex flex-col gap-4">
      <NoticeAlert notice={signUp.notice} />
      <TextField
        label="Your name"
        autoComplete="name"
        hint="Your partner will see this name."
        {...field("name")}
      />
      <EmailField {...field("email")} />
      <PasswordField
        autoComplete="new-password"
        hint="At least 8 characters. A short sentence works well."
        {...field("password")}
      />
      <p className="text-xs text-stone-500">
        Time zone: <span data-testid="detected-time-zone">{watch("timeZone")}</span> (you can change it later
        in settings).
      </p>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
      <p className="text-sm text-stone-600">
        Already have an account?{" "}
        <TextLink href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</TextLink>
      </p>
    </Form>
  );
}
