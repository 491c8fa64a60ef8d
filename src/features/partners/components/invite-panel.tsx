"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, useSyncExternalStore } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { InviteByEmail } from "@/features/partners/components/invite-by-email";
import { formatDateTime } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import { useAppMutation, useSharedNotice } from "@/trpc/use-app-mutation";

type Created = { url: string; code: string; expiresAt: Date };

function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      variant="secondary"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          setCopied(false);
        }
      }}
    >
      <span aria-live="polite">{copied ? "Copied" : label}</span>
    </Button>
  );
}

const noSubscription = () => () => {};

/** Whether this browser has a share sheet (phones mostly); false on the server and before hydration. */
function useCanShare() {
  return useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === "function",
    () => false,
  );
}

function ShareButton({ created }: { created: Created }) {
  return (
    <Button
      onClick={async () => {
        try {
          await navigator.share({
            title: "Join me on Kept",
            text: `Join me on Kept. If the link doesn't open, the code is ${created.code}.`,
            url: created.url,
          });
        } catch {
          // Closing the share sheet rejects too: nothing to say.
        }
      }}
    >
      Share the invitation…
    </Button>
  );
}

export function InvitePanel({ timeZone, mail = false }: { timeZone: string; mail?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const current = useQuery(trpc.invite.current.queryOptions());
  const [created, setCreated] = useState<Created | null>(null);
  // A new invitation ends the one just made: with its link on screen, that takes a second step.
  const [replacing, setReplacing] = useState(false);
  const canShare = useCanShare();
  const notice = useSharedNotice();
  // The invitation's state is a query of this component, not the page's: refetched, not refreshed.
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.invite.current.queryKey() });
  const create = useAppMutation(trpc.invite.create.mutationOptions(), { notice, refresh: false });
  const revoke = useAppMutation(trpc.invite.revoke.mutationOptions(), { notice, refresh: false });

  const onCreate = async () => {
    const result = await create.run();
    if (!result.ok) return;
    setCreated(result.data);
    setReplacing(false);
    await refresh();
  };
  const onRevoke = async () => {
    if (!(await revoke.run()).ok) return;
    setCreated(null);
    await refresh();
  };

  const open = current.data?.status === "open";
  return (
    <div className="flex flex-col gap-4">
      <NoticeAlert notice={notice[0]} />
      {created ? (
        <div className="flex flex-col gap-4 rounded-xl border border-sage-200 bg-sage-50 p-4">
          <p className="text-sm text-stone-700">
            Send your partner this link, or read them the code. For your privacy Kept keeps only a fingerprint
            of it, so it can't be shown again: copy it now.
          </p>
          <div className="flex flex-col gap-2">
            <label htmlFor="invite-link" className="text-sm font-medium">
              Invitation link
            </label>
            <div className="flex flex-col gap-2 sm:flex-row">
              <input
                id="invite-link"
                readOnly
                value={created.url}
                className="min-h-11 flex-1 rounded-lg border border-stone-300 bg-white px-3 text-sm"
                onFocus={(e) => e.currentTarget.select()}
              />
              <CopyButton text={created.url} label="Copy link" />
            </div>
          </div>
          <div className="flex flex-col gap-1">
            <span className="text-sm font-medium">Code</span>
            <div className="flex items-center gap-3">
              <output data-testid="invite-code" className="font-mono text-2xl tracking-widest text-stone-900">
                {created.code}
              </output>
              <CopyButton text={created.code} label="Copy code" />
            </div>
          </div>
          <p className="text-sm text-stone-600">Valid until {formatDateTime(created.expiresAt, timeZone)}.</p>
        </div>
      ) : open && current.data ? (
        <p className="text-sm text-stone-700">
          Your invitation is open until {formatDateTime(current.data.expiresAt, timeZone)}. Lost the link?
          Create a new one: the old one stops working.
        </p>
      ) : current.data?.status === "declined" ? (
        <p className="text-sm text-stone-700">Your last invitation was declined. You can create a new one.</p>
      ) : current.data?.status === "expired" ? (
        <p className="text-sm text-stone-700">Your last invitation expired. You can create a new one.</p>
      ) : (
        <p className="text-sm text-stone-700">
          Invite your partner with a link or a short code. It stays valid for 7 days.
        </p>
      )}
      {created && replacing ? (
        <div className="flex flex-col gap-3 rounded-xl border border-amber-200 bg-amber-50 p-4">
          <p className="text-sm text-stone-800">
            A new invitation stops the link and code above from working. Make a new one?
          </p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={onCreate} pending={create.pending}>
              Make a new invitation
            </Button>
            <Button variant="secondary" onClick={() => setReplacing(false)}>
              Keep this one
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {created ? (
            <>
              {canShare ? <ShareButton created={created} /> : null}
              <Button variant="secondary" onClick={() => setReplacing(true)}>
                Replace with a new invitation…
              </Button>
            </>
          ) : (
            <Button onClick={onCreate} pending={create.pending}>
              {open ? "Create a new invitation" : "Invite my partner"}
            </Button>
          )}
          {open || created ? (
            <Button variant="secondary" onClick={onRevoke} pending={revoke.pending}>
              Withdraw invitation
            </Button>
          ) : null}
        </div>
      )}
      {mail ? (
        <InviteByEmail
          notice={notice}
          onSent={async (sent) => {
            setCreated(sent);
            await refresh();
          }}
        />
      ) : null}
      <p className="text-sm text-stone-600">
        Did your partner invite you? <TextLink href="/invite">Enter their code</TextLink>.
      </p>
    </div>
  );
}
