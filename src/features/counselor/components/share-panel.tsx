"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { formatDay } from "@/domain/commitment/format-day";
import { SHARE_DEFAULT_DAYS, SHARE_MAX_DAYS } from "@/domain/counselor/summary";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

export type TShare = {
  id: string;
  status: "proposed" | "active" | "expired" | "revoked";
  from: string;
  to: string;
  days: number;
  proposedBy: string;
  proposedByMe: boolean;
  proposedOn: string;
  expiresOn: string | null;
  views: { at: Date; agent: string }[];
};

const day = (d: string) => formatDay(d, { weekday: undefined });
const when = (at: Date) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" }).format(at);

function ShareItem({ share, partnerName }: { share: TShare; partnerName: string }) {
  const trpc = useTRPC();
  const approve = useAppMutation(trpc.counselor.approve.mutationOptions());
  const revoke = useAppMutation(trpc.counselor.revoke.mutationOptions(), {
    notice: [approve.notice, approve.setNotice],
  });
  const [notes, setNotes] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const open = share.status === "proposed" || share.status === "active";
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-stone-200 p-3 text-sm" data-testid="share">
      <p className="text-stone-900">
        {day(share.from)} – {day(share.to)} · proposed by <bdi>{share.proposedBy}</bdi> on{" "}
        {day(share.proposedOn)} ·{" "}
        <span className="font-medium" data-testid="share-status">
          {share.status === "proposed"
            ? share.proposedByMe
              ? `waiting for ${partnerName} to confirm`
              : "waiting for your confirmation"
            : share.status === "active"
              ? `open until ${share.expiresOn ? day(share.expiresOn) : "—"}`
              : share.status}
        </span>
      </p>
      <NoticeAlert notice={approve.notice} />
      {url ? (
        <TextField
          label="The link for your counselor (shown once: copy it now)"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : null}
      {share.status === "proposed" && !share.proposedByMe ? (
        <div className="flex flex-col gap-2">
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              checked={notes}
              onChange={(e) => setNotes(e.target.checked)}
              className="size-5"
            />
            Include my shared notes and the words of my shared amends
          </label>
          <Button
            className="self-start"
            pending={approve.pending}
            onClick={async () => {
              const r = await approve.run({ id: share.id, includeMyNotes: notes }, "The link is open.");
              if (r.ok) setUrl(r.data.url);
            }}
          >
            Confirm and make the link
          </Button>
        </div>
      ) : null}
      {open ? (
        <Button
          variant="danger"
          className="self-start"
          pending={revoke.pending}
          onClick={() => revoke.run({ id: share.id })}
        >
          {share.status === "proposed" ? "Withdraw" : "Revoke now"}
        </Button>
      ) : null}
      {share.views.length > 0 ? (
        <details>
          <summary className="cursor-pointer">
            {share.views.length === 1 ? "Opened once" : `Opened ${share.views.length} times`}
          </summary>
          <ul className="mt-1 ps-4" aria-label="Views">
            {share.views.map((v) => (
              <li key={`${String(v.at)}-${v.agent}`}>
                {when(v.at)} · {v.agent}
              </li>
            ))}
          </ul>
        </details>
      ) : share.status === "active" ? (
        <p className="text-stone-600">Not opened yet.</p>
      ) : null}
    </li>
  );
}

/** Propose a link to the summary of this period; the partner's links and views. */
export function SharePanel({
  shares,
  period,
  partnerName,
}: {
  shares: TShare[];
  period: { from: string; to: string };
  partnerName: string;
}) {
  const trpc = useTRPC();
  const propose = useAppMutation(trpc.counselor.propose.mutationOptions());
  const [days, setDays] = useState(SHARE_DEFAULT_DAYS);
  const [notes, setNotes] = useState(false);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-stone-700">
        A read-only link for your counselor, to this summary ({day(period.from)} – {day(period.to)}). It
        exists only once <bdi>{partnerName}</bdi> confirms it, needs no account, and either of you can revoke
        it at once. Both of you see every time it is opened.
      </p>
      <NoticeAlert notice={propose.notice} />
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          label={`Lasts how many days (1–${SHARE_MAX_DAYS})`}
          type="number"
          min={1}
          max={SHARE_MAX_DAYS}
          value={days}
          onChange={(e) => setDays(Number(e.target.value))}
        />
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={notes}
            onChange={(e) => setNotes(e.target.checked)}
            className="size-5"
          />
          Include my shared notes and the words of my shared amends
        </label>
        <Button
          pending={propose.pending}
          onClick={() =>
            propose.run(
              { from: period.from, to: period.to, days, includeMyNotes: notes },
              `Proposed. ${partnerName} can confirm it now.`,
            )
          }
        >
          Propose a link
        </Button>
      </div>
      {shares.length > 0 ? (
        <ul className="flex flex-col gap-2" aria-label="Counselor links">
          {shares.map((s) => (
            <ShareItem key={s.id} share={s} partnerName={partnerName} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
