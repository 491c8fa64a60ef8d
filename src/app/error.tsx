"use client";

import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

// Shown instead of a stack trace: the details are in the server log.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col gap-4 py-8">
      <PageHeader title="Something went wrong" />
      <p className="text-stone-700">Nothing you saved was lost. Please try again in a moment.</p>
      <Button onClick={reset} className="self-start">
        Try again
      </Button>
    </div>
  );
}
