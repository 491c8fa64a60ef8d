import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { LinkFirst } from "@/features/partners/components/link-first";
import { TimeOutNotice } from "@/features/time-out/components/time-out-notice";
import { getCaller, requireUser } from "@/trpc/server";
import { TalkView, talkDate } from "./talk-view";

/** The page of one week's talk (this week's without `week`): thin, shared by /talk and /talk/[week]. */
export async function TalkPage({ week }: { week: string | undefined }) {
  const user = await requireUser(week ? `/talk/${encodeURIComponent(week)}` : "/talk");
  const caller = await getCaller();
  const talk = await caller.talk.get(week ? { week } : {}).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    throw error;
  });
  if (!talk) {
    if (week) notFound();
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title="Weekly talk" />
        <LinkFirst>The weekly talk is for two. Once you're linked, you can choose your day here.</LinkFirst>
      </div>
    );
  }
  const [dashboard, timeOut] = await Promise.all([
    talk.week && talk.current ? caller.consistency.dashboard({ range: "4w" }) : null,
    caller.timeOut.get(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={talk.week ? `Weekly talk · ${talkDate(talk.week)}` : "Weekly talk"}
        back={week ? { href: "/talk/past", label: "Past talks" } : undefined}
      >
        <p className="text-stone-700">
          An appreciation, what went well, what was hard and one request: a few words each, then listening.
        </p>
      </PageHeader>
      <TimeOutNotice partner={timeOut.partner} timeZone={user.timeZone} />
      <TalkView talk={talk} people={dashboard?.people ?? null} />
    </div>
  );
}
