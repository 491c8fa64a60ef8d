import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { formatLocalDay } from "@/lib/format";
import type { TBoundaryArchive } from "../types";

/** What the person agreed in couples they have left, read-only. */
export function BoundaryArchive({ archive }: { archive: TBoundaryArchive }) {
  const couples = archive.filter((c) => c.boundaries.length > 0);
  if (couples.length === 0) return null;
  return (
    <Card title="From past links" headingId="archive">
      <p className="mb-4 text-sm text-stone-600">A read-only archive of what you agreed together.</p>
      <div className="flex flex-col gap-4">
        {couples.map((c) => (
          <div key={`${c.partnerName}-${c.linkedOn}`} className="flex flex-col gap-2">
            <h3 className="text-sm font-medium text-stone-900">
              With <bdi>{c.partnerName}</bdi>, {formatLocalDay(c.linkedOn)} to{" "}
              {c.endedOn ? formatLocalDay(c.endedOn) : "now"}
            </h3>
            <ul className="flex flex-col gap-1 text-sm">
              {c.boundaries.map((b) => (
                <li key={b.id}>
                  <TextLink href={`/boundaries/${b.id}`}>
                    <bdi>{b.title}</bdi>
                  </TextLink>
                  {b.status === "retired" ? <span className="text-stone-500"> (retired)</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Card>
  );
}
