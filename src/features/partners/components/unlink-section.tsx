"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

export function UnlinkSection({ partnerName }: { partnerName: string }) {
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const unlink = useAppMutation(trpc.couple.unlink.mutationOptions());

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
        Unlink from <bdi>{partnerName}</bdi>?
      </h3>
      <ul className="list-disc ps-5 text-sm text-stone-700">
        <li>
          It happens at once, and you don't need <bdi>{partnerName}</bdi>'s agreement.
        </li>
        <li>
          <bdi>{partnerName}</bdi> will see a short, neutral notice that the link has ended.
        </li>
        <li>From then on, neither of you can see anything new from the other.</li>
        <li>
          You each keep everything you wrote yourselves. What you agreed together stays as a read-only archive
          for both of you.
        </li>
        <li>You can both link again later, with anyone, through a new invitation.</li>
      </ul>
      <NoticeAlert notice={unlink.notice} />
      <div className="flex flex-wrap gap-2">
        <Button variant="danger" pending={unlink.pending} onClick={() => unlink.run()}>
          Yes, unlink
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          Keep the link
        </Button>
      </div>
    </section>
  );
}
