import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/text-link";
import { InviteAnswer } from "@/features/partners/components/invite-answer";
import { getCurrentUser } from "@/trpc/server";

// The token is a secret: never index the page, never send it on as a referrer (see the
// Referrer-Policy header in next.config.mjs).
export const metadata: Metadata = { title: "Invitation", robots: { index: false, follow: false } };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await getCurrentUser();
  const here = `/invite/${encodeURIComponent(token)}`;
  if (!user) {
    return (
      <div className="mx-auto flex max-w-lg flex-col gap-6">
        <PageHeader title="You've been invited to Kept" />
        <Card>
          <p className="text-stone-700">
            Someone who wants to rebuild trust with you has invited you to link on Kept. Create an account or
            sign in to see who it is and decide. Nothing is shared until you accept.
          </p>
          <div className="mt-4 flex flex-wrap gap-2">
            <ButtonLink href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`}>
              Create an account
            </ButtonLink>
            <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} variant="secondary">
              Sign in
            </ButtonLink>
          </div>
        </Card>
      </div>
    );
  }
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <PageHeader title="Invitation" />
      <Card>
        <InviteAnswer inviteRef={{ token }} />
      </Card>
    </div>
  );
}
