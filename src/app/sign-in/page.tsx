import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { Card } from "@/components/ui/card";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { getCurrentUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getCurrentUser()) redirect("/home");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-2xl font-semibold text-stone-900">Welcome back</h1>
      <Card>
        <Suspense>
          <SignInForm />
        </Suspense>
      </Card>
    </div>
  );
}
