"use client";

import { useState } from "react";
import { signOutHere } from "@/lib/sign-out";

export function SignOutButton() {
  const [state, setState] = useState<"idle" | "pending" | "failed">("idle");
  return (
    <button
      type="button"
      className="min-h-11 px-1 hover:underline disabled:opacity-60"
      disabled={state === "pending"}
      onClick={() => {
        setState("pending");
        signOutHere("/").catch(() => setState("failed"));
      }}
    >
      {state === "pending"
        ? "Signing out…"
        : state === "failed"
          ? "Couldn't sign out. Try again"
          : "Sign out"}
    </button>
  );
}
