import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ForgotPasswordForm } from "@/features/auth/components/forgot-password-form";
import { mailEnabled } from "@/server/mail/transport";

export const metadata: Metadata = { title: "Forgot your password" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <PageHeader title="Forgot your password?">
        <p className="text-stone-600">We'll send a link to choose a new one to your address.</p>
      </PageHeader>
      <Card>
        {mailEnabled() ? (
          <ForgotPasswordForm />
        ) : (
          <Alert tone="note">
            This Kept server doesn't send mail. Ask the person who runs it for a reset link: they can make one
            with <code>npm run user:reset-password -- your@address</code>.
          </Alert>
        )}
      </Card>
    </div>
  );
}
