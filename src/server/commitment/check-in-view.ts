// The one place check-ins are shaped for a viewer: private notes (also in revisions) stay with
// their author, and every moment is a day, never a time ("days, not minutes", docs/security.md).
import { type CheckInValues, visibleValues } from "@/domain/commitment/commitment";
import { localDate } from "@/domain/commitment/schedule";

/** What `checkInFor` needs of a check-in: select it with this. */
export const CHECK_IN_SELECT = {
  id: true,
  userId: true,
  day: true,
  timeZone: true,
  outcome: true,
  note: true,
  noteShared: true,
  excused: true,
  excuseNote: true,
  rev: true,
  amendedAt: true,
  updatedAt: true,
  revisions: {
    select: { outcome: true, note: true, noteShared: true, excused: true, excuseNote: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
  acks: { select: { userId: true, kind: true, note: true, updatedAt: true } },
} as const;

type CheckInRow = CheckInValues & {
  id: string;
  userId: string;
  day: string;
  timeZone: string;
  rev: number;
  amendedAt: Date | null;
  updatedAt: Date;
  revisions: (CheckInValues & { createdAt: Date })[];
  acks: { userId: string; kind: string; note: string | null; updatedAt: Date }[];
};

/**
 * A check-in as `viewerId` may see it; `names` maps the other people's ids to their names. When it
 * was saved, amended or answered is a local day of the viewer's `timeZone`, never a time.
 */
export function checkInFor(row: CheckInRow, viewerId: string, names: Map<string, string>, timeZone: string) {
  const own = row.userId === viewerId;
  const values = visibleValues(
    {
      outcome: row.outcome,
      note: row.note,
      noteShared: row.noteShared,
      excused: row.excused,
      excuseNote: row.excuseNote,
    },
    row.userId,
    viewerId,
  );
  return {
    id: row.id,
    rev: row.rev,
    day: row.day,
    timeZone: row.timeZone,
    mine: own,
    authorName: own ? "You" : (names.get(row.userId) ?? "Your partner"),
    ...values,
    amendedOn: row.amendedAt ? localDate(row.amendedAt, timeZone) : null,
    savedOn: localDate(row.updatedAt, timeZone),
    revisions: row.revisions.map((r) => ({
      ...visibleValues(
        {
          outcome: r.outcome,
          note: r.note,
          // Un-sharing a note takes the earlier shared versions back from the partner too.
          noteShared: r.noteShared && row.noteShared,
          excused: r.excused,
          excuseNote: r.excuseNote,
        },
        row.userId,
        viewerId,
      ),
      savedOn: localDate(r.createdAt, timeZone),
    })),
    acks: row.acks.map((a) => ({
      kind: a.kind as "noticed" | "differ",
      note: a.note,
      byMe: a.userId === viewerId,
      byName: a.userId === viewerId ? "You" : (names.get(a.userId) ?? "Your partner"),
      on: localDate(a.updatedAt, timeZone),
    })),
  };
}
