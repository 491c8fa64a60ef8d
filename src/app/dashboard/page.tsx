import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { FilterSelect, FilterSubmit } from "@/components/ui/filter-select";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { ZDashboard } from "@/domain/consistency/schemas";
import { PersonPanel } from "@/features/consistency/components/person-panel";
import { PersonSwitch } from "@/features/consistency/components/person-switch";
import { LinkFirst } from "@/features/partners/components/link-first";
import { cn } from "@/lib/cn";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Consistency" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

const RANGE_LABELS = [
  ["4w", "4 weeks"],
  ["12w", "12 weeks"],
  ["6m", "6 months"],
  ["1y", "1 year"],
  ["all", "All time"],
] as const;

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const parsed = ZDashboard.safeParse({
    range: first(params.range),
    person: first(params.person),
    commitmentId: first(params.commitment),
  });
  const filters = parsed.success ? parsed.data : ZDashboard.parse(undefined);
  const shown = first(params.show) === "partner" ? "partner" : "me";
  const user = await requireUser("/dashboard");
  const caller = await getCaller();
  const data = await caller.consistency.dashboard(filters).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  });

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Consistency">
        <p className="text-stone-700">
          Each of you in your own weeks. Never a ranking: trust comes back through consistency over months, so
          one hard day moves these figures only a little.{" "}
          <TextLink href="/help#consistency">How these are worked out</TextLink>
        </p>
      </PageHeader>
      {!data ? (
        <LinkFirst>
          Consistency is shown for two linked partners. Link first, then make a commitment.
        </LinkFirst>
      ) : (
        <>
          {parsed.success ? null : (
            <Alert>Those filters didn't make sense, so here is the default view.</Alert>
          )}
          {data.people.length > 1 ? (
            <PersonSwitch
              people={data.people}
              shown={shown}
              query={{
                range: first(params.range),
                person: first(params.person),
                commitment: first(params.commitment),
              }}
            />
          ) : null}
          {/* The filters fold into one line (open once any is chosen): the figures come first. */}
          <details
            open={Boolean(first(params.range) || first(params.person) || first(params.commitment))}
            className="rounded-2xl border border-stone-200 bg-white px-4 shadow-sm"
          >
            <summary className="flex min-h-11 cursor-pointer items-center text-sm text-stone-700">
              <span className="font-medium text-stone-900">Filters</span>
              <span className="ms-2 truncate">
                {RANGE_LABELS.find(([v]) => v === filters.range)?.[1]}
                {filters.person === "both" ? "" : filters.person === "me" ? " · Me" : " · partner"}
                {filters.commitmentId ? " · one commitment" : ""}
              </span>
              <span aria-hidden="true" className="ms-auto ps-2 text-stone-500">
                ▾
              </span>
            </summary>
            <form method="get" action="/dashboard" className="flex flex-wrap items-end gap-3 pb-4 pt-1">
              {(
                [
                  ["range", "Range", filters.range, RANGE_LABELS],
                  [
                    "person",
                    "Person",
                    filters.person,
                    [
                      ["both", "Both of us"],
                      ["me", "Me"],
                      ["partner", data.people.find((p) => !p.isMe)?.name ?? "My partner"],
                    ],
                  ],
                  [
                    "commitment",
                    "Commitment",
                    filters.commitmentId ?? "",
                    [["", "All commitments"], ...data.options.map((o) => [o.id, o.title] as const)],
                  ],
                ] as const
              ).map(([name, label, value, options]) => (
                <FilterSelect key={name} name={name} label={label} value={value} options={options} />
              ))}
              <FilterSubmit />
            </form>
          </details>
          <div className={cn("grid grid-cols-1 gap-6", data.people.length > 1 && "md:grid-cols-2")}>
            {data.people.map((person) => (
              // On a phone one person at a time, the same layout for each; side by side when wide.
              <div
                key={person.id}
                className={cn(
                  "min-w-0",
                  data.people.length > 1 && (person.isMe ? "me" : "partner") !== shown && "hidden md:block",
                )}
              >
                <PersonPanel person={person} showStreaks={user.showStreaks} />
              </div>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
