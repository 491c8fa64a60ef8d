import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { VerifyEmail } from "@/features/auth/components/verify-email";

export const metadata: Metadata = { title: "Confirm your address" };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const { token } = await params;
  const { u } = await searchParams;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <PageHeader title="Confirm your address">
        <p className="text-stone-600">Then Kept can send you reminders at the hour you choose.</p>
      </PageHeader>
      <Card>
        <VerifyEmail userId={typeof u === "string" ? u.slice(0, 100) : ""} token={token.slice(0, 100)} />
      </Card>
    </div>
  );
}
