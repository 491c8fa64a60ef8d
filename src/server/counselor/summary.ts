// The counselor summary: a list of independent sections, each built from the same context. Adding
// one is a builder in ./sections and one entry here, plus its renderer.
import { breakWindows } from "@/server/break/break";
import type { Db } from "@/server/db";
import { amendsSection } from "./sections/amends";
import { boundariesSection } from "./sections/boundaries";
import { commitmentsSection } from "./sections/commitments";
import { sharedNotesSection } from "./sections/notes";
import { qualityTimeSection } from "./sections/quality-time";
import { repairTalksSection } from "./sections/repair-talks";
import { talksSection } from "./sections/talks";
import type { SectionCtx, SummaryPerson } from "./sections/types";

export const SECTIONS = [
  commitmentsSection,
  boundariesSection,
  amendsSection,
  talksSection,
  repairTalksSection,
  qualityTimeSection,
  sharedNotesSection,
] as const;

export type SummarySection = Awaited<ReturnType<(typeof SECTIONS)[number]>>;

export async function buildSummary(
  db: Db,
  input: {
    coupleId: string;
    from: string;
    to: string;
    people: Omit<SummaryPerson, "breaks">[];
  },
) {
  const people = await Promise.all(
    input.people.map(async (p) => ({ ...p, breaks: await breakWindows(db, input.coupleId, p.id) })),
  );
  const ctx: SectionCtx = { db, coupleId: input.coupleId, from: input.from, to: input.to, people };
  const sections: SummarySection[] = await Promise.all(SECTIONS.map((build) => build(ctx)));
  return { from: input.from, to: input.to, names: people.map((p) => p.name), sections };
}

export type TSummary = Awaited<ReturnType<typeof buildSummary>>;
