import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
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
        <h1 className="text-2xl font-semibold text-stone-900">You've been invited to Kept</h1>
        <Card>
          <p className="text-stone-700">
            Someone who wants to rebuild trust with you has invited you to link on Kept. Create an account or
            sign in to see who it is and decide. Nothing is shared until you accept.
          </p>
          <div className="mt-4 flex flex-wrap gap-2">
            <Link
              href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`}
              className="inline-flex min-h-11 items-center rounded-lg bg-sage-600 px-4 font-medium text-white hover:bg-sage-700"
            >
              Create an account
            </Link>
            <Link
              href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}
              className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 font-medium hover:bg-stone-50"
            >
              Sign in
            </Link>
          </div>
        </Card>
      </div>
    );
  }
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <h1 className="text-2xl font-semibold text-stone-900">Invitation</h1>
      <Card>
        <InviteAnswer inviteRef={{ token }} />
      </Card>
    </div>
  );
}
