import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDay } from "@/domain/commitment/format-day";
import { ZToday } from "@/domain/commitment/schemas";
import { CheckInForm } from "@/features/commitments/components/check-in-form";
import { CheckInSummary } from "@/features/commitments/components/check-in-summary";
import { points } from "@/features/consistency/wording";
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
        <h1 className="text-2xl font-semibold text-stone-900">Today</h1>
        <LinkFirst>Commitments are made with a partner. Once you're linked, they show up here.</LinkFirst>
      </div>
    );
  }

  const isToday = data.day === data.today;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold text-stone-900">
          {isToday ? "Today" : formatDay(data.day, { weekday: "long" })}
        </h1>
        <p className="text-stone-700">
          What's due for you {isToday ? "today" : "that day"},{" "}
          {formatDay(data.day, { weekday: "long", year: "numeric" })} in your time zone (
          {data.timeZone.replaceAll("_", " ")}). You can fill in or correct the last 7 days.
        </p>
      </div>
      {problem ? (
        <p
          role="alert"
          className="rounded-lg border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-900"
        >
          {problem}
        </p>
      ) : null}
      <nav aria-label="Choose a day">
        <ul className="-mx-1 flex flex-wrap gap-2">
          {data.days.map((d) => {
            const current = d === data.day;
            return (
              <li key={d}>
                <Link
                  href={d === data.today ? "/today" : `/today?day=${d}`}
                  aria-current={current ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center whitespace-nowrap rounded-full border px-3 text-sm ${
                    current
                      ? "border-sage-600 bg-sage-600 text-white"
                      : "border-stone-300 bg-white text-stone-800 hover:bg-stone-50"
                  }`}
                >
                  {d === data.today ? "Today" : formatDay(d)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      {data.items.length === 0 ? (
        <Card>
          <p className="text-stone-700">
            Nothing is due for you {isToday ? "today" : "on this day"}.{" "}
            <Link href="/commitments" className="text-sage-700 underline">
              Make a commitment
            </Link>{" "}
            and it will show up on the days it's due.
          </p>
        </Card>
      ) : (
        <ul className="flex flex-col gap-4" aria-label="Due">
          {data.items.map((item) => (
            <li key={item.id}>
              <Card title={item.title} headingId={`c-${item.id}`}>
                <div className="flex flex-col gap-4">
                  <p className="text-sm text-stone-600">
                    {item.cadenceLabel}
                    {item.shared ? ` · shared with ${data.partnerName}` : ""}
                    {item.week ? ` · ${points(item.week.done)} of ${item.week.target} this week` : ""} ·{" "}
                    <Link
                      href={`/commitments/${item.id}`}
                      className="inline-flex min-h-11 items-center text-sage-700 underline"
                      aria-label={`History of “${item.title}”`}
                    >
                      History
                    </Link>
                  </p>
                  {item.description ? <p className="text-sm text-stone-700">{item.description}</p> : null}
                  {item.checkIn ? (
                    <CheckInSummary
                      checkIn={item.checkIn}
                      partnerName={data.partnerName}
                      timeZone={user.timeZone}
                      showDay={false}
                    />
                  ) : (
                    <p className="text-sm text-stone-600">Not logged yet.</p>
                  )}
                  <CheckInForm
                    key={`${item.id}-${data.day}`}
                    commitmentId={item.id}
                    title={item.title}
                    day={data.day}
                    outcomes={item.outcomes}
                    existing={item.checkIn}
                    partnerName={data.partnerName}
                  />
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
