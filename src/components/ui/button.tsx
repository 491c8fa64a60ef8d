"use client";

import { type ComponentProps, useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False in the server render and until React has hydrated, then true. */
export function useHydrated() {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

type Variant = "primary" | "secondary" | "danger";

const styles: Record<Variant, string> = {
  primary: "bg-sage-600 text-white hover:bg-sage-700 disabled:bg-sage-600/60",
  secondary: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-50 disabled:text-stone-400",
  danger: "border border-rose-300 bg-white text-rose-800 hover:bg-rose-50 disabled:text-rose-400",
};

export function Button({
  variant = "primary",
  pending = false,
  className = "",
  children,
  disabled,
  type = "button",
  onClick,
  ...props
}: ComponentProps<"button"> & { variant?: Variant; pending?: boolean }) {
  // Our buttons act through JavaScript: until it has loaded they stay disabled, so an early click
  // can't submit a form natively (and, say, lose what was typed).
  const hydrated = useHydrated();
  return (
    <button
      {...props}
      // A plain button unless a form's submit is asked for: "Cancel" inside a form must not submit it.
      type={type === "submit" ? "submit" : type === "reset" ? "reset" : "button"}
      disabled={disabled || !hydrated}
      // While its action runs the button keeps focus (a disabled button would drop it to the page),
      // and a second click does nothing: not even a second form submit.
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      onClick={(event) => {
        if (pending) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      className={`inline-flex min-h-11 items-center justify-center rounded-lg px-4 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed aria-disabled:cursor-wait aria-disabled:opacity-70 ${styles[variant]} ${className}`}
    >
      {children}
    </button>
  );
}
