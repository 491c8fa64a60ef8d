"use client";

import type { ComponentProps } from "react";
import { useHydrated } from "@/components/ui/button";

/**
 * Every form of ours: posted by JavaScript, validated by its zod schema rather than the browser.
 * Until React has hydrated, react-hook-form hasn't registered the fields: a change made in that
 * moment would reach no handler. So the fields wait for hydration, as the buttons do; meanwhile
 * they show their saved values, which `useAppForm` writes into the server's HTML.
 */
export function Form({ children, ...props }: Omit<ComponentProps<"form">, "method" | "noValidate">) {
  const hydrated = useHydrated();
  return (
    <form {...props} method="post" noValidate>
      <fieldset disabled={!hydrated} className="contents">
        {children}
      </fieldset>
    </form>
  );
}
