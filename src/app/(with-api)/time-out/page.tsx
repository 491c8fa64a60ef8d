import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { LinkFirst } from "@/features/partners/components/link-first";
import { TimeOutNotice } from "@/features/time-out/components/time-out-notice";
import { TimeOutPanel } from "@/features/time-out/components/time-out-panel";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Time-out" };

export default async function TimeOutPage() {
  const user = await requireUser("/time-out");
  const caller = await getCaller();
  const status = await caller.timeOut.get().catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!status) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title="Time-out" />
        <LinkFirst>A time-out tells your partner you need a break. Once you're linked, it's here.</LinkFirst>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Time-out">
        <p className="text-stone-700">
          A break from a conversation that got too heated, with a time to come back.
        </p>
      </PageHeader>
      <TimeOutNotice partner={status.partner} timeZone={user.timeZone} />
      <Card>
        <TimeOutPanel
          mine={status.mine}
          left={status.left}
          partnerName={status.partnerName}
          timeZone={user.timeZone}
        />
      </Card>
    </div>
  );
}
