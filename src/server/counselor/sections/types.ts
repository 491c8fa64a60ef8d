// What every section builder of the counselor summary gets, and what it returns. A new section
// is one builder in this folder and one entry in SECTIONS (../summary.ts).
import type { LocalDate } from "@/domain/commitment/schedule";
import type { Db } from "@/server/db";

export type SummaryPerson = {
  id: string;
  name: string;
  timeZone: string;
  weekStartsOn: number;
  /** The person ticked "include my shared notes" for this summary: their shared notes and the text
   *  of their shared amends. */
  includeNotes: boolean;
  /** Their break days (src/domain/break): left out of everything. */
  breaks: { from: string; to: string }[];
};

export type SectionCtx = {
  db: Db;
  coupleId: string;
  from: LocalDate;
  to: LocalDate;
  /** Both partners, in the order the summary shows them side by side. */
  people: SummaryPerson[];
};
