import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { ZJourney } from "@/domain/journey/schemas";
import { JourneyView } from "@/features/journey/components/journey-view";
import { LinkFirst } from "@/features/partners/components/link-first";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Your journey" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function JourneyPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).filter;
  const parsed = ZJourney.safeParse({ filter: Array.isArray(raw) ? raw[0] : raw });
  const input = parsed.success ? parsed.data : { filter: "all" as const };
  await requireUser(input.filter === "all" ? "/journey" : `/journey?filter=${input.filter}`);
  const caller = await getCaller();
  const journey = await caller.journey.get(input).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!journey) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title="Your journey" />
        <LinkFirst>Your journey starts the day you link with your partner.</LinkFirst>
      </div>
    );
  }
  const dashboard = input.filter === "all" ? await caller.consistency.dashboard({ range: "all" }) : null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Your journey">
        <p className="text-stone-700">
          {journey.weeks === 0
            ? "You started this week."
            : `${journey.weeks} ${journey.weeks === 1 ? "week" : "weeks"} since you started.`}{" "}
          Trust comes back over months, not days: here is what you've done together, month by month.
        </p>
        <p className="text-sm">
          <TextLink href="/counselor">The counselor summary</TextLink> puts a period of it on one page, to
          print or share.
        </p>
      </PageHeader>
      <JourneyView journey={journey} people={dashboard?.people ?? null} />
    </div>
  );
}
