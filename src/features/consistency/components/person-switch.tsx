import Link from "next/link";
import { cn } from "@/lib/cn";
import type { TPersonView } from "../types";

/**
 * Phones only: "You | Sam", one person's panel at a time with the same layout, so two sets of
 * figures never stand against each other on a small screen. Plain links (no script on this page).
 */
export function PersonSwitch({
  people,
  shown,
  query,
}: {
  people: TPersonView[];
  shown: "me" | "partner";
  query: Record<string, string | undefined>;
}) {
  const href = (show: "me" | "partner") => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
    if (show === "partner") params.set("show", "partner");
    const q = params.toString();
    return q ? `/dashboard?${q}` : "/dashboard";
  };
  return (
    <nav aria-label="Whose consistency" className="md:hidden">
      <ul className="grid grid-cols-2 rounded-full border border-stone-300 bg-white p-1 text-sm">
        {people.map((p) => {
          const key = p.isMe ? "me" : "partner";
          const current = key === shown;
          return (
            <li key={p.id} className="flex">
              <Link
                href={href(key)}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "flex min-h-11 flex-1 items-center justify-center rounded-full px-3",
                  current ? "bg-sage-600 font-medium text-white" : "text-stone-700",
                )}
              >
                {p.isMe ? "You" : <bdi>{p.name}</bdi>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
