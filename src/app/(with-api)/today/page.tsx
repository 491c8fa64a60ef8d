import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { formatDay } from "@/domain/commitment/format-day";
import { ZToday } from "@/domain/commitment/schemas";
import { DayChips } from "@/features/commitments/components/day-chips";
import { DueList } from "@/features/commitments/components/due-list";
import { LinkFirst } from "@/features/partners/components/link-first";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Today" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TodayPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).day;
  const parsed = ZToday.safeParse({ day: (Array.isArray(raw) ? raw[0] : raw) || undefined });
  const day = parsed.success ? parsed.data.day : undefined;
  const user = await requireUser(day ? `/today?day=${day}` : "/today");
  const caller = await getCaller();
  let problem: string | null = parsed.success ? null : "That isn't a date we can show. Here is today.";
  const load = (d: string | undefined) =>
    caller.commitment.today({ day: d }).catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
      if (error instanceof TRPCError && error.code === "BAD_REQUEST") {
        problem = `${error.message} Here is today.`;
        return caller.commitment.today({});
      }
      throw error;
    });
  const data = await load(day);

  if (!data) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title="Today" />
        <LinkFirst>Commitments are made with a partner. Once you're linked, they show up here.</LinkFirst>
      </div>
    );
  }

  const isToday = data.day === data.today;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={isToday ? "Today" : formatDay(data.day, { weekday: "long" })}>
        <p className="text-sm text-stone-600">
          {formatDay(data.day, { weekday: "long", year: "numeric" })}, {data.timeZone.replaceAll("_", " ")}.
          You can fill in or correct the last 7 days.
        </p>
      </PageHeader>
      {problem ? <Alert>{problem}</Alert> : null}
      <DayChips days={data.days} day={data.day} today={data.today} marks={data.dayMarks} />

      {data.items.length === 0 ? (
        <Card>
          <EmptyState>
            Nothing is due for you {isToday ? "today" : "on this day"}.{" "}
            <TextLink href="/commitments">Make a commitment</TextLink> and it will show up on the days it's
            due.
          </EmptyState>
        </Card>
      ) : (
        <DueList
          items={data.items}
          day={data.day}
          partnerName={data.partnerName}
          userId={user.id}
          isToday={isToday}
        />
      )}
    </div>
  );
}
