"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TInviteRef } from "@/domain/invite/schemas";
import { describeTRPCError, useTRPC } from "@/trpc/react";
import { WhatIsShared } from "./what-is-shared";

/** Shows who invited the person and what will be shared, then accept or decline. */
export function InviteAnswer({ inviteRef }: { inviteRef: TInviteRef }) {
  const trpc = useTRPC();
  const router = useRouter();
  const preview = useQuery({ ...trpc.invite.preview.queryOptions(inviteRef), retry: false });
  const accept = useMutation(trpc.invite.accept.mutationOptions());
  const decline = useMutation(trpc.invite.decline.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const [declined, setDeclined] = useState(false);

  if (preview.isPending) return <p role="status">Looking up the invitation…</p>;
  if (preview.isError) return <Alert>{describeTRPCError(preview.error).message}</Alert>;
  const data = preview.data;
  if (declined) {
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="success">
          You declined the invitation. {data.inviterName} can send a new one if needed.
        </Alert>
        <Link href="/home" className="text-sage-700 underline">
          Go to your home
        </Link>
      </div>
    );
  }
  if (data.message) return <Alert>{data.message}</Alert>;
  if (data.alreadyLinked) {
    return (
      <Alert>
        You're already linked with a partner. To link with {data.inviterName}, unlink first from your home
        page.
      </Alert>
    );
  }

  const onAccept = async () => {
    setError(null);
    try {
      await accept.mutateAsync(inviteRef);
      router.push("/home");
      router.refresh();
    } catch (e) {
      setError(describeTRPCError(e).message);
    }
  };
  const onDecline = async () => {
    setError(null);
    try {
      await decline.mutateAsync(inviteRef);
      setDeclined(true);
    } catch (e) {
      setError(describeTRPCError(e).message);
    }
  };

  return (
    <div className="flex flex-col gap-5">
      <h2 className="text-xl font-semibold text-stone-900">{data.inviterName} invited you to link on Kept</h2>
      <WhatIsShared partnerName={data.inviterName} />
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button onClick={onAccept} pending={accept.isPending} disabled={decline.isPending}>
          Accept and link with {data.inviterName}
        </Button>
        <Button
          variant="secondary"
          onClick={onDecline}
          pending={decline.isPending}
          disabled={accept.isPending}
        >
          Decline
        </Button>
      </div>
    </div>
  );
}
