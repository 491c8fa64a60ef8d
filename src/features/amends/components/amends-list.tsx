import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { formatLocalDay } from "@/lib/format";

type Item = {
  id: string;
  mine: boolean;
  whatIDid: string;
  draft: boolean;
  sharedOn: string | null;
  createdOn: string | null;
  status: string;
  needsMyAnswer: boolean;
};

/** Amends as a list: who wrote it, how it begins, where it stands. No counts, no order of merit. */
export function AmendsList({
  items,
  partnerName,
  empty,
}: {
  items: Item[];
  partnerName: string;
  empty: string;
}) {
  if (items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="flex flex-col gap-3">
      {items.map((a) => (
        <li key={a.id}>
          <Link
            href={`/amends/${a.id}`}
            className="flex flex-col gap-1 rounded-xl border border-stone-200 px-4 py-3 hover:border-sage-600"
          >
            <span className="text-sm text-stone-600">
              {a.mine ? "You" : <bdi>{partnerName}</bdi>} · {formatLocalDay(a.sharedOn ?? a.createdOn ?? "")}
            </span>
            <span dir="auto" className="line-clamp-2 font-medium text-stone-900 [overflow-wrap:anywhere]">
              {a.whatIDid}
            </span>
            <span
              className={a.needsMyAnswer ? "text-sm font-medium text-sage-700" : "text-sm text-stone-600"}
            >
              {a.needsMyAnswer ? "Waiting for your answer, whenever you're ready." : a.status}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
