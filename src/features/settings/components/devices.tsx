"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDay } from "@/lib/format";
import { signOutHere } from "@/lib/sign-out";
import { describeTRPCError, useTRPC } from "@/trpc/react";

export type Device = { id: string; device: string; signedInOn: string; lastSeenOn: string; current: boolean };

/** "Where you're signed in": each device with its days, and a sign-out for each. */
export function Devices({ devices }: { devices: Device[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const end = useMutation(trpc.session.end.mutationOptions());

  return (
    <div className="flex flex-col gap-3">
      {error ? <Alert>{error}</Alert> : null}
      <ul aria-label="Where you're signed in" className="flex flex-col divide-y divide-stone-200">
        {devices.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <div className="min-w-0">
              <p className="font-medium text-stone-900 [overflow-wrap:anywhere]">
                <bdi>{d.device}</bdi>
                {d.current ? <span className="ml-2 text-sm font-normal text-sage-700">This device</span> : null}
              </p>
              <p className="text-sm text-stone-600">
                Signed in {formatDay(d.signedInOn)} · last used {formatDay(d.lastSeenOn)}
              </p>
            </div>
            <Button
              variant="secondary"
              pending={end.isPending && end.variables?.id === d.id}
              aria-label={d.current ? "Sign out on this device" : `Sign out on ${d.device}`}
              onClick={async () => {
                setError(null);
                try {
                  const { current } = await end.mutateAsync({ id: d.id });
                  if (current) await signOutHere("/sign-in");
                  else router.refresh();
                } catch (e) {
                  setError(describeTRPCError(e).message);
                  router.refresh();
                }
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
