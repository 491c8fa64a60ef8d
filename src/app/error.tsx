"use client";

import { buttonBase, buttonVariants } from "@/components/ui/button-styles";

// Shown instead of a stack trace: the details are in the server log. Plain elements, not Button
// and PageHeader: this boundary is in every page's first load, and theirs bring tailwind-merge.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col gap-4 py-8">
      <h1 className="text-2xl font-semibold text-stone-900">Something went wrong</h1>
      <p className="text-stone-700">Nothing you saved was lost. Please try again in a moment.</p>
      <button type="button" onClick={reset} className={`${buttonBase} ${buttonVariants.primary} self-start`}>
        Try again
      </button>
    </div>
  );
}
