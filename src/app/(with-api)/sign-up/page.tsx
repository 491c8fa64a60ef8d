import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SignUpForm } from "@/features/auth/components/sign-up-form";
import { getCurrentUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/home");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <PageHeader title="Create your account">
        <p className="text-stone-600">Next, you can invite your partner.</p>
      </PageHeader>
      <Card>
        <Suspense>
          <SignUpForm />
        </Suspense>
      </Card>
    </div>
  );
}
