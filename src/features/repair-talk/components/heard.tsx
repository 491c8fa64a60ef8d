"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { REPAIR_ANSWER_MAX } from "@/domain/repair-talk/schemas";
import { UserText } from "@/features/repair/user-text";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

type Attempt = {
  id: string;
  attempt: number;
  text: string;
  verdict: string | null;
  verdictNote: string | null;
};

const verdictText = (v: string | null) =>
  v === "yes" ? "“Yes, that's it.”" : v === "not-quite" ? "“Not quite.”" : "No answer yet.";

/** The partner's "what I heard you say" about the caller: the caller answers whether it caught them. */
export function HeardOfMe({ attempts, partnerName }: { attempts: Attempt[]; partnerName: string }) {
  const trpc = useTRPC();
  const latest = attempts[attempts.length - 1];
  const [note, setNote] = useState("");
  const confirm = useAppMutation(trpc.repairTalk.confirm.mutationOptions());
  if (!latest) return null;
  return (
    <div className="flex flex-col gap-2" data-testid="heard-of-me">
      <p className="text-sm font-medium text-stone-700">
        What <bdi>{partnerName}</bdi> heard you say
        {latest.attempt > 1 ? `, said again (try ${latest.attempt})` : ""}
      </p>
      <UserText text={latest.text} />
      {latest.verdict ? (
        <p className="text-sm text-stone-700">You answered {verdictText(latest.verdict)}</p>
      ) : (
        <div className="flex flex-col gap-3">
          <TextField
            label="A word more (optional)"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={500}
            dir="auto"
          />
          <NoticeAlert notice={confirm.notice} />
          <div className="flex flex-wrap gap-3">
            <Button
              pending={confirm.pending}
              onClick={() => confirm.run({ answerId: latest.id, verdict: "yes", note: note || undefined })}
            >
              Yes, that's it
            </Button>
            <Button
              variant="secondary"
              pending={confirm.pending}
              onClick={() =>
                confirm.run({ answerId: latest.id, verdict: "not-quite", note: note || undefined })
              }
            >
              Not quite
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}

/** The caller's own "what I heard you say", with the partner's verdict, and a new try after "not quite". */
export function MyHeard({
  talkId,
  attempts,
  partnerName,
  open,
}: {
  talkId: string;
  attempts: Attempt[];
  partnerName: string;
  open: boolean;
}) {
  const trpc = useTRPC();
  const latest = attempts[attempts.length - 1];
  const [text, setText] = useState("");
  const again = useAppMutation(trpc.repairTalk.hearAgain.mutationOptions());
  if (!latest) return null;
  return (
    <div className="flex flex-col gap-2" data-testid="my-heard">
      <p className="text-sm font-medium text-stone-700">What you heard</p>
      <UserText text={latest.text} />
      <p className="text-sm text-stone-700" data-testid="heard-verdict">
        <bdi>{partnerName}</bdi>: {verdictText(latest.verdict)}
        {latest.verdictNote ? (
          <>
            {" "}
            “<bdi>{latest.verdictNote}</bdi>”
          </>
        ) : null}
      </p>
      {open && latest.verdict === "not-quite" ? (
        <form
          className="flex flex-col gap-3"
          onSubmit={async (e) => {
            e.preventDefault();
            const r = await again.run({ id: talkId, text });
            if (r.ok) setText("");
          }}
        >
          <TextAreaField
            label="Say it again, in your own words"
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={REPAIR_ANSWER_MAX}
            dir="auto"
            rows={3}
          />
          <NoticeAlert notice={again.notice} />
          <Button type="submit" variant="secondary" className="self-start" pending={again.pending}>
            Say it again
          </Button>
        </form>
      ) : null}
    </div>
  );
}
