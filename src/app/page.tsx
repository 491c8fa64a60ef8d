import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/trpc/server";

export default async function LandingPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  if (await getCurrentUser()) redirect("/home");
  const { deleted } = await searchParams;
  return (
    <div className="flex flex-col gap-8 py-6 sm:py-12">
      {deleted === "1" ? (
        <Alert tone="success">Your account has been deleted. Take care of yourself.</Alert>
      ) : null}
      <h1 className="text-3xl font-semibold tracking-tight text-stone-900 sm:text-4xl">
        Rebuild trust, one kept promise at a time.
      </h1>
      <p className="max-w-prose text-lg text-stone-700">
        Kept is a private space for two people finding their way back to each other: you agree on boundaries
        together, log the commitments you make and whether you kept them, and both see your consistency grow
        over time.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link
          href="/sign-up"
          className="inline-flex min-h-11 items-center rounded-lg bg-sage-600 px-5 font-medium text-white hover:bg-sage-700"
        >
          Create an account
        </Link>
        <Link
          href="/sign-in"
          className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-5 font-medium hover:bg-stone-50"
        >
          Sign in
        </Link>
      </div>
      <p className="text-sm text-stone-500">Only the two of you ever see what you write here.</p>
    </div>
  );
}
