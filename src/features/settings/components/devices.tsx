"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDay } from "@/domain/commitment/format-day";
import { sendQueuedBeforeSignOut } from "@/features/commitments/offline-queue";
import { signOutHere } from "@/lib/sign-out";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

export type Device = { id: string; device: string; signedInOn: string; lastSeenOn: string; current: boolean };

/** Sends this device's queued check-ins first; asks before signing out drops any still unsent. */
async function mayDropUnsent() {
  const unsent = await sendQueuedBeforeSignOut();
  if (unsent.length === 0) return true;
  const titles = unsent.map((q) => `${q.title} (${formatDay(q.day)})`).join(", ");
  return window.confirm(
    `${unsent.length === 1 ? "1 check-in hasn't" : `${unsent.length} check-ins haven't`} reached Kept yet: ${titles}. Signing out removes ${unsent.length === 1 ? "it" : "them"} from this device.`,
  );
}

/** "Where you're signed in": each device with its days, and a sign-out for each. */
export function Devices({ devices }: { devices: Device[] }) {
  const trpc = useTRPC();
  const [ending, setEnding] = useState<string | null>(null);
  // A device already signed out elsewhere (NOT_FOUND) refreshes the list with the reason.
  const end = useAppMutation(trpc.session.end.mutationOptions());

  return (
    <div className="flex flex-col gap-3">
      <NoticeAlert notice={end.notice} />
      <ul aria-label="Where you're signed in" className="flex flex-col divide-y divide-stone-200">
        {devices.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <div className="min-w-0">
              <p className="font-medium text-stone-900 [overflow-wrap:anywhere]">
                <bdi>{d.device}</bdi>
                {d.current ? (
                  <span className="ms-2 text-sm font-normal text-sage-700">This device</span>
                ) : null}
              </p>
              <p className="text-sm text-stone-600">
                Signed in {formatDay(d.signedInOn)} · last used {formatDay(d.lastSeenOn)}
              </p>
            </div>
            <Button
              variant="secondary"
              pending={end.pending && ending === d.id}
              aria-label={d.current ? "Sign out on this device" : `Sign out on ${d.device}`}
              onClick={async () => {
                setEnding(d.id);
                if (d.current && !(await mayDropUnsent())) return;
                const result = await end.run({ id: d.id });
                if (result.ok && result.data.current) await signOutHere("/sign-in");
              }}
            >
              Sign out
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
