import Link from "next/link";
import { UserText } from "@/features/repair/user-text";

type Person = {
  id: string;
  name: string;
  hasCommitments: boolean;
  thisWeek: { keptScore: number; target: number | null } | null;
};

/**
 * This week's consistency for both, side by side, from the dashboard: a starting point, not a
 * verdict. Counts only: a percentage beside "3 of 13" reads as a contradiction (the rate leaves out
 * what wasn't answered), and the talk is no place for scores.
 */
export function ConsistencySideBySide({ people }: { people: Person[] }) {
  return (
    <div className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        {people.map((p) => (
          <div key={p.id} className="rounded-xl border border-stone-200 p-3">
            <p className="font-medium text-stone-900">
              <bdi>{p.name}</bdi>
            </p>
            {p.hasCommitments && p.thisWeek ? (
              <p className="text-stone-700">
                Kept {p.thisWeek.keptScore}
                {p.thisWeek.target !== null ? ` of ${p.thisWeek.target}` : ""} this week
              </p>
            ) : (
              <p className="text-stone-600">No commitments this week.</p>
            )}
          </div>
        ))}
      </div>
      <Link href="/dashboard" className="self-start text-sm text-sage-700 underline">
        The whole picture on the dashboard
      </Link>
    </div>
  );
}

type WaitingAmends = { id: string; mine: boolean; whatIDid: string };

/** Amends one of them asked to talk about. */
export function AmendsToTalk({ items, partnerName }: { items: WaitingAmends[]; partnerName: string }) {
  if (items.length === 0) return <p className="text-stone-600">Nothing is waiting to be talked about.</p>;
  return (
    <ul className="flex flex-col gap-3">
      {items.map((a) => (
        <li key={a.id}>
          <Link
            href={`/amends/${a.id}`}
            className="flex flex-col gap-1 rounded-xl border border-stone-200 px-4 py-3 hover:border-sage-600"
          >
            <span className="text-sm text-stone-600">
              {a.mine ? (
                "Your amends"
              ) : (
                <>
                  <bdi>{partnerName}</bdi>'s amends
                </>
              )}
            </span>
            <UserText text={a.whatIDid} className="line-clamp-2" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
