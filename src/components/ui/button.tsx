"use client";

import { type ComponentProps, useSyncExternalStore } from "react";
import { type ButtonVariant, buttonBase, buttonVariants } from "@/components/ui/button-styles";
import { cn } from "@/lib/cn";

const subscribe = () => () => {};

/** False in the server render and until React has hydrated, then true. */
export function useHydrated() {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

export function Button({
  variant = "primary",
  pending = false,
  className,
  children,
  disabled,
  type = "button",
  onClick,
  ...props
}: ComponentProps<"button"> & { variant?: ButtonVariant; pending?: boolean }) {
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
      className={cn(
        buttonBase,
        "disabled:cursor-not-allowed aria-disabled:cursor-wait aria-disabled:opacity-70",
        buttonVariants[variant],
        className,
      )}
    >
      {/* One flex item for the whole label: a flex container trims the spaces at the ends of each of
          its items, so "Share with <bdi>Noa</bdi>" would read "Share withNoa". */}
      <span>{children}</span>
    </button>
  );
}

/** A form's submit button: while the form is sending it says so (`pendingLabel`) and can't be pressed twice. */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
  ...props
}: Omit<ComponentProps<typeof Button>, "type" | "pending"> & { pending: boolean; pendingLabel: string }) {
  return (
    <Button type="submit" pending={pending} {...props}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
