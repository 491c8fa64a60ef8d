import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import type { TBoundaryDetail } from "../types";
import { RespectCheckIn } from "./respect-check-in";

/** A "YYYY-MM-DD" week start, read as a calendar day (no zone to convert). */
const weekOf = (day: string) => formatDate(new Date(`${day}T12:00:00Z`), "UTC");

/** This week's own respect check-in (while the boundary is in force), and what both have said. */
export function RespectSection({ boundary }: { boundary: TBoundaryDetail }) {
  const { active, archived } = boundary;
  const canCheckIn =
    !archived && active !== null && ["active", "revising", "retiring"].includes(boundary.status);
  if (!canCheckIn && boundary.respect.entries.length === 0) return null;
  return (
    <Card title="Respect check-ins" headingId="respect">
      <div className="flex flex-col gap-5">
        {canCheckIn ? (
          <>
            <p className="text-sm text-stone-700">
              Once a week, each of you can say how this boundary felt. It's a conversation starter, not a
              score.
            </p>
            <RespectCheckIn boundaryId={boundary.id} mine={boundary.respect.mine} />
          </>
        ) : null}
        {boundary.respect.entries.length > 0 ? (
          <div className="flex flex-col gap-2">
            <h3 className="font-medium text-stone-900">What you've both said</h3>
            <ul className="flex flex-col gap-2 text-sm">
              {boundary.respect.entries.map((entry) => (
                <li
                  key={`${entry.weekStart}-${entry.who}`}
                  className="rounded-lg border border-stone-200 px-3 py-2"
                >
                  <span className="text-stone-500">Week of {weekOf(entry.weekStart)} · </span>
                  {entry.who ?? "Someone"} felt it was {entry.respected ? "respected" : "not respected"}.
                  {entry.note ? (
                    <span className="block text-stone-700">
                      “<bdi>{entry.note}</bdi>”
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
