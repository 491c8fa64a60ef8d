"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import type { TInviteRef } from "@/domain/invite/schemas";
import { describeTRPCError } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { useAppMutation, useSharedNotice } from "@/trpc/use-app-mutation";
import { WhatIsShared } from "./what-is-shared";

/** Shows who invited the person and what will be shared, then accept or decline. */
export function InviteAnswer({ inviteRef }: { inviteRef: TInviteRef }) {
  const trpc = useTRPC();
  const router = useRouter();
  const preview = useQuery({ ...trpc.invite.preview.queryOptions(inviteRef), retry: false });
  const notice = useSharedNotice();
  const accept = useAppMutation(trpc.invite.accept.mutationOptions(), { notice, refresh: false });
  const decline = useAppMutation(trpc.invite.decline.mutationOptions(), { notice, refresh: false });
  const [declined, setDeclined] = useState(false);

  if (preview.isPending) return <p role="status">Looking up the invitation…</p>;
  if (preview.isError) return <Alert>{describeTRPCError(preview.error).message}</Alert>;
  const data = preview.data;
  if (declined) {
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="success">
          You declined the invitation. <bdi>{data.inviterName}</bdi> can send a new one if needed.
        </Alert>
        <TextLink href="/home">Go to your home</TextLink>
      </div>
    );
  }
  if (data.message) return <Alert>{data.message}</Alert>;
  if (data.alreadyLinked) {
    return (
      <Alert>
        You're already linked with a partner. To link with <bdi>{data.inviterName}</bdi>, unlink first in
        Settings, under Partner.
      </Alert>
    );
  }

  const onAccept = async () => {
    if (!(await accept.run(inviteRef)).ok) return;
    router.push("/home");
    router.refresh();
  };
  const onDecline = async () => {
    if ((await decline.run(inviteRef)).ok) setDeclined(true);
  };

  return (
    <div className="flex flex-col gap-5">
      <h2 className="text-xl font-semibold text-stone-900">
        <bdi>{data.inviterName}</bdi> invited you to link on Kept
      </h2>
      <WhatIsShared partnerName={data.inviterName} />
      <NoticeAlert notice={notice[0]} />
      <div className="flex flex-wrap gap-2">
        <Button onClick={onAccept} pending={accept.pending} disabled={decline.pending}>
          Accept and link with <bdi>{data.inviterName}</bdi>
        </Button>
        <Button variant="secondary" onClick={onDecline} pending={decline.pending} disabled={accept.pending}>
          Decline
        </Button>
      </div>
    </div>
  );
}
