import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ResetPasswordForm } from "@/features/auth/components/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <PageHeader title="Choose a new password">
        <p className="text-stone-600">Setting it signs your account out on every device.</p>
      </PageHeader>
      <Card>
        <ResetPasswordForm token={token.slice(0, 100)} />
      </Card>
    </div>
  );
}
