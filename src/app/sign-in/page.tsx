import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { getCurrentUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getCurrentUser()) redirect("/home");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <PageHeader title="Welcome back" />
      <Card>
        <Suspense>
          <SignInForm />
        </Suspense>
      </Card>
    </div>
  );
}
