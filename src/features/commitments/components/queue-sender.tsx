"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { TextButton } from "@/components/ui/text-link";
import { formatDay } from "@/domain/commitment/format-day";
import { describeTRPCError, isNetworkError } from "@/trpc/errors";
import { useTRPCClient } from "@/trpc/react";
import { checkInInput, dequeue, markRefused, type QueuedCheckIn, useQueue } from "../offline-queue";

const RETRY_MS = 20_000;

type CheckInClient = {
  commitment: {
    checkIn: { mutate: (input: Omit<QueuedCheckIn, "userId" | "title" | "problem">) => Promise<unknown> };
  };
};

/**
 * Sends `queued` in order, each with its idempotency key: a saved one leaves the queue, a refused
 * one stays with the server's reason, and a network failure stops the round (the rest wait).
 * True when at least one was saved.
 */
async function sendQueued(client: CheckInClient, queued: readonly QueuedCheckIn[]): Promise<boolean> {
  let sent = false;
  for (const q of queued) {
    try {
      await client.commitment.checkIn.mutate(checkInInput(q));
      dequeue(q.requestKey);
      sent = true;
    } catch (error) {
      if (isNetworkError(error)) break;
      markRefused(q.requestKey, describeTRPCError(error).message);
    }
  }
  return sent;
}

/**
 * Sends the check-ins queued on this device (made offline) as soon as it is online: on opening the
 * page, on the browser's "online" event and every 20 s while any wait. Shows what waits, and what
 * the server refused, with the reason.
 */
export function QueueSender({ userId }: { userId: string }) {
  const client = useTRPCClient();
  const router = useRouter();
  const queue = useQueue(userId);
  const sending = useRef(false);
  const waiting = queue.filter((q) => !q.problem);
  const refused = queue.filter((q) => q.problem);

  const hasWaiting = waiting.length > 0;
  const latest = useRef(waiting);
  latest.current = waiting;
  useEffect(() => {
    if (!hasWaiting) return;
    const send = async () => {
      if (sending.current || !navigator.onLine) return;
      sending.current = true;
      try {
        if (await sendQueued(client, latest.current)) router.refresh();
      } finally {
        sending.current = false;
      }
    };
    void send();
    window.addEventListener("online", send);
    const timer = setInterval(send, RETRY_MS);
    return () => {
      window.removeEventListener("online", send);
      clearInterval(timer);
    };
  }, [hasWaiting, client, router]);

  if (queue.length === 0) return null;
  return (
    <div className="flex flex-col gap-2" data-testid="queue">
      {hasWaiting ? (
        <Alert tone="note">
          {waiting.length === 1 ? "1 check-in is" : `${waiting.length} check-ins are`} saved on this device
          and will be sent when you're online.
        </Alert>
      ) : null}
      {refused.map((q) => (
        <Alert key={q.requestKey}>
          Your check-in on “<bdi>{q.title}</bdi>” for {formatDay(q.day)} couldn't be saved: {q.problem}{" "}
          <TextButton onClick={() => dequeue(q.requestKey)}>Dismiss</TextButton>
        </Alert>
      ))}
    </div>
  );
}
