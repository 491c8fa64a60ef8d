"use client";

import type { ComponentProps } from "react";
import { useHydrated } from "@/components/ui/button";

/**
 * Every form of ours: posted by JavaScript, validated by its zod schema rather than the browser.
 * Until React has hydrated, react-hook-form hasn't registered the fields, and registering them
 * puts back their default values: a box unticked in that moment would tick itself again and the
 * old value be saved. So the fields wait for hydration, as the buttons do.
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
