import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PillLink, TextLink } from "@/components/ui/text-link";
import { formatDay } from "@/domain/commitment/format-day";
import { ZToday } from "@/domain/commitment/schemas";
import { DueItem } from "@/features/commitments/components/due-item";
import { LinkFirst } from "@/features/partners/components/link-first";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Today" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TodayPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).day;
  const parsed = ZToday.safeParse({ day: (Array.isArray(raw) ? raw[0] : raw) || undefined });
  const day = parsed.success ? parsed.data.day : undefined;
  await requireUser(day ? `/today?day=${day}` : "/today");
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
        <p className="text-stone-700">
          What's due for you {isToday ? "today" : "that day"},{" "}
          {formatDay(data.day, { weekday: "long", year: "numeric" })} in your time zone (
          {data.timeZone.replaceAll("_", " ")}). You can fill in or correct the last 7 days.
        </p>
      </PageHeader>
      {problem ? <Alert>{problem}</Alert> : null}
      <nav aria-label="Choose a day">
        <ul className="-mx-1 flex flex-wrap gap-2">
          {data.days.map((d) => {
            const current = d === data.day;
            return (
              <li key={d}>
                <PillLink
                  href={d === data.today ? "/today" : `/today?day=${d}`}
                  current={current}
                  className="whitespace-nowrap px-3"
                >
                  {d === data.today ? "Today" : formatDay(d)}
                </PillLink>
              </li>
            );
          })}
        </ul>
      </nav>

      {data.items.length === 0 ? (
        <Card>
          <EmptyState>
            Nothing is due for you {isToday ? "today" : "on this day"}.{" "}
            <TextLink href="/commitments">Make a commitment</TextLink> and it will show up on the days it's
            due.
          </EmptyState>
        </Card>
      ) : (
        <ul className="flex flex-col gap-4" aria-label="Due">
          {data.items.map((item) => (
            <li key={item.id}>
              <DueItem item={item} day={data.day} partnerName={data.partnerName} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
