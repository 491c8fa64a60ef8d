"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

export function SignOutEverywhere() {
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const signOutAll = useAppMutation(trpc.user.signOutEverywhere.mutationOptions(), { refresh: false });

  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Sign out everywhere…
      </Button>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <NoticeAlert notice={signOutAll.notice} />
      <p className="text-sm text-stone-700">
        This signs you out on every device and browser, including this one. Your data stays as it is.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="danger"
          pending={signOutAll.pending}
          onClick={async () => {
            if ((await signOutAll.run()).ok) await signOut({ callbackUrl: "/sign-in" });
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
