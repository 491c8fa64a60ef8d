"use client";

import { useState } from "react";
import { Alert, NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

/** A button rather than confirming on open: mail scanners open links too. */
export function VerifyEmail({ userId, token }: { userId: string; token: string }) {
  const trpc = useTRPC();
  const [done, setDone] = useState(false);
  const verify = useAppMutation(trpc.auth.verifyEmail.mutationOptions(), { refresh: false });
  if (done) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">Thank you: your address is confirmed.</Alert>
        <TextLink href="/home">Open Kept</TextLink>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <NoticeAlert notice={verify.notice} />
      <Button
        pending={verify.pending}
        onClick={async () => {
          if ((await verify.run({ userId, token })).ok) setDone(true);
        }}
      >
        Confirm my address
      </Button>
    </div>
  );
}
