"use client";

import Link from "next/link";
import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { TextButton } from "@/components/ui/text-link";
import { sentenceParts } from "@/domain/notification/kinds";
import { cn } from "@/lib/cn";
import { formatLocalDay } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import { useAppMutation, useSharedNotice } from "@/trpc/use-app-mutation";

export type NotificationItem = {
  id: string;
  ids: string[];
  count: number;
  kind: string;
  actorName: string | null;
  title: string | null;
  href: string;
  fromEndedCouple: boolean;
  createdOn: string;
  asking: boolean;
  settled: boolean;
  read: boolean;
};

/** The sentence of a notification, the actor's name isolated for right-to-left names. */
export function NotificationSentence({
  kind,
  actorName,
  settled,
  count,
}: {
  kind: string;
  actorName: string | null;
  settled?: boolean;
  count?: number;
}) {
  const parts = sentenceParts(kind, { settled, count });
  return (
    <>
      {parts.before}
      {parts.actor ? <bdi className="font-medium">{actorName ?? "Your partner"}</bdi> : null}
      {parts.after}
    </>
  );
}

/**
 * Newest first, unread ones marked; opening one marks it read (so does "Mark read", or all at
 * once). A request that no longer waits on the reader reads as settled.
 */
export function NotificationList({ items }: { items: NotificationItem[] }) {
  const trpc = useTRPC();
  const notice = useSharedNotice();
  const [marking, setMarking] = useState<string | null>(null);
  const markRead = useAppMutation(trpc.notification.markRead.mutationOptions(), { notice });
  const markAll = useAppMutation(trpc.notification.markAllRead.mutationOptions(), { notice });
  // Opening marks read on the way: the page it leads to hears of it (a live event) and the bell follows.
  const markOpened = useAppMutation(trpc.notification.markRead.mutationOptions(), { refresh: false });
  const entryOf = (item: NotificationItem) => ({ id: item.id, sameEntry: item.ids.slice(1) });
  const unread = items.filter((i) => !i.read).length;

  if (items.length === 0)
    return <EmptyState>Nothing yet. What your partner does in Kept will show here.</EmptyState>;
  return (
    <div className="flex flex-col gap-4">
      <NoticeAlert notice={markRead.notice} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-stone-600" data-testid="unread-count">
          {unread === 0 ? "All read." : `${unread} unread`}
        </p>
        {unread > 0 ? (
          <Button
            variant="secondary"
            pending={markAll.pending}
            onClick={() => markAll.run(undefined, "All marked read.")}
          >
            Mark all read
          </Button>
        ) : null}
      </div>
      <ul aria-label="Notifications" className="flex flex-col gap-2">
        {items.map((item) => (
          <li
            key={item.id}
            className={cn(
              "flex flex-col gap-2 rounded-xl border p-4 text-sm",
              item.read ? "border-stone-200 bg-white" : "border-sage-200 bg-sage-50",
            )}
          >
            <p className="text-stone-900 [overflow-wrap:anywhere]">
              {item.read ? null : <span className="sr-only">Unread: </span>}
              <NotificationSentence
                kind={item.kind}
                actorName={item.actorName}
                settled={item.settled}
                count={item.count}
              />
            </p>
            {item.title ? (
              <p className="text-stone-700 [overflow-wrap:anywhere]">
                <bdi>{item.title}</bdi>
              </p>
            ) : null}
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <span className="text-stone-600">{formatLocalDay(item.createdOn)}</span>
              {item.asking ? (
                <span className="rounded-full bg-sage-100 px-2 py-0.5 text-xs font-medium text-sage-800">
                  Waiting on you
                </span>
              ) : item.settled ? (
                <span className="text-xs text-stone-500">Nothing more to do</span>
              ) : null}
              <Link
                href={item.href}
                onClick={item.read ? undefined : () => void markOpened.run(entryOf(item))}
                aria-label={item.title ? `Open: ${item.title}` : undefined}
                className="inline-flex min-h-11 items-center text-sage-700 underline"
              >
                {item.fromEndedCouple ? "Open the archive" : "Open"}
              </Link>
              {item.read ? null : (
                <TextButton
                  className="min-h-11 self-center"
                  disabled={markRead.pending && marking === item.id}
                  onClick={() => {
                    setMarking(item.id);
                    void markRead.run(entryOf(item));
                  }}
                >
                  Mark read
                </TextButton>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
