"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { TextButton } from "@/components/ui/text-link";
import { formatDate } from "@/lib/format";
import { useTRPC } from "@/trpc/react";

type Notice = { id: string; kind: string; createdAt: Date };

const TEXT: Record<string, string> = {
  "partner-unlinked":
    "Your partner ended your link. You keep everything you wrote, and what you agreed together stays as a read-only archive.",
  "sign-in-failures":
    "Someone has tried many wrong passwords for your account in the last hour. You can still sign in as usual. If it wasn't you, consider a new password in Settings.",
};

export function Notices({ notices, timeZone }: { notices: Notice[]; timeZone: string }) {
  const trpc = useTRPC();
  const [hidden, setHidden] = useState<string[]>([]);
  const dismiss = useMutation(trpc.notice.dismiss.mutationOptions());
  const visible = notices.filter((n) => !hidden.includes(n.id));
  if (visible.length === 0) return null;
  return (
    <ul className="flex flex-col gap-2" aria-label="Notices">
      {visible.map((notice) => (
        <li
          key={notice.id}
          className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4 text-sm sm:flex-row sm:items-start sm:justify-between"
        >
          <p>
            <span className="text-stone-500">{formatDate(notice.createdAt, timeZone)} · </span>
            {TEXT[notice.kind] ?? "Something changed in your account."}
          </p>
          <TextButton
            onClick={() => {
              setHidden((h) => [...h, notice.id]);
              dismiss.mutate({ id: notice.id });
            }}
          >
            Dismiss
          </TextButton>
        </li>
      ))}
    </ul>
  );
}
