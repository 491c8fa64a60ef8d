import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { FilterSelect, FilterSubmit } from "@/components/ui/filter-select";
import { BOUNDARY_CATEGORIES, categoryLabel, ZList } from "@/domain/boundary/schemas";
import { ProposeBoundary } from "@/features/boundaries/components/propose-boundary";
import { BOUNDARY_VIEWS, type BoundaryViewFilter, listStatusLabel } from "@/features/boundaries/wording";
import { LinkFirst } from "@/features/partners/components/link-first";
import { formatDate } from "@/lib/format";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Boundaries" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** Filters come from the URL so they are plain links and a GET form: they work without JavaScript. */
function readFilters(params: Awaited<SearchParams>) {
  const parsed = ZList.safeParse({ view: first(params.view), category: first(params.category) });
  return parsed.success ? parsed.data : { view: "all" as const, category: undefined };
}

function href(view: BoundaryViewFilter, category: string | undefined) {
  const q = new URLSearchParams();
  if (view !== "all") q.set("view", view);
  if (category) q.set("category", category);
  const s = q.toString();
  return s ? `/boundaries?${s}` : "/boundaries";
}

function emptyText(view: BoundaryViewFilter, partnerName: string) {
  switch (view) {
    case "waiting-on-me":
      return "Nothing is waiting for your answer.";
    case "waiting-on-partner":
      return `You're not waiting on ${partnerName} for anything.`;
    case "active":
      return "No active boundaries yet. A boundary becomes active once you both agree to it.";
    case "retired":
      return "Nothing retired, withdrawn or declined.";
    default:
      return "No boundaries yet. Propose the first one below: it becomes active only once you both agree.";
  }
}

export default async function BoundariesPage({ searchParams }: { searchParams: SearchParams }) {
  const filters = readFilters(await searchParams);
  const user = await requireUser(href(filters.view, filters.category));
  const caller = await getCaller();
  const notLinked = (error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  };
  const [list, archive] = await Promise.all([
    caller.boundary.list(filters).catch(notLinked),
    caller.boundary.archive(),
  ]);
  const archived = archive.filter((c) => c.boundaries.length > 0);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold text-stone-900">Boundaries</h1>
        <p className="text-stone-700">
          Boundaries you agree together. Each change needs both of you, and every step stays in the history.
        </p>
      </div>

      {list ? (
        <>
          <a href="#propose" className="self-start text-sm text-sage-700 underline">
            Propose a boundary
          </a>
          <Card>
            <nav aria-label="Filter boundaries by status">
              <ul className="-mx-1 flex flex-wrap gap-2">
                {BOUNDARY_VIEWS.map((v) => {
                  const current = v.value === filters.view;
                  const label = v.value === "waiting-on-partner" ? `Waiting on ${list.partnerName}` : v.label;
                  return (
                    <li key={v.value}>
                      <Link
                        href={href(v.value, filters.category)}
                        aria-current={current ? "page" : undefined}
                        className={`inline-flex min-h-11 items-center gap-2 rounded-full border px-4 text-sm ${
                          current
                            ? "border-sage-600 bg-sage-600 text-white"
                            : "border-stone-300 bg-white text-stone-800 hover:bg-stone-50"
                        }`}
                      >
                        {label}
                        <span className={current ? "text-sage-100" : "text-stone-500"}>
                          ({list.counts[v.value]})
                        </span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
            <form method="get" action="/boundaries" className="mt-4 flex flex-wrap items-end gap-2">
              {filters.view !== "all" ? <input type="hidden" name="view" value={filters.view} /> : null}
              <FilterSelect
                name="category"
                label="Category"
                value={filters.category ?? ""}
                options={[
                  ["", "All categories"],
                  ...BOUNDARY_CATEGORIES.map((c) => [c.value, c.label] as const),
                ]}
              />
              <FilterSubmit />
            </form>

            <div className="mt-6">
              {list.items.length === 0 ? (
                <p className="text-stone-600">
                  {emptyText(filters.view, list.partnerName)}
                  {filters.category ? ` (Showing only ${categoryLabel(filters.category)}.)` : ""}
                </p>
              ) : (
                <ul className="flex flex-col gap-3" aria-label="Boundaries">
                  {list.items.map((item) => (
                    <li key={item.id}>
                      <Link
                        href={`/boundaries/${item.id}`}
                        className="flex flex-col gap-1 rounded-xl border border-stone-200 px-4 py-3 hover:border-sage-600"
                      >
                        <span className="font-medium text-stone-900">{item.title}</span>
                        <span className="text-sm text-stone-600">
                          {listStatusLabel(item.view, item.status, item.pendingKind, list.partnerName)}
                        </span>
                        <span className="text-xs text-stone-500">
                          {categoryLabel(item.category)} · {item.ownerName} · updated{" "}
                          {formatDate(item.updatedAt, user.timeZone)}
                        </span>
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </Card>

          <div id="propose" className="scroll-mt-4">
            <Card title="Propose a boundary" headingId="propose-title">
              <ProposeBoundary partnerName={list.partnerName} />
            </Card>
          </div>
        </>
      ) : (
        <LinkFirst>
          Boundaries are agreed by two people. Once you're linked with your partner, you can propose one here.
        </LinkFirst>
      )}

      {archived.length > 0 ? (
        <Card title="From past links" headingId="archive">
          <p className="mb-4 text-sm text-stone-600">A read-only archive of what you agreed together.</p>
          <div className="flex flex-col gap-4">
            {archived.map((c) => (
              <div key={`${c.partnerName}-${c.linkedAt.toISOString()}`} className="flex flex-col gap-2">
                <h3 className="text-sm font-medium text-stone-900">
                  With {c.partnerName}, {formatDate(c.linkedAt, user.timeZone)} to{" "}
                  {c.endedAt ? formatDate(c.endedAt, user.timeZone) : "now"}
                </h3>
                <ul className="flex flex-col gap-1 text-sm">
                  {c.boundaries.map((b) => (
                    <li key={b.id}>
                      <Link href={`/boundaries/${b.id}`} className="text-sage-700 underline">
                        {b.title}
                      </Link>
                      {b.status === "retired" ? <span className="text-stone-500"> (retired)</span> : null}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </Card>
      ) : null}
    </div>
  );
}
