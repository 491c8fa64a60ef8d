"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";
import { BoundaryTextForm } from "./boundary-text-form";
import { ReviewOnField } from "./review-on-field";

export function ProposeBoundary({ partnerName }: { partnerName: string }) {
  const trpc = useTRPC();
  const propose = useAppMutation(trpc.boundary.propose.mutationOptions(), { refresh: false });
  const [reviewOn, setReviewOn] = useState("");

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-stone-700">
        <bdi>{partnerName}</bdi> will be asked to agree, suggest an edit or decline. Nothing is active until
        you both agree.
      </p>
      <NoticeAlert notice={propose.notice} />
      <BoundaryTextForm
        submitLabel="Propose this boundary"
        draftKey="boundary:new"
        pendingLabel="Proposing…"
        busy={propose.pending}
        extra={(category) => <ReviewOnField category={category} value={reviewOn} onChange={setReviewOn} />}
        onSubmit={async (values) => {
          const result = await propose.run({ ...values, ...(reviewOn ? { reviewOn } : {}) });
          if (result.ok) propose.navigate(`/boundaries/${result.data.id}`);
          return result;
        }}
      />
    </div>
  );
}
