import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { Card } from "@/components/ui/card";
import { SignUpForm } from "@/features/auth/components/sign-up-form";
import { getCurrentUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/home");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold text-stone-900">Create your account</h1>
        <p className="text-stone-600">Next, you can invite your partner.</p>
      </div>
      <Card>
        <Suspense>
          <SignUpForm />
        </Suspense>
      </Card>
    </div>
  );
}
