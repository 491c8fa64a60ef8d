import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PillLink, TextLink } from "@/components/ui/text-link";
import { CommitmentForm } from "@/features/commitments/components/commitment-form";
import { CommitmentList } from "@/features/commitments/components/commitment-list";
import { LinkFirst } from "@/features/partners/components/link-first";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Commitments" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CommitmentsPage({ searchParams }: { searchParams: SearchParams }) {
  const archived = (await searchParams).view === "archived";
  await requireUser(archived ? "/commitments?view=archived" : "/commitments");
  const caller = await getCaller();
  const notLinked = (error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  };
  const [list, boundaries] = await Promise.all([
    caller.commitment.list({ view: archived ? "archived" : "active" }).catch(notLinked),
    caller.commitment.boundaryOptions().catch(notLinked),
  ]);

  if (!list) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title="Commitments" />
        <LinkFirst>Commitments are promises made to a partner. Link first, then make one here.</LinkFirst>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Commitments">
        <p className="text-stone-700">
          Promises each of you makes, and the ones you make together. Check in on{" "}
          <TextLink href="/today">Today</TextLink>; <bdi>{list.partnerName}</bdi> sees your check-ins, never
          your private notes.
        </p>
      </PageHeader>
      <nav aria-label="Show" className="flex gap-2">
        {(
          [
            [false, "Current", "/commitments"],
            [true, "Archived", "/commitments?view=archived"],
          ] as const
        ).map(([isArchived, label, href]) => (
          <PillLink key={label} href={href} current={archived === isArchived}>
            {label}
          </PillLink>
        ))}
      </nav>

      <CommitmentList list={list} archived={archived} />

      {archived ? null : (
        <div id="new" className="scroll-mt-4">
          <Card title="Make a commitment" headingId="new-commitment">
            <CommitmentForm partnerName={list.partnerName} today={list.today} boundaries={boundaries ?? []} />
          </Card>
        </div>
      )}
    </div>
  );
}
