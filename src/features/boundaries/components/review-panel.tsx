"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { NOTE_MAX } from "@/domain/boundary/schemas";
import { formatDay } from "@/domain/commitment/format-day";
import { addDays } from "@/domain/commitment/schedule";
import { useTRPC } from "@/trpc/react";
import { useAppMutation, useSharedNotice } from "@/trpc/use-app-mutation";
import { BoundaryTextForm } from "./boundary-text-form";
import { browserToday } from "./review-on-field";

type Review = { reviewOn: string; due: boolean; mine: string | null; partner: string | null } | null;
type Version = {
  title: string;
  description: string;
  category: string;
  owner: "me" | "partner" | "both";
};

const OWNER_FORM = { me: "mine", partner: "yours", both: "ours" } as const;

/** A review date on an agreed boundary: set or cleared by either; once due, keep, loosen or retire. */
export function ReviewPanel({
  id,
  rev,
  review,
  active,
  waiting,
  partnerName,
}: {
  id: string;
  rev: number;
  review: Review;
  active: Version;
  /** A change is waiting for an answer (the review goes on through it). */
  waiting: boolean;
  partnerName: string;
}) {
  const trpc = useTRPC();
  const notice = useSharedNotice();
  const [reviewOn, setReviewOn] = useState(review?.reviewOn ?? "");
  const [mode, setMode] = useState<"idle" | "loosen" | "retire">("idle");
  const [note, setNote] = useState("");
  const setReview = useAppMutation(trpc.boundary.setReview.mutationOptions(), { notice });
  const answer = useAppMutation(trpc.boundary.review.mutationOptions(), { notice });

  if (review?.due && !waiting) {
    return (
      <div className="flex flex-col gap-4" data-testid="boundary-review">
        <p className="text-stone-700">
          You agreed to come back to this boundary on {formatDay(review.reviewOn, { weekday: "long" })}. Keep
          it as it is, loosen it, or retire it?
          {review.partner === "keep" ? (
            <>
              {" "}
              <bdi>{partnerName}</bdi> would keep it.
            </>
          ) : null}
          {review.mine === "keep" ? " You said keep; it ends when you both have." : null}
        </p>
        <NoticeAlert notice={notice[0]} />
        {mode === "idle" ? (
          <div className="flex flex-wrap gap-2">
            <Button
              pending={answer.pending}
              onClick={() =>
                void answer.run({ id, rev, answer: "keep" }, (r) =>
                  r.reviewEnded ? "You both keep it." : "Saved: keep.",
                )
              }
            >
              Keep it as it is
            </Button>
            <Button variant="secondary" onClick={() => setMode("loosen")}>
              Loosen it
            </Button>
            <Button variant="secondary" onClick={() => setMode("retire")}>
              Retire it
            </Button>
          </div>
        ) : null}
        {mode === "loosen" ? (
          <BoundaryTextForm
            initial={{
              title: active.title,
              description: active.description,
              category: active.category as never,
              owner: OWNER_FORM[active.owner],
            }}
            submitLabel={`Propose it to ${partnerName}`}
            pendingLabel="Proposing…"
            noteLabel="What you'd loosen, and why (optional)"
            focusOnMount
            busy={answer.pending}
            onCancel={() => setMode("idle")}
            onSubmit={(text) => answer.run({ id, rev, answer: "loosen", text })}
          />
        ) : null}
        {mode === "retire" ? (
          <form
            className="flex flex-col gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              void answer.run({ id, rev, answer: "retire", ...(note ? { note } : {}) });
            }}
          >
            <TextAreaField
              label="A note for your partner (optional)"
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={NOTE_MAX}
              rows={2}
              dir="auto"
            />
            <div className="flex flex-wrap gap-2">
              <Button type="submit" pending={answer.pending}>
                Propose retiring it
              </Button>
              <Button variant="secondary" onClick={() => setMode("idle")}>
                Cancel
              </Button>
            </div>
          </form>
        ) : null}
      </div>
    );
  }
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        void setReview.run(
          { id, rev, reviewOn: reviewOn || null },
          reviewOn ? "Review date saved." : "Review date removed.",
        );
      }}
    >
      <p className="text-sm text-stone-700">
        {review
          ? `Up for review on ${formatDay(review.reviewOn, { weekday: "long", year: "numeric" })}: you'll both be asked to keep, loosen or retire it.`
          : "No review date. A date lets you agree it “for now” and come back to it together."}
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          label="Review it on"
          type="date"
          min={addDays(browserToday(), 1)}
          value={reviewOn}
          onChange={(e) => setReviewOn(e.target.value)}
        />
        <Button type="submit" variant="secondary" pending={setReview.pending}>
          {reviewOn ? "Save the review date" : "No review date"}
        </Button>
      </div>
      <NoticeAlert notice={notice[0]} />
    </form>
  );
}
