import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ItemLink } from "@/components/ui/text-link";
import type { TCommitmentList } from "../types";

/** The commitments in groups: mine, shared, the partner's. */
export function CommitmentList({ list, archived }: { list: TCommitmentList; archived: boolean }) {
  const groups = [
    { key: "me", title: "Mine" },
    { key: "both", title: "Shared" },
    { key: "partner", title: `${list.partnerName}'s` },
  ] as const;
  if (list.items.length === 0) {
    return (
      <Card>
        <EmptyState>
          {archived ? (
            "Nothing archived. Archived commitments keep their history and can be brought back."
          ) : (
            <>
              No commitments yet. Start with one small promise you're sure you can keep;{" "}
              <bdi>{list.partnerName}</bdi> will see it, and your check-ins, here.
            </>
          )}
        </EmptyState>
      </Card>
    );
  }
  return groups.map((g) => {
    const items = list.items.filter((i) => i.who === g.key);
    // Only the groups that have something: an empty list per person reads like a scoreboard.
    if (items.length === 0) return null;
    return (
      <Card key={g.key} title={g.title} headingId={`group-${g.key}`}>
        <ul className="flex flex-col gap-3">
          {items.map((item) => (
            <li key={item.id}>
              <ItemLink href={`/commitments/${item.id}`} title={item.title}>
                <span className="text-sm text-stone-600">
                  {item.cadenceLabel}
                  {item.boundary?.title ? (
                    <>
                      {" "}
                      · serves “<bdi>{item.boundary.title}</bdi>”
                    </>
                  ) : null}
                </span>
              </ItemLink>
            </li>
          ))}
        </ul>
      </Card>
    );
  });
}
