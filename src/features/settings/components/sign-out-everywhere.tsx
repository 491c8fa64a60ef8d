"use client";

import { useMutation } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeTRPCError, useTRPC } from "@/trpc/react";

export function SignOutEverywhere() {
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation(trpc.user.signOutEverywhere.mutationOptions());

  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Sign out everywhere…
      </Button>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      {error ? <Alert>{error}</Alert> : null}
      <p className="text-sm text-stone-700">
        This signs you out on every device and browser, including this one. Your data stays as it is.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="danger"
          pending={mutation.isPending}
          onClick={async () => {
            setError(null);
            try {
              await mutation.mutateAsync();
              await signOut({ callbackUrl: "/sign-in" });
            } catch (e) {
              setError(describeTRPCError(e).message);
            }
          }}
        >
          Yes, sign out everywhere
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
