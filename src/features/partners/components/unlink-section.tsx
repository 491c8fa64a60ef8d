"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeTRPCError, useTRPC } from "@/trpc/react";

export function UnlinkSection({ partnerName }: { partnerName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unlink = useMutation(trpc.couple.unlink.mutationOptions());

  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Unlink…
      </Button>
    );
  }
  return (
    <section className="flex flex-col gap-3" aria-labelledby="unlink-title">
      <h3 id="unlink-title" className="font-medium text-stone-900">
        Unlink from {partnerName}?
      </h3>
      <ul className="list-disc pl-5 text-sm text-stone-700">
        <li>It happens at once, and you don't need {partnerName}'s agreement.</li>
        <li>{partnerName} will see a short, neutral notice that the link has ended.</li>
        <li>From then on, neither of you can see anything new from the other.</li>
        <li>
          You each keep everything you wrote yourselves. What you agreed together stays as a read-only archive
          for both of you.
        </li>
        <li>You can both link again later, with anyone, through a new invitation.</li>
      </ul>
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="danger"
          pending={unlink.isPending}
          onClick={async () => {
            setError(null);
            try {
              await unlink.mutateAsync();
              router.refresh();
            } catch (e) {
              setError(describeTRPCError(e).message);
            }
          }}
        >
          Yes, unlink
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          Keep the link
        </Button>
      </div>
    </section>
  );
}
