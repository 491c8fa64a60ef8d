import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { formatDay } from "@/domain/commitment/format-day";
import { RepairTalkView } from "@/features/repair-talk/components/repair-talk-view";
import { TimeOutNotice } from "@/features/time-out/components/time-out-notice";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Talk about what happened" };

const LINK_WORDS = { "check-in": "a check-in of", boundary: "the boundary", amends: "the amends" } as const;

export default async function RepairTalkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/repair/${encodeURIComponent(id)}`);
  const caller = await getCaller();
  const [talk, timeOut] = await Promise.all([
    caller.repairTalk.get({ id }).catch((error: unknown) => {
      if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
        return null;
      throw error;
    }),
    caller.timeOut.get().catch(() => null),
  ]);
  if (!talk) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={<bdi className="[overflow-wrap:anywhere]">{talk.about}</bdi>}
        back={{ href: "/repair", label: "Talk about what happened" }}
      >
        <p className="text-stone-700">
          Started by {talk.startedByMe ? "you" : <bdi>{talk.partnerName}</bdi>} on{" "}
          {formatDay(talk.startedOn, { weekday: "long" })}. Each step stays private until you've both shared
          it. Nothing is scored.
        </p>
        {talk.link ? (
          <p className="text-stone-700 [overflow-wrap:anywhere]">
            About {LINK_WORDS[talk.link.type]}{" "}
            <TextLink href={talk.link.href}>
              <bdi>{talk.link.label}</bdi>
            </TextLink>
            .
          </p>
        ) : null}
      </PageHeader>
      <TimeOutNotice partner={timeOut?.partner ?? null} timeZone={user.timeZone} />
      <RepairTalkView talk={talk} />
    </div>
  );
}
