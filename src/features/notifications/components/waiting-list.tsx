import Link from "next/link";

type WaitingItem =
  | { type: "boundary"; id: string; title: string; pendingKind: string; href: string }
  | { type: "check-in"; id: string; title: string; href: string }
  | { type: "amends" | "talk" | "counselor-share" | "repair-talk"; id: string; title: string; href: string };

const ASK = {
  "check-in": "Today's check-in",
  amends: "An amends to answer, when you're ready",
  talk: "This week's talk",
  "counselor-share": "A counselor link to confirm or decline",
  "repair-talk": "A conversation about what happened, when you're ready",
};

const BOUNDARY_ASK: Record<string, string> = {
  create: "A boundary to answer",
  revise: "A change to a boundary to answer",
  retire: "A retirement to answer",
  review: "A boundary up for review: keep, loosen or retire?",
};

/** Home's "Waiting on you": every answer this person owes right now, each a link to give it. */
export function WaitingList({ items }: { items: WaitingItem[] }) {
  if (items.length === 0) {
    return <p className="text-stone-600">Nothing is waiting on you right now.</p>;
  }
  return (
    <ul aria-label="Waiting on you" className="flex flex-col divide-y divide-stone-200" data-testid="waiting">
      {items.map((item) => (
        <li key={`${item.type}-${item.id}`}>
          <Link href={item.href} className="flex min-h-11 flex-col py-2 hover:bg-stone-50">
            <span className="text-sm text-stone-600">
              {item.type === "boundary"
                ? (BOUNDARY_ASK[item.pendingKind] ?? BOUNDARY_ASK.create)
                : ASK[item.type]}
            </span>
            <span className="font-medium text-sage-700 underline [overflow-wrap:anywhere]">
              <bdi>{item.title}</bdi>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
