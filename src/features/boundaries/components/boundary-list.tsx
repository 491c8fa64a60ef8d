import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect, FilterSubmit } from "@/components/ui/filter-select";
import { ItemLink, PillLink } from "@/components/ui/text-link";
import { BOUNDARY_CATEGORIES, categoryLabel } from "@/domain/boundary/schemas";
import { formatLocalDay } from "@/lib/format";
import type { TBoundaryList } from "../types";
import { BOUNDARY_VIEWS, type BoundaryViewFilter, listStatusLabel } from "../wording";

type Filters = { view: BoundaryViewFilter; category?: string };

/** The list's own URL for a view and category: filters are plain links and a GET form, so they work without JavaScript. */
export function boundaryListHref({ view, category }: Filters) {
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

/** The filters by status and category, and the boundaries they show. */
export function BoundaryList({ list, filters }: { list: TBoundaryList; filters: Filters }) {
  return (
    <>
      <nav aria-label="Filter boundaries by status">
        <ul className="-mx-1 flex flex-wrap gap-2">
          {BOUNDARY_VIEWS.map((v) => {
            const current = v.value === filters.view;
            const label = v.value === "waiting-on-partner" ? `Waiting on ${list.partnerName}` : v.label;
            return (
              <li key={v.value}>
                <PillLink
                  href={boundaryListHref({ view: v.value, category: filters.category })}
                  current={current}
                >
                  {label}
                  <span className={current ? "text-sage-100" : "text-stone-500"}>
                    ({list.counts[v.value]})
                  </span>
                </PillLink>
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
          options={[["", "All categories"], ...BOUNDARY_CATEGORIES.map((c) => [c.value, c.label] as const)]}
        />
        <FilterSubmit />
      </form>

      <div className="mt-6">
        {list.items.length === 0 ? (
          <EmptyState>
            {emptyText(filters.view, list.partnerName)}
            {filters.category ? ` (Showing only ${categoryLabel(filters.category)}.)` : ""}
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-3" aria-label="Boundaries">
            {list.items.map((item) => (
              <li key={item.id}>
                <ItemLink href={`/boundaries/${item.id}`} title={item.title}>
                  <span className="text-sm text-stone-600">
                    {listStatusLabel(item.view, item.status, item.pendingKind, list.partnerName)}
                  </span>
                  <span className="text-xs text-stone-500">
                    {categoryLabel(item.category)} · <bdi>{item.ownerName}</bdi> · updated{" "}
                    {formatLocalDay(item.updatedOn)}
                  </span>
                </ItemLink>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
