import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import {
  AnswerAmends,
  DeleteDraft,
  FollowUpAmends,
  MarkTalked,
} from "@/features/amends/components/amends-actions";
import { AmendsForm } from "@/features/amends/components/amends-form";
import { AmendsHistory, AmendsText } from "@/features/amends/components/amends-view";
import { FollowThroughForm } from "@/features/repair/follow-through-form";
import { formatLocalDay } from "@/lib/format";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Amends" };

export default async function AmendsDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(`/amends/${encodeURIComponent(id)}`);
  const amends = await (await getCaller()).amends.get({ id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    throw error;
  });
  if (!amends) notFound();
  const title = amends.draft ? (
    "Your draft"
  ) : amends.mine ? (
    "Your amends"
  ) : (
    <>
      From <bdi>{amends.authorName}</bdi>
    </>
  );
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={title} back={{ href: "/amends", label: "All amends" }}>
        <p className="text-stone-700" data-testid="amends-status">
          {amends.sharedOn ? `Shared ${formatLocalDay(amends.sharedOn)}. ` : null}
          {amends.status}
        </p>
      </PageHeader>
      {amends.archived ? (
        <Alert tone="note">
          You're no longer linked; this is a read-only archive of what passed between you and{" "}
          <bdi>{amends.partnerName}</bdi>.
        </Alert>
      ) : null}

      {amends.canEdit ? (
        <Card title="Your draft" headingId="draft">
          <div className="flex flex-col gap-6">
            <AmendsForm partnerName={amends.partnerName} draft={amends} />
            <DeleteDraft id={amends.id} />
          </div>
        </Card>
      ) : (
        <Card>
          <AmendsText amends={amends} />
        </Card>
      )}

      {amends.canAnswer ? (
        <Card title={amends.answer ? "Your answer" : "Answer when you're ready"} headingId="answer">
          <div className="flex flex-col gap-3">
            {amends.answerLabel ? (
              <p className="text-stone-700">
                You answered: <strong>{amends.answerLabel}</strong>
              </p>
            ) : (
              <p className="text-stone-700">
                There's no hurry. “I'm not ready yet” is an answer too, and you can change it later.
              </p>
            )}
            <AnswerAmends id={amends.id} current={amends.answer} />
          </div>
        </Card>
      ) : null}

      {amends.waitsForTalk && !amends.archived ? (
        <Card title="For your weekly talk" headingId="for-talk">
          <div className="flex flex-col gap-3">
            <p className="text-stone-700">
              This is on the list of your next weekly talk. Once you've talked about it, either of you can say
              so.
            </p>
            <MarkTalked id={amends.id} />
          </div>
        </Card>
      ) : null}

      <AmendsHistory amends={amends} />

      {amends.canFollowUp ? (
        <Card title="Follow up" headingId="follow-up">
          <FollowUpAmends id={amends.id} />
        </Card>
      ) : null}

      {amends.canFollowThrough ? (
        <Card title="Make it something you keep" headingId="follow-through">
          <div className="flex flex-col gap-3">
            <p className="text-sm text-stone-700">
              Optional: turn what you'll do differently into a commitment you check in on, or a boundary you
              propose.
            </p>
            <FollowThroughForm
              from="amends"
              id={amends.id}
              suggestedTitle={amends.different.split("\n")[0] ?? ""}
            />
          </div>
        </Card>
      ) : null}
    </div>
  );
}
